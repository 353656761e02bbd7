package nl.welfare.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import nl.welfare.domain.area.AreaCode;
import nl.welfare.domain.area.AreaLevel;
import nl.welfare.examples.reference.EnschedeReference;
import nl.welfare.examples.reference.PackageGenerator;
import nl.welfare.examples.reference.ReferenceData;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code welfare generate --out DIR [--residents N] [--from YEAR --to YEAR] [--seed S] [--municipality GM0153 |
 * --country] [--participation-scale F] [--survey-scale F] [--support-scale F | --benchmark-density] [--force]}: writes a synthetic data package over real CBS areas, deterministic for a seed, a row at a
 * time ({@link PackageGenerator}). By default the Enschede reference: GM0153, 2018-2022, 160,640 residents, seed
 * {@value PackageGenerator#DEFAULT_SEED}.
 *
 * <p>Wrong usage (exit code 2): a number of residents below 1, years that do not run forward or lie outside 1900-2100,
 * a code that is not a municipality of the CBS 2022 list, {@code --municipality} with {@code --country}, {@code --out}
 * naming a file. Bad input (exit code 1): a folder that already holds a package, without {@code --force}; a file that
 * cannot be written. On standard output: what was written, per resource; on standard error: progress (on a terminal)
 * and a closing summary line.
 */
@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Writes a SYNTHETIC data package over real CBS areas, the same for the same options and seed, a row at a"
                    + " time (a million residents need no more memory than a thousand). By default the Enschede"
                    + " reference: the municipality GM0153 with its 10 districts and 70 neighbourhoods (CBS 2022), its"
                    + " five boroughs (an illustrative table), the named initiatives, links, provisions and shelter"
                    + " pilot of the sources, and 160,640 synthetic residents over 2018-2022 in whose facts the"
                    + " outcomes the sources report show (docs/reference.md).",
            "Exit code 0 on success, 1 when the folder already holds a package (give --force) or a file cannot be"
                    + " written, 2 when an option's value is not one it takes."
        })
public final class GenerateCommand implements Callable<Integer> {

