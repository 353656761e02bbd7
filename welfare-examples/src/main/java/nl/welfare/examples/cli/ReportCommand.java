package nl.welfare.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import nl.welfare.adapters.files.datapackage.PackageIdentity;
import nl.welfare.adapters.files.results.ResultLabels;
import nl.welfare.domain.area.AreaLevel;
import nl.welfare.examples.report.HtmlReport;
import nl.welfare.examples.report.PackageReport;
import nl.welfare.examples.report.ReportLanguage;
import nl.welfare.examples.report.ReportProvenance;
import nl.welfare.indicators.dataset.Dataset;
import nl.welfare.indicators.definition.IndicatorDefinition;
import nl.welfare.indicators.engine.IndicatorTable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.Unmatched;

/**
 * {@code welfare report DIR --out DIR [--lang nl|en] [the selection options of welfare compute]}: computes as {@link
 * ComputeCommand} does, with its options and its checks, and writes {@code DIR/report.html}, one self-contained page
 * ({@link HtmlReport}) in place of the results table.
 *
 * <p>The selection options (level, grouping, periods, baseline, targets, indicators, definitions, confidence,
 * disclosure, benchmark, {@code --jdbc}) are handed to compute's own parser, so they are read and checked the same way;
 * compute's output options ({@code --format}, {@code --delimiter}, {@code --decimal}, {@code --labels}, {@code
 * --round-values}, {@code --ledger}, {@code --audit}) are wrong usage here.
 */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        customSynopsis = "welfare report [DIR] --out DIR [--lang nl|en] [the selection options of welfare compute]",
        description = {
            "Computes indicators as welfare compute does and writes DIR/report.html: one HTML page that opens offline,"
                    + " with an overview per goal coloured by the comparison with the benchmark, charts per indicator"
                    + " (over the years with the confidence band, baseline and target; the areas ranked against the"
                    + " municipality), the values with suppressed cells marked, the definitions and the provenance.",
            "Takes the selection options of welfare compute (see welfare compute --help): --level, --grouping,"
                    + " --period (year by default here, for the charts over the years), --from, --to, --indicators, --definitions, --baseline, --targets, --confidence,"
                    + " --min-count, --finest-period, --round, --rounding-key, --disclosure, --benchmark, --jdbc.",
            "Exit code 0 on success, 1 when the package or another input file has faults, 2 when an option's value is"
                    + " not one it takes or options do not go together."
        })
public final class ReportCommand implements Callable<Integer> {

    /** The name of the report in the output folder. */
    public static final String FILE = "report.html";

    /** Compute's options that write its results table, which a report does not write. */
    private static final Set<String> OUTPUT_OPTIONS =
            Set.of("--format", "--delimiter", "--decimal", "--labels", "--round-values", "--ledger", "--audit");

    /** What compute hands its results to in place of its own outputs. */
    @FunctionalInterface
    interface Reporter {
        /**
         * Writes the report of {@code table}: of the indicators {@code chosen}, named by {@code all}'s definitions and
         * {@code dataset}'s areas, compared with the {@code benchmark} level, computed from the package {@code
         * identity} names; returns the exit code.
         */
        int report(
                IndicatorTable table,
                List<IndicatorDefinition> chosen,
                List<IndicatorDefinition> all,
                Dataset dataset,
                AreaLevel benchmark,
                PackageIdentity identity)
                throws IOException;
    }

    /** {@code --lang}: {@code nl} or {@code en}. */
    static final class Language implements ITypeConverter<ReportLanguage> {
        @Override
        public ReportLanguage convert(String text) {
            return ReportLanguage.parse(text)
                    .orElseThrow(() -> new TypeConversionException("must be nl or en, not '" + text + "'"));
        }
    }

    @Spec
    @SuppressWarnings("NullAway.Init")
    CommandSpec spec;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            required = true,
            description = "the folder to write " + FILE + " into (created if needed)")
    @SuppressWarnings("NullAway.Init")
    Path out;

    @Option(
            names = "--lang",
            paramLabel = "nl|en",
            defaultValue = "nl",
            converter = Language.class,
            description = "the language of the page's labels: nl (the default) or en")
    ReportLanguage lang = ReportLanguage.NL;

    @Unmatched
    List<String> selection = new ArrayList<>();

    @Override
    public Integer call() {
        for (String arg : selection) {
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            if (OUTPUT_OPTIONS.contains(name)) {
                throw usage(name + " is an option of welfare compute's results table; welfare report writes " + FILE
                        + " only");
            }
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw usage("--out " + out + " is a file; give the folder to write " + FILE + " into");
        }
        ComputeCommand compute = new ComputeCommand();
        CommandLine inner = new CommandLine(compute);
        inner.setOut(spec.commandLine().getOut());
        inner.setErr(spec.commandLine().getErr());
        inner.setCaseInsensitiveEnumValuesAllowed(true);
        List<String> args = new ArrayList<>(selection);
        if (args.stream().noneMatch(a -> a.equals("--period") || a.startsWith("--period="))) {
            // the charts are over the years: without --period, year by year (compute's default is one period)
            args.addAll(List.of("--period", "year"));
        }
        try {
            inner.parseArgs(args.toArray(String[]::new));
        } catch (ParameterException e) {
            throw usage(String.valueOf(e.getMessage()));
        }
        Optional<Path> folder = Optional.ofNullable(compute.folder);
        compute.reporter = (table, chosen, all, dataset, benchmark, identity) ->
                write(table, chosen, all, dataset, benchmark, folder, identity);
        try {
            return compute.call();
        } catch (ParameterException e) {
            throw usage(String.valueOf(e.getMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int write(
            IndicatorTable table,
            List<IndicatorDefinition> chosen,
            List<IndicatorDefinition> all,
            Dataset dataset,
            AreaLevel benchmark,
            Optional<Path> folder,
            PackageIdentity identity)
            throws IOException {
        Files.createDirectories(out);
        Path file = out.resolve(FILE);
        HtmlReport.write(
                table,
                chosen,
                ResultLabels.of(all, dataset),
                benchmark,
                provenance(dataset, folder, identity),
                lang,
                file);
        if (!table.disclosure().enabled()) {
            spec.commandLine().getErr().println(ResultsOutput.notForPublication(file.toString()));
        }
        spec.commandLine()
                .getErr()
                .println(ComputeCommand.closing(table, file.toString()).replace(" written to ", " reported in "));
        spec.commandLine().getErr().flush();
        return Welfare.OK;
    }

    /** The provenance: the package's identity and descriptor, the version, the command to run again. */
    private ReportProvenance provenance(Dataset dataset, Optional<Path> folder, PackageIdentity identity) {
        List<String> args = new ArrayList<>(List.of("welfare", "report"));
        selection.forEach(a -> args.add(quoted(a)));
        args.addAll(List.of("--out", quoted(out.toString()), "--lang", lang.code()));
        return PackageReport.provenance(identity, folder, Optional.empty(), String.join(" ", args), dataset);
    }

    private static String quoted(String arg) {
        return arg.matches("[A-Za-z0-9_./:=,+-]+") ? arg : "'" + arg.replace("'", "'\\''") + "'";
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
