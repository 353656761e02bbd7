package nl.welfare.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import nl.welfare.adapters.files.json.LedgerJson;
import nl.welfare.adapters.files.results.AuditCsv;
import nl.welfare.adapters.files.results.CsvDialect;
import nl.welfare.adapters.files.results.ResultsFormat;
import nl.welfare.domain.area.AreaLevel;
import nl.welfare.domain.time.PeriodGranularity;
import nl.welfare.domain.time.ReportingPeriod;
import nl.welfare.domain.value.Violation;
import nl.welfare.indicators.catalogue.IndicatorCatalogue;
import nl.welfare.indicators.dataset.Dataset;
import nl.welfare.indicators.definition.IndicatorDefinition;
import nl.welfare.indicators.definition.IndicatorId;
import nl.welfare.indicators.disclosure.AuditRecord;
import nl.welfare.indicators.disclosure.CellStatus;
import nl.welfare.indicators.disclosure.DisclosureRules;
import nl.welfare.indicators.disclosure.Ledger;
import nl.welfare.indicators.engine.EvaluationQuery;
import nl.welfare.indicators.engine.IndicatorEngine;
import nl.welfare.indicators.engine.IndicatorTable;
import nl.welfare.indicators.engine.Release;
import nl.welfare.indicators.engine.ResultStatus;
import nl.welfare.indicators.stats.ConfidenceLevel;
import nl.welfare.indicators.target.Targets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code welfare compute DIR [--level L] [--grouping NAME] [--period year|quarter|month] [--from YEAR --to YEAR] [--indicators a,b]
 * [--definitions FILE.json] [--baseline PERIOD] [--targets FILE] [--confidence 0.95] [--min-count 10]
 * [--finest-period year|quarter|month] [--round 5 --rounding-key FILE] [--ledger FILE] [--audit FILE]
 * [--disclosure standard|none] [--format csv|sdmx-csv|json|xlsx] [--delimiter ';' --decimal ','] [--benchmark LEVEL]
 * [--labels] [--round-values N] [--out FILE]}: computes indicators in memory and writes
 * the results table; with {@code --ledger}, keeps what was released for later outputs; with {@code --audit}, writes why
 * each cell was suppressed for the data owner. Input that reads well but says nothing together is an error or a
 * warning of {@link ComputeRules}: years outside the facts, a package without facts, targets that apply to no result,
 * survey answers no indicator reads.
 *
 * <p>Every option value is read case-insensitively, and a value it does not take, or options that do not go together,
 * is wrong usage (exit code 2) with the values it does take listed: {@code --confidence 95}, {@code --format xls},
 * {@code --level wijk} (a level the package has no grouping of), {@code --out results.xlsx} with {@code --format csv}.
 * It ends with a summary line on standard error: the rows by status and where they went.
 */
@Command(
        name = "compute",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Computes indicators from a data package, in memory, and writes the results table (docs/results-formats.md): one row per"
                    + " indicator, area and period, through disclosure control unless it is turned off by name.",
            "Exit code 0 on success, 1 when the package or another input file has faults (listed on standard error),"
                    + " 2 when an option's value is not one it takes or options do not go together. Warnings (a target that applies to no result, answers to a question no indicator reads, a"
                    + " package without facts) go to standard error too, and the results are still written."
        })
public final class ComputeCommand implements Callable<Integer> {

    /** The disclosure control to apply. */
    enum Disclosure {
        standard,
        none
    }

    @Spec
    @SuppressWarnings("NullAway.Init")
    CommandSpec spec;

    @Parameters(
            paramLabel = "DIR",
            arity = "0..1",
            description = "the data package's folder (or its datapackage.json); with --jdbc, may be left out to"
                    + " compute the package the database holds")
    @org.jspecify.annotations.Nullable
    Path folder;

    @Option(
            names = "--jdbc",
            paramLabel = "URL",
            converter = Database.Url.class,
            description = "compute inside this database (H2, PostgreSQL or MariaDB), which holds the package (welfare"
                    + " import): its facts are counted by SQL there, never read into memory. With DIR, DIR must hold"
                    + " the same package")
    Optional<String> jdbc = Optional.empty();

