package nl.welfare.examples.cli;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import nl.welfare.adapters.csv.datapackage.DataPackageRead;
import nl.welfare.adapters.csv.datapackage.DataPackageReader;
import nl.welfare.adapters.csv.fault.FileFaultException;
import nl.welfare.adapters.csv.json.DefinitionsJson;
import nl.welfare.adapters.csv.json.LedgerJson;
import nl.welfare.adapters.csv.json.TargetsJson;
import nl.welfare.adapters.csv.results.AuditCsv;
import nl.welfare.adapters.csv.results.ResultsFormat;
import nl.welfare.adapters.csv.results.ResultsWriter;
import nl.welfare.domain.area.AreaLevel;
import nl.welfare.domain.time.PeriodGranularity;
import nl.welfare.domain.time.ReportingPeriod;
import nl.welfare.domain.value.Violation;
import nl.welfare.indicators.catalogue.IndicatorCatalogue;
import nl.welfare.indicators.catalogue.ReferenceCatalogue;
import nl.welfare.indicators.definition.IndicatorDefinition;
import nl.welfare.indicators.definition.IndicatorId;
import nl.welfare.indicators.disclosure.AuditRecord;
import nl.welfare.indicators.disclosure.CellStatus;
import nl.welfare.indicators.disclosure.DisclosureRules;
import nl.welfare.indicators.disclosure.Ledger;
import nl.welfare.indicators.engine.Dataset;
import nl.welfare.indicators.engine.EvaluationQuery;
import nl.welfare.indicators.engine.IndicatorEngine;
import nl.welfare.indicators.engine.IndicatorTable;
import nl.welfare.indicators.engine.Release;
import nl.welfare.indicators.stats.ConfidenceLevel;
import nl.welfare.indicators.target.Targets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code welfare compute DIR [--level L] [--grouping NAME] [--period year|quarter|month] [--from YEAR --to YEAR] [--indicators a,b]
 * [--definitions FILE.json] [--baseline PERIOD] [--targets FILE] [--confidence 0.95] [--min-count 10]
 * [--finest-period year|quarter|month] [--round 5 --rounding-key FILE] [--ledger FILE] [--audit FILE]
 * [--disclosure standard|none] [--format csv|sdmx-csv|json] [--out FILE]}: computes indicators in memory and writes
 * the results table; with {@code --ledger}, keeps what was released for later outputs; with {@code --audit}, writes why
 * each cell was suppressed for the data owner. Input that reads well but says nothing together is an error or a
 * warning of {@link ComputeRules}: years outside the facts, a package without facts, targets that apply to no result,
 * survey answers no indicator reads.
 */
