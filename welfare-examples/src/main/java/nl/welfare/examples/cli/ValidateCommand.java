package nl.welfare.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.welfare.adapters.files.datapackage.DataPackageRead;
import nl.welfare.adapters.files.datapackage.DataPackageReader;
import nl.welfare.adapters.files.fault.FileFault;
import nl.welfare.indicators.dataset.Dataset;
import nl.welfare.indicators.definition.FactType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code welfare validate DIR}: checks a data package and lists every fault. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = {
            "Checks a data package (a folder with datapackage.json and its CSV files) and lists every fault on standard"
                    + " error: file, line, column, field and rule. Warnings (such as survey answers that are not valid"
                    + " for their question) are listed too but do not fail it.",
            "Exit code 0 when the package is valid, 1 when it has faults, 2 when DIR is a file other than"
                    + " datapackage.json."
        })
public final class ValidateCommand implements Callable<Integer> {

    @Spec
    @SuppressWarnings("NullAway.Init")
    CommandSpec spec;

    @Parameters(
            paramLabel = "DIR",
            description = "the data package's folder (or its datapackage.json); not one of its CSV files: the whole"
                    + " package is checked")
    @SuppressWarnings("NullAway.Init")
    Path folder;

    @Override
    public Integer call() {
        PackagePath.require(folder, spec);
        Progress.say(spec, "checking " + folder + " ...");
        DataPackageRead read = DataPackageReader.validate(folder);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        for (FileFault fault : read.faults()) {
            err.println(fault.message());
        }
        if (read.hasErrors()) {
            err.printf(
                    "%s: %d %s, %d %s%n",
                    folder,
                    read.errors().size(),
                    read.errors().size() == 1 ? "fault" : "faults",
                    read.warnings().size(),
                    read.warnings().size() == 1 ? "warning" : "warnings");
            return Welfare.BAD_INPUT;
        }
        Dataset dataset = read.orElseThrow();
        out.printf(
                "%s: valid, %d areas%s%n",
                folder,
                dataset.hierarchy().size(),
                dataset.hierarchy().vintage().map(y -> " (vintage " + y + ")").orElse(" (no vintage)"));
        for (FactType type : FactType.values()) {
            if (dataset.hasFacts(type)) {
                out.printf("  %-26s %,d%n", type.resource(), dataset.table(type).size());
            }
        }
        if (!read.warnings().isEmpty()) {
            out.printf(
                    "  %d %s on standard error%n",
                    read.warnings().size(), read.warnings().size() == 1 ? "warning" : "warnings");
        }
        return Welfare.OK;
    }
}