    @Option(
            names = "--level",
            paramLabel = "L",
            defaultValue = "neighbourhood",
            description = "municipality, district, neighbourhood (the default), or the name of one of the package's"
                    + " groupings such as borough: the rows of that level and of every level above it")
    String level = "neighbourhood";

    @Option(
            names = "--grouping",
            paramLabel = "NAME",
            description = "also the groups of this grouping (such as borough) in the same output, so that disclosure"
                    + " control sees how the groups and the areas add up; publish both from one output")
    Optional<String> grouping = Optional.empty();

    @Option(
            names = "--period",
            paramLabel = "year|quarter|month",
            converter = OptionValues.Granularity.class,
            description = "split the years into years, quarters or months; without it, the years are one period;"
                    + " quarters and months need --finest-period")
    Optional<PeriodGranularity> period = Optional.empty();

    @Option(
            names = "--from",
            paramLabel = "YEAR",
            description = "the first year, within the years of the facts; by default the first year with facts")
    Optional<Integer> from = Optional.empty();

    @Option(
            names = "--to",
            paramLabel = "YEAR",
            description = "the last year, within the years of the facts; by default the last year with facts")
    Optional<Integer> to = Optional.empty();

    @Option(
            names = "--indicators",
            paramLabel = "a,b",
            split = ",",
            description = "the indicators to compute (with what they are computed from); all by default")
    List<String> indicators = new ArrayList<>();

    @Option(
            names = "--definitions",
            paramLabel = "FILE.json",
            description =
                    "your own indicator definitions, next to the built-in ones (see welfare catalogue --format json)")
    Optional<Path> definitions = Optional.empty();

    @Option(
            names = "--baseline",
            paramLabel = "PERIOD",
            converter = OptionValues.Period.class,
            description = "the period to measure changes from, such as 2018 or 2018-Q1, within the years of the facts")
    Optional<ReportingPeriod> baseline = Optional.empty();

    @Option(names = "--targets", paramLabel = "FILE", description = "targets to assess the results against (JSON)")
    Optional<Path> targets = Optional.empty();

    @Option(
            names = "--confidence",
            paramLabel = "0.95",
            defaultValue = "0.95",
            converter = OptionValues.Confidence.class,
            description =
                    "the confidence level of the intervals, strictly between 0 and 1 (default 0.95; 0.95, not 95)")
    ConfidenceLevel confidence = ConfidenceLevel.DEFAULT;

    @Option(
            names = "--min-count",
            paramLabel = "N",
            defaultValue = "10",
            converter = OptionValues.MinCount.class,
            description = "the fewest persons a published figure may stand for (default 10, at least 5: the counts"
                    + " 1 to 4 are always suppressed)")
    int minCount = DisclosureRules.DEFAULT_MINIMUM;

    @Option(
            names = "--finest-period",
            paramLabel = "year|quarter|month",
            defaultValue = "year",
            converter = OptionValues.Granularity.class,
            description = "the finest period you will ever publish from this package (default year): give the same"
                    + " for every output of it, so that years published now already protect quarters published later")
    PeriodGranularity finestPeriod = PeriodGranularity.YEAR;

    @Option(
            names = "--round",
            paramLabel = "BASE",
            converter = OptionValues.RoundingBase.class,
            description = "randomly round every published count to a multiple of BASE (such as 5), with --rounding-key")
    Optional<Integer> round = Optional.empty();

    @Option(
            names = "--rounding-key",
            paramLabel = "FILE",
            description = "the secret key of the rounding draws (Base64, 32 bytes); created, readable by you alone,"
                    + " when the file does not exist. Keep it as you keep the data: the same key rounds the same"
                    + " count the same way in every output")
    Optional<Path> roundingKey = Optional.empty();

    @Option(
            names = "--ledger",
            paramLabel = "FILE",
            description = "the ledger of what earlier outputs of this package released (JSON, kept by you, never"
                    + " published): read when it exists, so that this output stays consistent with them, and"
                    + " written back with this output's cells; created when it does not exist")
    Optional<Path> ledger = Optional.empty();

    @Option(
            names = "--audit",
            paramLabel = "FILE",
            description = "for the data owner, never for publication: write why each cell was suppressed and the"
                    + " range of values the audit proved an attacker cannot narrow its counts below (CSV, readable"
                    + " by you alone; it names true counts)")
    Optional<Path> audit = Optional.empty();

