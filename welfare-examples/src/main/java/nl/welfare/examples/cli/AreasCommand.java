package nl.welfare.examples.cli;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import nl.welfare.adapters.files.cbs.CbsKeyFigures;
import nl.welfare.adapters.files.cbs.CbsRegionList;
import nl.welfare.adapters.files.cbs.CbsRegions;
import nl.welfare.adapters.files.datapackage.DataPackageWriter;
import nl.welfare.domain.area.AreaCode;
import nl.welfare.domain.area.AreaLevel;
import nl.welfare.domain.spi.Areas;
import nl.welfare.domain.value.Violation;
import nl.welfare.indicators.dataset.Dataset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code welfare areas import-cbs FILE}: reads a CBS region list, says what it holds and, with {@code --out DIR}, starts
 * a data package from it; with {@code --jdbc URL}, stores its areas in a database.
 */
@Command(
        name = "areas",
        mixinStandardHelpOptions = true,
        description = "Works with area hierarchies.",
        subcommands = {AreasCommand.ImportCbs.class})
public final class AreasCommand implements Runnable {

    @Spec
    @SuppressWarnings("NullAway.Init")
    CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing required subcommand");
    }

    /**
     * {@code welfare areas import-cbs FILE [--municipality GM0153] [--vintage 2022] [--key-figures FILE
     * [--key-figures-year 2013]] [--out DIR [--force]] [--jdbc URL]}.
     */
    @Command(
            name = "import-cbs",
            mixinStandardHelpOptions = true,
            description = {
                "Reads a CBS region list in the format of table 85318NED (Key,Title,Description,Municipality,"
                        + "DetailRegionCode) into an area hierarchy, and prints how many areas of each level it read"
                        + " and the vintage.",
                "With --key-figures, adds the inhabitants per neighbourhood of a CBS key-figures file (bu_code,"
                        + " aant_inw) as populations of a year.",
                "With --jdbc URL, stores the hierarchy (and the populations of --key-figures) in that database"
                        + " through its Areas port, replacing the hierarchy it held; --out and --jdbc may be given"
                        + " together.",
                "With --out DIR, writes the start of a data package into DIR: areas.csv, area_populations.csv (with"
                        + " --key-figures) and a datapackage.json that declares them, ready for 'welfare validate DIR'"
                        + " and for the other resources to be added. Files already there are not replaced without"
                        + " --force."
            })
    static final class ImportCbs implements Callable<Integer> {

        @Spec
        @SuppressWarnings("NullAway.Init")
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "the CBS region list (CSV)")
        @SuppressWarnings("NullAway.Init")
        Path file;

        @Option(names = "--municipality", paramLabel = "GM0153", description = "keep only this municipality's areas")
        @SuppressWarnings("NullAway.Init")
        Optional<String> municipality;

        @Option(
                names = "--vintage",
                paramLabel = "YEAR",
                description = "the year of the area division; by default the year in the file name")
        @SuppressWarnings("NullAway.Init")
        Optional<Integer> vintage;

        @Option(
                names = "--key-figures",
                paramLabel = "FILE",
                description = "a CBS neighbourhood key-figures file (bu_code, aant_inw) whose inhabitants to add")
        @SuppressWarnings("NullAway.Init")
        Optional<Path> keyFigures;

        @Option(
                names = "--key-figures-year",
                paramLabel = "YEAR",
                description = "the year the key figures count; by default the year in their file name")
        @SuppressWarnings("NullAway.Init")
        Optional<Integer> keyFiguresYear;

        @Option(
                names = "--out",
                paramLabel = "DIR",
                description = "write areas.csv (and area_populations.csv) and datapackage.json into this folder")
        @SuppressWarnings("NullAway.Init")
        Optional<Path> out;

        @Option(
                names = "--jdbc",
                paramLabel = "URL",
                converter = Database.Url.class,
                description = "store the hierarchy (and populations) in this database: jdbc:h2:file:PATH,"
                        + " jdbc:postgresql://HOST:PORT/DB?user=U&password=P or jdbc:mariadb://...")
        @SuppressWarnings("NullAway.Init")
        Optional<String> jdbc;

        @Option(
                names = "--force",
                description = "with --out: replace datapackage.json, areas.csv and area_populations.csv if there")
        boolean force;

        @Override
        public Integer call() {
            Optional<AreaCode> only = Optional.empty();
            if (municipality.isPresent()) {
                var parsed =
                        AreaCode.parse("municipality", municipality.get().trim().toUpperCase(java.util.Locale.ROOT));
                if (parsed.isInvalid()) {
                    throw new picocli.CommandLine.ParameterException(
                            spec.commandLine(),
                            "Invalid value for option '--municipality': "
                                    + parsed.getError().head());
                }
                only = Optional.of(parsed.get());
            }
            if (!Files.isRegularFile(file)) {
                throw new BadInputException(file + ": no such file");
            }
            Optional<Year> year = vintage.map(Year::of)
                    .or(() -> CbsRegionList.vintageOf(file.getFileName().toString()));
            if (keyFiguresYear.isPresent() && keyFigures.isEmpty()) {
                throw new BadInputException("--key-figures-year: give it with --key-figures FILE");
            }
            if (force && out.isEmpty()) {
                throw new BadInputException("--force: give it with --out DIR");
            }
            Optional<Year> figuresYear = Optional.empty();
            if (keyFigures.isPresent()) {
                Path figures = keyFigures.get();
                if (!Files.isRegularFile(figures)) {
                    throw new BadInputException(figures + ": no such file (--key-figures)");
                }
                figuresYear = keyFiguresYear
                        .map(Year::of)
                        .or(() -> CbsRegionList.vintageOf(String.valueOf(figures.getFileName())));
                if (figuresYear.isEmpty()) {
                    throw new BadInputException(figures + ": its name gives no year; say which year the key figures"
                            + " count with --key-figures-year");
                }
            }
            List<String> files = out.isPresent() ? filesToWrite(out.get()) : List.of();
            CbsRegions regions = CbsRegionList.read(file, year, only);
            if (keyFigures.isPresent() && figuresYear.isPresent()) {
                regions = CbsKeyFigures.addPopulations(regions, keyFigures.get(), figuresYear.get());
            }
            PrintWriter print = spec.commandLine().getOut();
            print.printf(
                    "%s: %,d areas%n", file.getFileName(), regions.hierarchy().size());
            for (AreaLevel level : AreaLevel.topDown()) {
                int count = regions.count(level);
                if (count > 0) {
                    print.printf("  %-14s %,d%n", level.code(), count);
                }
            }
            print.println(
                    "  vintage        " + regions.vintage().map(Year::toString).orElse("none (say it with --vintage)"));
            if (keyFigures.isPresent()) {
                print.printf(
                        "  populations    %,d (%s, from %s)%n",
                        regions.populations().size(),
                        figuresYear.map(Year::toString).orElse(""),
                        keyFigures.get().getFileName());
            }
            if (out.isPresent()) {
                write(regions, out.get(), files, print);
            }
            if (jdbc.isPresent()) {
                store(regions, Database.of(jdbc), print);
            }
            return Welfare.OK;
        }

        /**
         * The files {@code --out} will write into {@code folder}, or a {@link BadInputException} when one is there
         * already and {@code --force} is not given, or the folder is a file.
         */
        private List<String> filesToWrite(Path folder) {
            if (Files.exists(folder) && !Files.isDirectory(folder)) {
                throw new BadInputException(folder + ": not a folder (--out)");
            }
            List<String> files = new ArrayList<>(List.of("datapackage.json", "areas.csv"));
            if (keyFigures.isPresent()) {
                files.add("area_populations.csv");
            }
            List<String> there =
                    files.stream().filter(f -> Files.exists(folder.resolve(f))).toList();
            if (!there.isEmpty() && !force) {
                throw new BadInputException(folder + ": already holds " + String.join(", ", there)
                        + "; give --force to replace " + (there.size() == 1 ? "it" : "them"));
            }
            return files;
        }

        /**
         * Stores the hierarchy (and populations) of {@code regions} through the {@code Areas} port of the database;
         * a {@link BadInputException} listing the violations when the store refuses them (a grouping or population
         * it holds names an area the new hierarchy lacks).
         */
        private void store(CbsRegions regions, Database database, PrintWriter print) {
            Progress.say(spec, "storing the areas in " + database.where() + " ...");
            String kind = database.with(store -> {
                Areas areas = store.areas();
                Either<Seq<Violation>, ?> stored = areas.saveHierarchy(regions.hierarchy());
                if (stored.isRight() && !regions.populations().isEmpty()) {
                    stored = areas.savePopulations(regions.populations());
                }
                if (stored.isLeft()) {
                    throw new BadInputException(database.where() + ": the areas were not stored: "
                            + stored.getLeft().map(Violation::toString).mkString("; "));
                }
                return store.database();
            });
            print.printf(
                    "stored in %s (%s): %,d areas%s%n",
                    database.where(),
                    database.kind(kind),
                    regions.hierarchy().size(),
                    regions.populations().isEmpty()
                            ? ""
                            : String.format(
                                    ", %,d populations", regions.populations().size()));
        }

        /** Writes the areas (and populations) of {@code regions} as a data package into {@code folder}. */
        private static void write(CbsRegions regions, Path folder, List<String> files, PrintWriter print) {
            Dataset.Builder dataset = Dataset.builder().hierarchy(regions.hierarchy());
            regions.populations().forEach(dataset::add);
            DataPackageWriter.write(dataset.build(), folder);
            print.printf("wrote %s: %s%n", folder, String.join(", ", files));
            if (regions.vintage().isEmpty()) {
                print.println("  without vintage: 'welfare validate' will warn; give it with --vintage");
            }
            print.println("  next: add the other resources (residents.csv, ...), then: welfare validate " + folder);
        }
    }
}
