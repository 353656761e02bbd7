package nl.welfare.examples.demo;

import io.vavr.control.Either;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import nl.welfare.adapters.files.datapackage.DataPackageReader;
import nl.welfare.adapters.files.datapackage.PackageIdentity;
import nl.welfare.adapters.files.json.DefinitionsJson;
import nl.welfare.adapters.files.json.TargetsJson;
import nl.welfare.adapters.files.results.ResultsFormat;
import nl.welfare.adapters.files.results.ResultsWriter;
import nl.welfare.adapters.jdbc.ImportMode;
import nl.welfare.adapters.jdbc.ImportSummary;
import nl.welfare.adapters.jdbc.JdbcWelfareStore;
import nl.welfare.adapters.jdbc.StoredPackage;
import nl.welfare.domain.area.AreaLevel;
import nl.welfare.domain.time.PeriodGranularity;
import nl.welfare.domain.time.ReportingPeriod;
import nl.welfare.domain.value.Violation;
import nl.welfare.examples.reference.EnschedeReference;
import nl.welfare.examples.reference.PackageGenerator;
import nl.welfare.examples.report.PackageReport;
import nl.welfare.examples.report.ReportLanguage;
import nl.welfare.indicators.catalogue.ReferenceCatalogue;
import nl.welfare.indicators.dataset.Dataset;
import nl.welfare.indicators.engine.EvaluationQuery;
import nl.welfare.indicators.engine.IndicatorEngine;
import nl.welfare.indicators.engine.IndicatorTable;
import nl.welfare.indicators.target.Target;
import nl.welfare.indicators.target.TargetScope;
import nl.welfare.indicators.target.Targets;

/**
 * The library's main job end to end, on the Enschede reference (demo): builds the reference data package, imports it
 * into an embedded H2 database file, computes the reference catalogue for 2018-2022 by borough and district inside
 * the database with 2018 as the baseline and the 80% target of resident-led initiatives, and writes the results.
 *
 * <p>Everything goes into one folder, which the demo owns: {@code package/} (the data package it built, to recompute
 * or inspect with the other commands), {@code welfare.mv.db} (the H2 database), {@code targets.json}, {@code
 * results.csv} with {@code results.resource.json}, {@code summary.txt} (what {@link DemoSummary} prints) and {@code
 * report.html} (the page of {@code welfare report}). A second run replaces them.
 *
 * <pre>{@code
 * Demo.Outcome outcome = Demo.run(Demo.Settings.reference(Path.of("demo")), System.err::println);
 * DemoSummary.lines(outcome.table()).forEach(System.out::println);
 * }</pre>
 *
 * <p>The counting (facts per area and period, distinct persons per area at every level) runs as SQL in the database
 * ({@link JdbcWelfareStore#figureSource()}); statistics, disclosure control, changes and targets run in Java, as for
 * the in-memory engine.
 */
public final class Demo {

    /** The first year the demo reports: the commission's first, and the baseline. */
    public static final int FROM = 2018;

    /** The last year the demo reports: the commission's last. */
    public static final int TO = 2022;

    /** The grouping the demo reports by, next to the CBS districts. */
    public static final String GROUPING = "borough";

    /**
     * The names the demo writes in its folder, and so replaces on a second run: the package folder, the H2 database
     * (and the trace file H2 may write beside it), the targets, the results and their descriptor, the summary.
     */
    public static final java.util.Set<String> FILES = java.util.Set.of(
            "package",
            "welfare.mv.db",
            "welfare.trace.db",
            "targets.json",
            "results.csv",
            "results.resource.json",
            "summary.txt",
            "report.html");

    private Demo() {}

    /**
     * What the demo builds: where, how many synthetic residents, which seed, and the report's language.
     *
     * @param out the folder the demo writes into (created if needed)
     * @param residents the synthetic residents of the reference (160,640 by default)
     * @param seed the seed of the generator
     * @param lang the language of {@code report.html}
     */
    public record Settings(Path out, int residents, long seed, ReportLanguage lang) {