    @Option(
            names = "--disclosure",
            paramLabel = "standard|none",
            defaultValue = "standard",
            description = "standard (the default) or none, for work inside a secure environment: the choice is written"
                    + " into the output's metadata")
    Disclosure disclosure = Disclosure.standard;

    @Option(
            names = "--format",
            paramLabel = "csv|sdmx-csv|json|xlsx",
            defaultValue = "csv",
            converter = OptionValues.Format.class,
            description = "the results' format (default csv); xlsx is a workbook of results and definitions, to a"
                    + " file (--out results.xlsx)")
    ResultsFormat format = ResultsFormat.CSV;

    @Option(
            names = "--benchmark",
            paramLabel = "municipality|district",
            defaultValue = "municipality",
            converter = ResultsOutput.Benchmark.class,
            description = "the level each area is compared with, by non-overlapping intervals (default municipality:"
                    + " every district, neighbourhood and group against its municipality)")
    AreaLevel benchmark = AreaLevel.MUNICIPALITY;

    @Option(
            names = "--labels",
            description = "also the names of indicators and areas, the unit and the polarity, as columns after the"
                    + " table's own (csv, sdmx-csv, json; a workbook always has them)")
    boolean labels;

    @Option(
            names = "--round-values",
            paramLabel = "N",
            converter = ResultsOutput.Decimals.class,
            description = "round values, intervals, targets and changes to N decimals (0 to 15) for display; exact"
                    + " unless given (a workbook keeps exact cells and shows N decimals)")
    Optional<Integer> roundValues = Optional.empty();

    @Option(
            names = "--delimiter",
            paramLabel = ",|;|tab",
            converter = OptionValues.Delimiter.class,
            description = "the field separator of --format csv (default ,); with --decimal , the file opens as it is in"
                    + " a spreadsheet set to Dutch, and its metadata says so")
    Optional<Character> delimiter = Optional.empty();

    @Option(
            names = "--decimal",
            paramLabel = ".|,",
            converter = OptionValues.Decimal.class,
            description = "the decimal separator of --format csv (default .); a decimal comma needs --delimiter ';'")
    Optional<Character> decimal = Optional.empty();

    @Option(
            names = "--out",
            paramLabel = "FILE",
            description = "the file to write the results to, with the extension of the format (.csv, .json or .xlsx;"
                    + " with a CSV, its metadata beside it); standard output by default")
    Optional<Path> out = Optional.empty();

    /** Set by {@code welfare report}: receives the results in place of the results table's outputs. */
    ReportCommand.@org.jspecify.annotations.Nullable Reporter reporter;

    @Override
    public Integer call() throws IOException {
        dialect();
        checkOut();
        if (cbsLevel().isEmpty() && grouping.isPresent()) {
            throw usage("--level " + this.level + " is a grouping already; --grouping adds one to a level"
                    + " (municipality, district or neighbourhood)");
        }
        Optional<Path> dir = Optional.ofNullable(folder);
        if (dir.isEmpty() && jdbc.isEmpty()) {
            throw usage("Missing required parameter: 'DIR' (the data package's folder; only --jdbc URL may leave it"
                    + " out, to compute the package the database holds)");
        }
        if (dir.isPresent()) {
            PackagePath.require(dir.get(), spec);
        }
        DisclosureRules rules = disclosure == Disclosure.none ? DisclosureRules.none() : rules();
        checkFiles(rules);
        if (jdbc.isPresent()) {
            Database database = Database.of(jdbc);
            return database.with(store -> compute(new ComputeSource.Stored(store, database, dir, spec), rules));
        }
        return compute(new ComputeSource.Folder(dir.get(), spec), rules);
    }

