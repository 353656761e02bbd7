package nl.welfare.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.welfare.examples.demo.Demo;
import nl.welfare.examples.demo.DemoSummary;
import nl.welfare.examples.reference.PackageGenerator;
import nl.welfare.examples.report.ReportLanguage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code welfare demo [--out DIR] [--residents N] [--seed S]}: the library's main job on the Enschede reference
 * ({@link Demo}): builds the reference data package, imports it into an embedded H2 database, computes the reference
 * catalogue 2018-2022 by borough and district inside the database (2018 the baseline, the 80% target) and prints a
 * summary per borough and goal ({@link DemoSummary}). Everything it writes goes into {@code DIR} (default {@code
 * demo}), whose files a second run replaces.
 *
 * <p>Wrong usage (exit code 2): {@code --out} naming a file, a number of residents below 1. Bad input (exit code 1):
 * a folder that holds files the demo does not write (it replaces only its own). On standard output the
 * summary and what was written where; on standard error the steps as they run (on a terminal) and a closing line with
 * the time of each step.
 */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "The main job on the Enschede reference: builds the reference data package (SYNTHETIC residents over the"
                    + " real CBS areas of Enschede, docs/reference.md), imports it into an embedded H2 database file,"
                    + " computes the reference catalogue for 2018-2022 by borough and district inside the database,"
                    + " with 2018 as the baseline and the target that residents lead 80%% of the initiatives, and"
                    + " prints a summary per borough and goal.",
            "Writes into DIR: package/ (the data package, to recompute or inspect with the other commands),"
                    + " welfare.mv.db (the database), targets.json, results.csv with results.resource.json, and"
                    + " summary.txt, and report.html (see welfare report; --lang nl|en); a second run replaces them.",
            "Exit code 0 on success, 1 when DIR holds files the demo did not write or a file cannot be written, 2 when an option's value is not one it takes."
        })
public final class DemoCommand implements Callable<Integer> {

    @Spec
    @SuppressWarnings("NullAway.Init")
    CommandSpec spec;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            defaultValue = "demo",
            description = "the folder to write into (default ${DEFAULT-VALUE}, created if needed)")
    Path out = Path.of("demo");

    @Option(
            names = "--residents",
            paramLabel = "N",
            defaultValue = "" + PackageGenerator.DEFAULT_RESIDENTS,
            converter = GenerateCommand.Residents.class,
            description = "how many synthetic residents (default ${DEFAULT-VALUE}, Enschede's inhabitants in 2022)")
    int residents = PackageGenerator.DEFAULT_RESIDENTS;

    @Option(
            names = "--seed",
            paramLabel = "S",
            defaultValue = "" + PackageGenerator.DEFAULT_SEED,
            converter = GenerateCommand.Seed.class,
            description = "the seed of the random draws (default ${DEFAULT-VALUE})")
    long seed = PackageGenerator.DEFAULT_SEED;

    @Option(
            names = "--lang",
            paramLabel = "nl|en",
            defaultValue = "nl",
            converter = ReportCommand.Language.class,
            description = "the language of report.html: nl (the default) or en")
    ReportLanguage lang = ReportLanguage.NL;

    @Override
    public Integer call() {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new ParameterException(
                    spec.commandLine(), "--out " + out + " is a file; give the folder to write the demo into");
        }
        List<String> foreign = foreignFiles();
        if (!foreign.isEmpty()) {
            throw new BadInputException(out + ": holds "
                    + String.join(", ", foreign.subList(0, Math.min(3, foreign.size())))
                    + (foreign.size() > 3 ? " and " + (foreign.size() - 3) + " more" : "")
                    + ", which the demo did not write; give an empty or new folder, or one an earlier demo wrote");
        }
        Demo.Settings settings = new Demo.Settings(out, residents, seed, lang);
        Demo.Outcome outcome = Demo.run(settings, line -> Progress.say(spec, line));

        PrintWriter print = spec.commandLine().getOut();
        for (String line : DemoSummary.lines(outcome.table())) {
            print.println(line);
        }
        print.println();
        print.println("Written:");
        print.printf(
                Locale.ROOT,
                "  %-28s the data package it built (%,d rows; SYNTHETIC, seed %d)%n",
                settings.packageFolder(),
                outcome.generated().total(),
                seed);
        print.printf(
                Locale.ROOT,
                "  %-28s the H2 database it computed in (%,d rows)%n",
                settings.database() + ".mv.db",
                outcome.imported().totalRows());
        print.printf(Locale.ROOT, "  %-28s the targets%n", settings.targetsFile());
        print.printf(
                Locale.ROOT,
                "  %-28s all %,d results (and results.resource.json), docs/results-formats.md%n",
                settings.resultsFile(),
                outcome.table().size());
        print.printf(Locale.ROOT, "  %-28s this summary%n", settings.summaryFile());
        print.printf(
                Locale.ROOT,
                "  %-28s the HTML report, offline (welfare report)%n",
                settings.out().resolve("report.html"));
        print.printf(
                Locale.ROOT,
                "Recompute in memory: welfare compute %s --from %d --to %d --level district --grouping borough"
                        + " --period year --baseline %d --targets %s%n",
                settings.packageFolder(),
                Demo.FROM,
                Demo.TO,
                Demo.FROM,
                settings.targetsFile());
        print.flush();

        StringBuilder steps = new StringBuilder();
        for (Demo.Step step : outcome.steps()) {
            steps.append(steps.length() == 0 ? "" : ", ")
                    .append(step.name())
                    .append(String.format(Locale.ROOT, " %.1f s", step.elapsed().toMillis() / 1000.0));
        }
        PrintWriter err = spec.commandLine().getErr();
        err.println(String.format(
                Locale.ROOT, "demo done in %.1f s: %s", outcome.elapsed().toMillis() / 1000.0, steps));
        err.flush();
        return Welfare.OK;
    }

    /** The files in {@code --out} that the demo does not write, which it must not replace. */
    private List<String> foreignFiles() {
        if (!Files.isDirectory(out)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(out)) {
            return entries.map(p -> String.valueOf(p.getFileName()))
                    .filter(name -> !Demo.FILES.contains(name))
                    .sorted()
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