    @Spec
    @SuppressWarnings("NullAway.Init")
    CommandSpec spec;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            required = true,
            description = "the folder to write the package into (created if needed)")
    @SuppressWarnings("NullAway.Init")
    Path out;

    @Option(
            names = "--residents",
            paramLabel = "N",
            defaultValue = "" + PackageGenerator.DEFAULT_RESIDENTS,
            converter = Residents.class,
            description = "how many synthetic residents (default ${DEFAULT-VALUE}, Enschede's inhabitants in 2022)")
    int residents = PackageGenerator.DEFAULT_RESIDENTS;

    @Option(
            names = "--from",
            paramLabel = "YEAR",
            defaultValue = "" + PackageGenerator.DEFAULT_FROM,
            converter = YearValue.class,
            description = "the first year (default ${DEFAULT-VALUE}, the commission's first)")
    int from = PackageGenerator.DEFAULT_FROM;

    @Option(
            names = "--to",
            paramLabel = "YEAR",
            defaultValue = "" + PackageGenerator.DEFAULT_TO,
            converter = YearValue.class,
            description = "the last year (default ${DEFAULT-VALUE}, the commission's last)")
    int to = PackageGenerator.DEFAULT_TO;

    @Option(
            names = "--seed",
            paramLabel = "S",
            defaultValue = "" + PackageGenerator.DEFAULT_SEED,
            converter = Seed.class,
            description = "the seed of the random draws, a whole number (default ${DEFAULT-VALUE})")
    long seed = PackageGenerator.DEFAULT_SEED;

    @Option(
            names = "--municipality",
            paramLabel = "GM0153",
            description = "a municipality of the CBS 2022 list (default GM0153, Enschede: the reference, with its"
                    + " boroughs and story); another one gets synthetic facts without a story")
    Optional<String> municipality = Optional.empty();

    @Option(
            names = "--country",
            description = "every neighbourhood of the Netherlands (CBS 2022: 345 municipalities, 14,317"
                    + " neighbourhoods) instead of one municipality; Enschede keeps its boroughs and story")
    boolean country;

    @Option(
            names = "--participation-scale",
            paramLabel = "F",
            defaultValue = "1",
            converter = Scale.class,
            description = "multiplies the participations per resident (default ${DEFAULT-VALUE}: about 0.7 per"
                    + " resident over 2018-2022); more than 1 changes the story's rates")
    double participationScale = 1;

    @Option(
            names = "--survey-scale",
            paramLabel = "F",
            defaultValue = "1",
            converter = Scale.class,
            description = "multiplies the survey's sampling fraction, 3.5%% of adults a year (default ${DEFAULT-VALUE};"
                    + " at most 28)")
    double surveyScale = 1;

    @Option(
            names = "--support-scale",
            paramLabel = "F",
            defaultValue = "1",
            converter = Scale.class,
            description = "multiplies the rates at which support episodes start (default ${DEFAULT-VALUE}: about 0.2"
                    + " episodes per resident)")
    double supportScale = 1;

    @Option(
            names = "--benchmark-density",
            description = "the density of the performance workloads: --participation-scale 19 --survey-scale 2.5"
                    + " --support-scale 2.6, about 10 participations, 2 survey answers and 0.5 support episodes per"
                    + " resident; not with the three scales")
    boolean benchmarkDensity;

    @Option(names = "--force", description = "replace a package already in the folder")
    boolean force;

    @Override
    public Integer call() {
        if (from > to) {
            throw usage("--from " + from + " --to " + to + ": the last year is before the first");
        }
        if (country && municipality.isPresent()) {
            throw usage("--municipality and --country do not go together: give one municipality, or the country");
        }
        Optional<AreaCode> scope = country ? Optional.empty() : Optional.of(municipality());
        checkOut();
        PackageGenerator.Settings settings =
                new PackageGenerator.Settings(residents, from, to, seed, scope, intensity());
        String what = scope.map(code -> code.equals(EnschedeReference.MUNICIPALITY_CODE)
                        ? "the Enschede reference (GM0153)"
                        : "municipality " + code.value())
                .orElse("the Netherlands");
        Progress.say(
                spec,
                String.format(
                        Locale.ROOT,
                        "generating %s, %d-%d, %,d synthetic residents, seed %d, into %s ...",
                        what,
                        from,
                        to,
                        residents,
                        seed,
                        out));
        long start = System.nanoTime();
        PackageGenerator.Summary summary = PackageGenerator.generate(settings, out, line -> Progress.say(spec, line));
        double seconds = (System.nanoTime() - start) / 1e9;

        PrintWriter print = spec.commandLine().getOut();
        print.printf(Locale.ROOT, "%s: a SYNTHETIC data package of %s, %d-%d, seed %d%n", out, what, from, to, seed);
        PackageGenerator.Intensity rates = settings.intensity();
        if (!rates.standard()) {
            print.printf(
                    Locale.ROOT,
                    "  at scaled rates: participations x%s, survey x%s, support x%s (the story's outcomes hold only at"
                            + " x1)%n",
                    plain(rates.participations()),
                    plain(rates.survey()),
                    plain(rates.support()));
        }
        print.printf(Locale.ROOT, "  %-26s %,12d%n", "areas", summary.rows("areas"));
        for (Map.Entry<String, Long> entry : summary.rows().entrySet()) {
            if (!entry.getKey().equals("areas")) {
                print.printf(Locale.ROOT, "  %-26s %,12d%n", entry.getKey(), entry.getValue());
            }
        }
        print.printf(
                Locale.ROOT,
                "  next: welfare validate %s; welfare compute %s --from %d --to %d --level %s%n",
                out,
                out,
                from,
                to,
                country || settings.enschede() ? "borough" : "district");
        print.flush();
        PrintWriter err = spec.commandLine().getErr();
        err.println(String.format(
                Locale.ROOT,
                "%,d rows in %d files written to %s in %.1f s (seed %d)",
                summary.total(),
                summary.rows().size(),
                out,
                seconds,
                seed));
        err.flush();
        return Welfare.OK;
    }

    /** The multipliers of the scale options, or of {@code --benchmark-density}; wrong usage to give both. */
    private PackageGenerator.Intensity intensity() {
        List<String> scales = new ArrayList<>();
        for (String name : List.of("--participation-scale", "--survey-scale", "--support-scale")) {
            if (spec.commandLine().getParseResult().hasMatchedOption(name)) {
                scales.add(name);
            }
        }
        if (benchmarkDensity) {
            if (!scales.isEmpty()) {
                throw usage("--benchmark-density and " + String.join(", ", scales) + " do not go together: the"
                        + " density sets all three scales");
            }
            return PackageGenerator.Intensity.BENCHMARK;
        }
        if (surveyScale > PackageGenerator.Intensity.MAX_SURVEY) {
            throw usage("Invalid value for option '--survey-scale': must be at most 28 (a sampling fraction below"
                    + " 100%), not " + surveyScale);
        }
        return new PackageGenerator.Intensity(participationScale, surveyScale, supportScale);
    }

    private static String plain(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** The municipality of {@code --municipality}, GM0153 by default; wrong usage unless the CBS 2022 list has it. */
    private AreaCode municipality() {
        if (municipality.isEmpty()) {
            return EnschedeReference.MUNICIPALITY_CODE;
        }
        String text = municipality.get().trim().toUpperCase(Locale.ROOT);
        String demand = "must be a municipality of the CBS 2022 region list, GM and 4 digits such as GM0153 (Enschede)";
        if (!AreaCode.isWellFormed(text) || AreaCode.of(text).level() != AreaLevel.MUNICIPALITY) {
            throw usage("Invalid value for option '--municipality': " + demand + ", not '" + municipality.get() + "'");
        }
        AreaCode code = AreaCode.of(text);
        try {
            ReferenceData.regions(Optional.of(code));
        } catch (IllegalArgumentException | nl.welfare.adapters.files.fault.FileFaultException unknown) {
            throw usage("Invalid value for option '--municipality': " + demand + ", not '" + municipality.get()
                    + "' (no such municipality in 2022)");
        }
        return code;
    }

    /**
     * {@code --out} names a folder: not a file that exists, nor a name with a file's extension ({@code .csv}, {@code
     * .json}), which is wrong usage; a folder that holds a data package already is bad input unless {@code --force}.
     */
    private void checkOut() {
        String given = spec.findOption("--out").originalStringValues().stream()
                .reduce((first, second) -> second)
                .orElse(out.toString());
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw usage("--out " + given + " is a file; give the folder to write the package in");
        }
        Path name = out.getFileName();
        String text = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        if (!Files.exists(out) && (text.endsWith(".csv") || text.endsWith(".json"))) {
            throw usage("--out " + given + " names a file; give the folder to write the package in, such as "
                    + given.substring(0, given.lastIndexOf('.')));
        }
        if (Files.isDirectory(out) && !force) {
            List<String> there = new ArrayList<>();
            try (var entries = Files.list(out)) {
                entries.map(p -> String.valueOf(p.getFileName()))
                        .filter(f -> f.equals("datapackage.json") || f.endsWith(".csv"))
                        .sorted()
                        .forEach(there::add);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            if (!there.isEmpty()) {
                throw new BadInputException(out + ": already holds "
                        + String.join(", ", there.subList(0, Math.min(3, there.size())))
                        + (there.size() > 3 ? " and " + (there.size() - 3) + " more" : "")
                        + "; give --force to replace the package, or another folder");
            }
        }
    }

    /** Wrong usage (exit code 2): {@code message} and a hint to the command's help. */
    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    /** {@code --residents}: a whole number of at least 1. */
    static final class Residents implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String text) {
            String digits = text.trim().replace("_", "").replace(",", "");
            try {
                int n = Integer.parseInt(digits);
                if (n >= 1) {
                    return n;
                }
            } catch (NumberFormatException tooBigOrNot) {
                // said below
            }
            throw new TypeConversionException("must be a whole number of residents from 1 to " + Integer.MAX_VALUE
                    + ", such as 160640, not '" + text + "'");
        }
    }

    /** {@code --from}, {@code --to}: a year from 1900 to 2100. */
    static final class YearValue implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String text) {
            try {
                int year = Integer.parseInt(text.trim());
                if (year >= 1900 && year <= 2100) {
                    return year;
                }
            } catch (NumberFormatException notAYear) {
                // said below
            }
            throw new TypeConversionException("must be a year from 1900 to 2100, such as 2018, not '" + text + "'");
        }
    }

    /** {@code --participation-scale} and the like: a number above 0 and at most 100. */
    static final class Scale implements ITypeConverter<Double> {
        @Override
        public Double convert(String text) {
            try {
                double value = Double.parseDouble(text.trim());
                if (value > 0 && value <= PackageGenerator.Intensity.MAX) {
                    return value;
                }
            } catch (NumberFormatException notANumber) {
                // said below
            }
            throw new TypeConversionException(
                    "must be a number above 0 and at most 100, such as 1 or 2.5, not '" + text + "'");
        }
    }

    /** {@code --seed}: a whole number (a long). */
    static final class Seed implements ITypeConverter<Long> {
        @Override
        public Long convert(String text) {
            try {
                return Long.parseLong(text.trim());
            } catch (NumberFormatException notWhole) {
                throw new TypeConversionException("must be a whole number from " + Long.MIN_VALUE + " to "
                        + Long.MAX_VALUE + ", not '" + text + "'");
            }
        }
    }
}