        /** The settings, checked. */
        public Settings {
            Objects.requireNonNull(out, "out");
            Objects.requireNonNull(lang, "lang");
            if (residents < 1) {
                throw new IllegalArgumentException("residents must be at least 1, not " + residents);
            }
        }

        /** The settings with the report in Dutch. */
        public Settings(Path out, int residents, long seed) {
            this(out, residents, seed, ReportLanguage.NL);
        }

        /** The reference: {@link PackageGenerator#DEFAULT_RESIDENTS} residents, the default seed, into {@code out}. */
        public static Settings reference(Path out) {
            return new Settings(out, PackageGenerator.DEFAULT_RESIDENTS, PackageGenerator.DEFAULT_SEED);
        }

        /** The folder of the data package: {@code out/package}. */
        public Path packageFolder() {
            return out.resolve("package");
        }

        /** The H2 database, without H2's {@code .mv.db} suffix: {@code out/welfare}. */
        public Path database() {
            return out.resolve("welfare");
        }

        /** The targets file: {@code out/targets.json}. */
        public Path targetsFile() {
            return out.resolve("targets.json");
        }

        /** The results table: {@code out/results.csv}. */
        public Path resultsFile() {
            return out.resolve("results.csv");
        }

        /** The summary as text: {@code out/summary.txt}. */
        public Path summaryFile() {
            return out.resolve("summary.txt");
        }
    }

    /**
     * What a run gave.
     *
     * @param settings what was built
     * @param generated the rows of the generated package per resource
     * @param imported what the import into the database brought
     * @param table the computed results, through disclosure control
     * @param written the files written, in order
     * @param steps how long each step took, by name, in order
     */
    public record Outcome(
            Settings settings,
            PackageGenerator.Summary generated,
            ImportSummary imported,
            IndicatorTable table,
            List<Path> written,
            List<Step> steps) {

        /** The outcome, its lists copied. */
        public Outcome {
            written = List.copyOf(written);
            steps = List.copyOf(steps);
        }

        /** The time of all steps together. */
        public Duration elapsed() {
            return steps.stream().map(Step::elapsed).reduce(Duration.ZERO, Duration::plus);
        }
    }

    /**
     * One step of the run and its time.
     *
     * @param name what was done
     * @param elapsed how long it took
     */
    public record Step(String name, Duration elapsed) {}

    /**
     * The query of the demo: the years {@link #FROM}-{@link #TO} one by one, by district and borough, the first year as
     * the baseline, with {@code targets}, under the standard disclosure rules.
     */
    public static EvaluationQuery query(Targets targets) {
        return EvaluationQuery.builder()
                .period(ReportingPeriod.years(FROM, TO))
                .level(AreaLevel.DISTRICT)
                .grouping(GROUPING)
                .granularity(PeriodGranularity.YEAR)
                .baseline(ReportingPeriod.year(FROM))
                .targets(targets)
                .build();
    }

    /**
     * The demo's targets: residents lead at least {@link ReferenceCatalogue#RESIDENT_LED_TARGET} (80%) of the
     * initiatives in every borough, every year of the commission ("Bewoners hebben de regie van 80% van de
     * bewonersinitiatieven").
     */
    public static Targets targets() {
        List<Target> targets = new ArrayList<>();
        for (int year = FROM; year <= TO; year++) {
            targets.add(Target.builder()
                    .indicator(ReferenceCatalogue.RESIDENT_LED_INITIATIVES.id())
                    .scope(TargetScope.grouping(GROUPING))
                    .period(ReportingPeriod.year(year))
                    .value(ReferenceCatalogue.RESIDENT_LED_TARGET)
                    .build());
        }
        return Targets.of(targets);
    }

    /**
     * Runs the demo, saying each step to {@code progress}.
     *
     * @throws UncheckedIOException when a file cannot be written
     */
    public static Outcome run(Settings settings, Consumer<String> progress) {
        List<Step> steps = new ArrayList<>();
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(settings.out());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }

        long start = System.nanoTime();
        progress.accept(String.format(
                Locale.ROOT,
                "1/4 generating the Enschede reference, %,d SYNTHETIC residents, seed %d, into %s ...",
                settings.residents(),
                settings.seed(),
                settings.packageFolder()));
        PackageGenerator.Summary generated = PackageGenerator.generate(
                new PackageGenerator.Settings(
                        settings.residents(),
                        PackageGenerator.DEFAULT_FROM,
                        PackageGenerator.DEFAULT_TO,
                        settings.seed(),
                        Optional.of(EnschedeReference.MUNICIPALITY_CODE)),
                settings.packageFolder(),
                line -> progress.accept("    " + line));
        written.add(settings.packageFolder());
        start = step(steps, "generate the reference package", start);

        progress.accept("2/4 reading the package and importing it into " + settings.database() + ".mv.db ...");
        Dataset dataset = DataPackageReader.read(settings.packageFolder());
        Targets targets = targets();
        PackageIdentity identity = PackageIdentity.of(settings.packageFolder());
        // the package as `welfare import` stores it, so that `welfare compute --jdbc` recomputes it without its folder
        StoredPackage stored = StoredPackage.of(
                identity.name(),
                identity.checksum(),
                Optional.of(DefinitionsJson.toJson(ReferenceCatalogue.all())),
                Optional.of(TargetsJson.toJson(targets)));
        IndicatorTable table;
        ImportSummary imported;
        try (JdbcWelfareStore store = JdbcWelfareStore.embedded(settings.database())) {
            Either<Violation, ImportSummary> done = store.importPackage(dataset, stored, ImportMode.REPLACE);
            imported = done.getOrElseThrow(v -> new IllegalStateException("a replacing import is never refused: " + v));
            written.add(Path.of(settings.database() + ".mv.db"));
            start = step(steps, "import into H2", start);

            progress.accept("3/4 computing " + ReferenceCatalogue.all().size() + " indicators, " + FROM + "-" + TO
                    + ", by district and borough, inside the database ...");
            // the areas, groupings, populations and years from the database, the facts counted there by SQL
            table = IndicatorEngine.evaluate(
                    ReferenceCatalogue.all().toJavaList(),
                    store.evaluationDataset(),
                    query(targets),
                    store.figureSource());
            start = step(steps, "compute in the database", start);

            progress.accept("4/4 writing the results ...");
            TargetsJson.write(targets, settings.targetsFile());
            written.add(settings.targetsFile());
            written.addAll(ResultsWriter.writeFile(table, ResultsFormat.CSV, settings.resultsFile()));
            Files.write(settings.summaryFile(), DemoSummary.lines(table));
            written.add(settings.summaryFile());
            written.add(PackageReport.write(
                    settings.packageFolder(),
                    Optional.of(String.format(
                            Locale.ROOT,
                            "welfare generate --residents %d --seed %d (SYNTHETIC)",
                            settings.residents(),
                            settings.seed())),
                    "welfare demo --out " + settings.out() + " --lang "
                            + settings.lang().code()
                            + " (or: welfare report " + settings.packageFolder()
                            + " --level district --grouping borough --baseline " + FROM + " --targets "
                            + settings.targetsFile() + " --out " + settings.out() + " --lang "
                            + settings.lang().code()
                            + ")",
                    table,
                    ReferenceCatalogue.all().toJavaList(),
                    dataset,
                    AreaLevel.MUNICIPALITY,
                    settings.lang(),
                    settings.out().resolve("report.html")));
            step(steps, "write the results", start);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Outcome(settings, generated, imported, table, written, steps);
    }

    private static long step(List<Step> steps, String name, long start) {
        long now = System.nanoTime();
        steps.add(new Step(name, Duration.ofNanos(now - start)));
        return now;
    }
}