    /** Computes the package of {@code source} under {@code rules} and writes the outputs. */
    private Integer compute(ComputeSource source, DisclosureRules rules) {
        try {
            return computeOrFail(source, rules);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Integer computeOrFail(ComputeSource source, DisclosureRules rules) throws IOException {
        CsvDialect dialect = dialect();
        Optional<Ledger> earlier =
                ledger.map(file -> java.nio.file.Files.exists(file) ? LedgerJson.read(file) : Ledger.empty(rules));

        IndicatorCatalogue catalogue = source.catalogue(definitions);
        Targets goals = source.targets(targets, catalogue);
        List<IndicatorDefinition> chosen = chosen(catalogue);

        PrintWriter err = spec.commandLine().getErr();
        Dataset dataset = source.dataset();
        Optional<AreaLevel> cbsLevel = cbsLevel();
        Optional<String> groupingName = grouping.map(name -> groupingOf(dataset, "--grouping", name));
        Optional<String> levelGrouping =
                cbsLevel.isPresent() ? Optional.empty() : Optional.of(groupingOf(dataset, "--level", this.level));
        io.vavr.control.Option<ReportingPeriod> facts = dataset.years();
        ReportingPeriod years = years(facts, baseline);
        if (facts.isEmpty()) {
            err.println(InputChecks.noFacts(source.where(), years, from.isPresent() || to.isPresent()));
        }
        source.unknownQuestions(dataset, catalogue.all()).ifPresent(err::println);
        var builder = EvaluationQuery.builder()
                .period(years)
                .granularity(period)
                .confidence(confidence)
                .baseline(baseline)
                .targets(goals)
                .disclosure(rules)
                .benchmarkLevel(benchmark)
                .ledger(earlier);
        if (!indicators.isEmpty()) {
            // Every definition is evaluated so that disclosure control decides the same cells whatever is selected;
            // the selection only picks rows.
            builder.addAllIndicators(
                    chosen.stream().map(IndicatorDefinition::id).toList());
        }
        EvaluationQuery evaluation = cbsLevel.isPresent()
                ? builder.level(cbsLevel.get()).grouping(groupingName).build()
                : builder.grouping(levelGrouping).build();
        Progress.say(spec, "computing " + count(chosen.size(), "indicator", "indicators") + " over " + years + " ...");
        Release release = source.release(catalogue.all().toJavaList(), dataset, evaluation);
        IndicatorTable table = release.table();
        if (targets.isPresent()) {
            InputChecks.unusedTargets(targets.get().toString(), goals, table).forEach(err::println);
        }
        err.flush();
        if (reporter != null) {
            return reporter.report(table, chosen, catalogue.all().toJavaList(), dataset, benchmark, source.identity());
        }
        String where = ResultsOutput.write(
                table,
                format,
                dialect,
                ResultsOutput.options(
                        format, labels, roundValues, catalogue.all().toJavaList(), dataset, source.where()),
                out,
                spec.commandLine().getOut(),
                err);
        if (ledger.isPresent() && earlier.isPresent()) {
            LedgerJson.write(earlier.get().plus(release.released()), ledger.get());
            Progress.say(spec, "kept " + release.released().size() + " released cells in " + ledger.get());
        }
        if (audit.isPresent()) {
            AuditCsv.writeFile(release.audit(), audit.get());
            Progress.say(spec, "wrote the audit of " + release.audit().size() + " suppressed cells to " + audit.get());
        }
        if (rules.enabled()) {
            summary(release, err);
        }
        err.println(closing(table, where));
        err.flush();
        return Welfare.OK;
    }

    /** The CBS level of {@code --level}, if it names one rather than a grouping. */
    private Optional<AreaLevel> cbsLevel() {
        return AreaLevel.parse(this.level).toJavaOptional();
    }

    /** {@code 1 indicator}, {@code 17 indicators}. */
    static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /**
     * The last line on standard error: {@code 56 rows (40 OK, 10 suppressed, 6 no data) written to results.csv and
     * results.resource.json}.
     */
    static String closing(IndicatorTable table, String where) {
        Map<ResultStatus, Long> byStatus = new EnumMap<>(ResultStatus.class);
        table.results().forEach(r -> byStatus.merge(r.status(), 1L, Long::sum));
        return count(table.size(), "row", "rows") + " (" + byStatus.getOrDefault(ResultStatus.OK, 0L) + " OK, "
                + byStatus.getOrDefault(ResultStatus.SUPPRESSED, 0L) + " suppressed, "
                + byStatus.getOrDefault(ResultStatus.NO_DATA, 0L) + " no data) written to " + where;
    }

    /** Wrong usage (exit code 2): {@code message} and a hint to the command's help. */
    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    /**
     * The grouping of {@code dataset} that {@code name} names, case-insensitively, in the package's spelling; wrong
     * usage when there is none, listing the levels and groupings there are.
     */
    private String groupingOf(Dataset dataset, String option, String name) {
        for (var g : dataset.groupings()) {
            if (g.name().equalsIgnoreCase(name.trim())) {
                return g.name();
            }
        }
        String groupings = dataset.groupings().isEmpty()
                ? "the package has none"
                : "the package's: " + dataset.groupings().map(g -> g.name()).mkString(", ");
        String what = option.equals("--level")
                ? "must be municipality, district, neighbourhood or a grouping of the package (" + groupings + ")"
                : "must name a grouping of the package (" + groupings + ")";
        throw usage("Invalid value for option '" + option + "': " + what + ", not '" + name + "' ["
                + IndicatorEngine.UNKNOWN_GROUPING.id() + "]");
    }

    /** The CSV dialect of {@code --delimiter} and {@code --decimal}: for {@code --format csv} only. */
    private CsvDialect dialect() {
        if ((delimiter.isPresent() || decimal.isPresent()) && format != ResultsFormat.CSV) {
            throw usage((delimiter.isPresent() ? "--delimiter" : "--decimal") + " is for --format csv; " + format.code()
                    + " writes numbers one way only");
        }
        char fields = delimiter.orElse(decimal.orElse('.') == ',' ? ';' : ',');
        var dialect = CsvDialect.validate(fields, decimal.orElse('.'));
        if (dialect.isInvalid()) {
            Violation first = dialect.getError().head();
            throw usage("--delimiter " + (fields == '\t' ? "tab" : String.valueOf(fields)) + " --decimal "
                    + decimal.orElse('.') + ": the decimal separator "
                    + first.rule().description() + " ["
                    + first.rule().id() + "]");
        }
        return dialect.get();
    }

    /**
     * {@code --out} names a file whose extension is the format's ({@code .csv} or {@code .json}), or none: a folder,
     * or an extension of another format ({@code results.xlsx}), is wrong usage.
     */
    private void checkOut() {
        if (out.isEmpty()) {
            if (!format.isText()) {
                throw usage("--format " + format.code() + " writes a workbook, not text: give the file, such as --out"
                        + " results." + format.extension());
            }
            return;
        }
        Path file = out.get();
        String given = spec.findOption("--out").originalStringValues().stream()
                .reduce((first, second) -> second)
                .orElse(file.toString());
        if (java.nio.file.Files.isDirectory(file) || given.endsWith("/") || given.endsWith("\\")) {
            throw usage("--out " + given + " is a folder; give the file to write in it, such as "
                    + file.resolve("results." + format.extension()));
        }
        Path name = file.getFileName();
        String text = name == null ? "" : name.toString();
        int dot = text.lastIndexOf('.');
        String extension = dot > 0 ? text.substring(dot + 1) : "";
        if (!extension.isEmpty() && !extension.equalsIgnoreCase(format.extension())) {
            String which = ResultsFormat.parse(extension).isValid() || extension.equalsIgnoreCase("json")
                    ? " (for that format: --format " + extension.toLowerCase(java.util.Locale.ROOT) + ")"
                    : " (welfare writes csv, sdmx-csv, json or xlsx)";
            throw usage("--out " + given + ": --format " + format.code() + " writes a ." + format.extension()
                    + " file, not ." + extension + which);
        }
    }

    /**
     * On standard error: how many cells about persons were suppressed, and, as a warning that is never quiet, how many
     * of them the audit could not prove protected.
     */
    private void summary(Release release, PrintWriter err) {
        long suppressed = release.released().values().stream()
                .filter(s -> s == CellStatus.SUPPRESSED)
                .count();
        Progress.say(
                spec,
                "disclosure control: " + suppressed + " of "
                        + release.released().size() + " cells suppressed");
        long unprotected =
                release.audit().stream().filter(AuditRecord::unprotected).count();
        if (unprotected > 0) {
            err.println("warning: disclosure control could not prove " + unprotected + " suppressed cell"
                    + (unprotected == 1 ? "" : "s") + " protected against every relation (an attacker may narrow"
                    + " them); --audit FILE lists them (unprotected = true) for review before publishing");
            err.flush();
        }
    }

    /** The ledger and the audit are the publisher's: never the output's file, and only under disclosure control. */
    private void checkFiles(DisclosureRules rules) {
        if (!rules.enabled() && (ledger.isPresent() || audit.isPresent())) {
            throw usage((ledger.isPresent() ? "--ledger" : "--audit") + " is for outputs under"
                    + " disclosure control; --disclosure none publishes nothing to keep or audit");
        }
        List<Path> files = new ArrayList<>();
        out.ifPresent(files::add);
        ledger.ifPresent(files::add);
        audit.ifPresent(files::add);
        for (int i = 0; i < files.size(); i++) {
            for (int j = i + 1; j < files.size(); j++) {
                if (files.get(i)
                        .toAbsolutePath()
                        .normalize()
                        .equals(files.get(j).toAbsolutePath().normalize())) {
                    throw usage(
                            "--out, --ledger and --audit must name different files, not " + files.get(i) + " twice");
                }
            }
        }
    }

    /** The disclosure rules of the options: minimum, finest period, rounding with its key. */
    private DisclosureRules rules() {
        DisclosureRules rules =
                DisclosureRules.of(minCount, DisclosureRules.DEFAULT_SMALL_BAND).finestPeriod(finestPeriod);
        if (period.isPresent() && period.get().months() < finestPeriod.months()) {
            // options that do not go together: a usage error, before the package is read
            throw usage("--period " + period.get().code() + " needs --finest-period "
                    + period.get().code()
                    + " (or finer): the finest period you will ever publish from the package, given for every"
                    + " output of it, is " + finestPeriod.code() + " now [engine.period-finer-than-rules]");
        }
        if (round.isEmpty() && roundingKey.isPresent()) {
            throw usage("--rounding-key is for --round: give both, or neither");
        }
        if (round.isPresent()) {
            if (roundingKey.isEmpty()) {
                throw usage("--round " + round.get() + " needs --rounding-key FILE: the secret key of"
                        + " the draws (a new file is created with a new key)");
            }
            rules = rules.rounded(round.get(), RoundingKeyFile.readOrCreate(roundingKey.get(), spec));
        }
        return rules;
    }

    /** The definitions named by {@code --indicators}, with the ones they are computed from; all without it. */
    private List<IndicatorDefinition> chosen(IndicatorCatalogue catalogue) {
        if (indicators.isEmpty()) {
            return catalogue.all().toJavaList();
        }
        List<IndicatorDefinition> chosen = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String id : indicators) {
            Optional<IndicatorDefinition> found = IndicatorId.parse(id.trim().toLowerCase(Locale.ROOT))
                    .toOption()
                    .flatMap(catalogue::byId)
                    .toJavaOptional();
            if (found.isEmpty()) {
                unknown.add(id);
            } else {
                chosen.add(found.get());
            }
        }
        if (!unknown.isEmpty()) {
            throw usage("Invalid value for option '--indicators': no such indicator: " + String.join(", ", unknown)
                    + " (welfare catalogue lists them"
                    + (definitions.isPresent() ? ", with those of --definitions" : "")
                    + ")");
        }
        return catalogue.withBases(chosen).toJavaList();
    }

    /**
     * The years asked for, or {@code facts}, the years the dataset's facts fall in; a year of {@code --from},
     * {@code --to} or {@code --baseline} outside the years of the facts is bad input
     * ({@link ComputeRules#OUTSIDE_FACTS}).
     */
    private ReportingPeriod years(io.vavr.control.Option<ReportingPeriod> facts, Optional<ReportingPeriod> base) {
        List<String> outside =
                facts.map(f -> InputChecks.outsideFacts(f, from, to, base)).getOrElse(List.of());
        if (!outside.isEmpty()) {
            throw new BadInputException(String.join(System.lineSeparator(), outside));
        }
        int start = from.orElse(facts.map(f -> f.start().getYear())
                .getOrElse(java.time.Year.now().getValue()));
        int end = to.orElse(Math.max(start, facts.map(f -> f.end().getYear()).getOrElse(start)));
        if (end < start) {
            throw usage("--from " + start + " --to " + end + ": the last year is before the first");
        }
        return start == end ? ReportingPeriod.year(start) : ReportingPeriod.years(start, end);
    }
}