@Command(
        name = "compute",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Computes indicators from a data package, in memory, and writes the results table (docs/results-formats.md): one row per"
                    + " indicator, area and period, through disclosure control unless it is turned off by name.",
            "Exit code 0 on success, 1 when the package or an option's value has faults (listed on standard error)."
                    + " Warnings (a target that applies to no result, answers to a question no indicator reads, a"
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

    @Parameters(paramLabel = "DIR", description = "the data package's folder (or its datapackage.json)")
    @SuppressWarnings("NullAway.Init")
    Path folder;

    @Option(
            names = "--level",
            paramLabel = "L",
            defaultValue = "neighbourhood",
            description = "municipality, district, neighbourhood (the default), or a grouping's name such as borough:"
                    + " the rows of that level and of every level above it")
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
            description = "split the years into years, quarters or months; without it, the years are one period;"
                    + " quarters and months need --finest-period")
    Optional<String> period = Optional.empty();

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
            description = "the period to measure changes from, such as 2018 or 2018-Q1, within the years of the facts")
    Optional<String> baseline = Optional.empty();

    @Option(names = "--targets", paramLabel = "FILE", description = "targets to assess the results against (JSON)")
    Optional<Path> targets = Optional.empty();

    @Option(
            names = "--confidence",
            paramLabel = "0.95",
            defaultValue = "0.95",
            description = "the confidence level of the intervals (default 0.95)")
    double confidence = 0.95;

    @Option(
            names = "--min-count",
            paramLabel = "N",
            defaultValue = "10",
            description = "the fewest persons a published figure may stand for (default 10)")
    int minCount = DisclosureRules.DEFAULT_MINIMUM;

    @Option(
            names = "--finest-period",
            paramLabel = "year|quarter|month",
            defaultValue = "year",
            description = "the finest period you will ever publish from this package (default year): give the same"
                    + " for every output of it, so that years published now already protect quarters published later")
    String finestPeriod = "year";

    @Option(
            names = "--round",
            paramLabel = "BASE",
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
            paramLabel = "csv|sdmx-csv|json",
            defaultValue = "csv",
            description = "the results' format (default csv)")
    String format = "csv";

    @Option(
            names = "--out",
            paramLabel = "FILE",
            description = "where to write the results (with a CSV, its metadata beside it); standard output by default")
    Optional<Path> out = Optional.empty();

    @Override
    public Integer call() throws IOException {
        PackagePath.require(folder);
        ResultsFormat resultsFormat = orBadInput("--format", ResultsFormat.parse(format));
        ConfidenceLevel level = orBadInput("--confidence", ConfidenceLevel.validate(confidence));
        DisclosureRules rules = disclosure == Disclosure.none ? DisclosureRules.none() : rules();
        Optional<PeriodGranularity> granularity = period.map(this::granularity);
        Optional<ReportingPeriod> base = baseline.map(text -> orBadInput("--baseline", ReportingPeriod.parse(text)));
        Optional<AreaLevel> cbsLevel = AreaLevel.parse(this.level).toJavaOptional();
        checkFiles(rules);
        Optional<Ledger> earlier =
                ledger.map(file -> java.nio.file.Files.exists(file) ? LedgerJson.read(file) : Ledger.empty(rules));
        if (cbsLevel.isEmpty() && grouping.isPresent()) {
            throw new BadInputException("--level " + this.level + " is a grouping already; --grouping adds one to a"
                    + " level (municipality, district or neighbourhood)");
        }

        IndicatorCatalogue catalogue = definitions.isPresent()
                ? DefinitionsJson.readCatalogue(definitions.get(), ReferenceCatalogue.catalogue())
                : ReferenceCatalogue.catalogue();
        Targets goals = targets.isPresent() ? TargetsJson.read(targets.get(), catalogue) : Targets.empty();
        List<IndicatorDefinition> chosen = chosen(catalogue);

        Progress.say(spec, "reading " + folder + " ...");
        DataPackageRead read = DataPackageReader.validate(folder);
        if (read.hasErrors()) {
            throw new FileFaultException(read.errors());
        }
        PrintWriter err = spec.commandLine().getErr();
        read.warnings().forEach(w -> err.println(w.message()));
        Dataset dataset = read.orElseThrow();
        io.vavr.control.Option<ReportingPeriod> facts = dataset.years();
        ReportingPeriod years = years(facts, base);
        if (facts.isEmpty()) {
            err.println(InputChecks.noFacts(folder.toString(), years, from.isPresent() || to.isPresent()));
        }
        InputChecks.unknownQuestions(dataset, catalogue.all()).ifPresent(err::println);
        var builder = EvaluationQuery.builder()
                .period(years)
                .granularity(granularity)
                .confidence(level)
                .baseline(base)
                .targets(goals)
                .disclosure(rules)
                .ledger(earlier);
        if (!indicators.isEmpty()) {
            // Every definition is evaluated so that disclosure control decides the same cells whatever is selected;
            // the selection only picks rows.
            builder.addAllIndicators(
                    chosen.stream().map(IndicatorDefinition::id).toList());
        }
        EvaluationQuery evaluation = cbsLevel.isPresent()
                ? builder.level(cbsLevel.get()).grouping(grouping).build()
                : builder.grouping(this.level).build();
        Progress.say(spec, "computing " + chosen.size() + " indicators over " + years + " ...");
        Release release = IndicatorEngine.release(catalogue.all().toJavaList(), dataset, evaluation, false);
        IndicatorTable table = release.table();
        if (targets.isPresent()) {
            InputChecks.unusedTargets(targets.get().toString(), goals, table).forEach(err::println);
        }
        err.flush();
        if (out.isPresent()) {
            List<Path> written = ResultsWriter.writeFile(table, resultsFormat, out.get());
            Progress.say(spec, "wrote " + written);
        } else {
            PrintWriter stdout = spec.commandLine().getOut();
            ResultsWriter.write(table, resultsFormat, stdout);
            stdout.flush();
        }
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
        return Welfare.OK;
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
            throw new BadInputException((ledger.isPresent() ? "--ledger" : "--audit") + " is for outputs under"
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
                    throw new BadInputException(
                            "--out, --ledger and --audit must name different files, not " + files.get(i) + " twice");
                }
            }
        }
    }

    /** The disclosure rules of the options: minimum, finest period, rounding with its key. */
    private DisclosureRules rules() {
        DisclosureRules rules = orBadInput(
                        "--min-count", DisclosureRules.validate(minCount, DisclosureRules.DEFAULT_SMALL_BAND))
                .finestPeriod(granularity("--finest-period", finestPeriod));
        if (round.isEmpty() && roundingKey.isPresent()) {
            throw new BadInputException("--rounding-key is for --round: give both, or neither");
        }
        if (round.isPresent()) {
            if (roundingKey.isEmpty()) {
                throw new BadInputException("--round " + round.get() + " needs --rounding-key FILE: the secret key of"
                        + " the draws (a new file is created with a new key)");
            }
            if (round.get() < 2) {
                throw new BadInputException("--round must be at least 2, not " + round.get());
            }
            rules = rules.rounded(round.get(), RoundingKeyFile.readOrCreate(roundingKey.get(), spec));
        }
        return rules;
    }

    /** The granularity named by {@code --period}; a word it does not know is wrong usage (exit 2). */
    private PeriodGranularity granularity(String text) {
        return granularity("--period", text);
    }

    private PeriodGranularity granularity(String option, String text) {
        var parsed = PeriodGranularity.parse(text);
        if (parsed.isInvalid()) {
            throw new picocli.CommandLine.ParameterException(
                    spec.commandLine(), option + " must be year, quarter or month, not '" + text + "'");
        }
        return parsed.get();
    }

    /** The definitions named by {@code --indicators}, with the ones they are computed from; all without it. */
    private List<IndicatorDefinition> chosen(IndicatorCatalogue catalogue) {
        if (indicators.isEmpty()) {
            return catalogue.all().toJavaList();
        }
        List<IndicatorDefinition> chosen = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String id : indicators) {
            Optional<IndicatorDefinition> found = IndicatorId.parse(id.trim())
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
            throw new BadInputException("--indicators: no such indicator: " + String.join(", ", unknown)
                    + " (welfare catalogue lists them)");
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
            throw new BadInputException("--from " + start + " --to " + end + ": the last year is before the first");
        }
        return start == end ? ReportingPeriod.year(start) : ReportingPeriod.years(start, end);
    }

    private static <T> T orBadInput(String option, Validation<Seq<Violation>, T> value) {
        if (value.isInvalid()) {
            throw new BadInputException(
                    option + ": " + value.getError().map(Violation::message).mkString("; "));
        }
        return value.get();
    }
}
