package nl.welfare.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.Optional;
import java.util.concurrent.Callable;
import nl.welfare.adapters.csv.cbs.CbsRegionList;
import nl.welfare.adapters.csv.cbs.CbsRegions;
import nl.welfare.domain.area.AreaCode;
import nl.welfare.domain.area.AreaLevel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code welfare areas import-cbs FILE}: reads a CBS region list and says what it holds. */
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

    /** {@code welfare areas import-cbs FILE [--municipality GM0153] [--vintage 2022]}. */
    @Command(
            name = "import-cbs",
            mixinStandardHelpOptions = true,
            description = {
                "Reads a CBS region list in the format of table 85318NED (Key,Title,Description,Municipality,"
                        + "DetailRegionCode) into an area hierarchy, and prints how many areas of each level it read"
                        + " and the vintage."
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
            CbsRegions regions = CbsRegionList.read(file, year, only);
            PrintWriter out = spec.commandLine().getOut();
            out.printf(
                    "%s: %,d areas%n", file.getFileName(), regions.hierarchy().size());
            for (AreaLevel level : AreaLevel.topDown()) {
                int count = regions.count(level);
                if (count > 0) {
                    out.printf("  %-14s %,d%n", level.code(), count);
                }
            }
            out.println(
                    "  vintage        " + regions.vintage().map(Year::toString).orElse("none (say it with --vintage)"));
            return Welfare.OK;
        }
    }
}
