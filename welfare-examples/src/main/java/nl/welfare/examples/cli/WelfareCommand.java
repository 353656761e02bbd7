package nl.welfare.examples.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code welfare} command: a subcommand is required; without one it prints its usage and exits with 2. */
@Command(
        name = "welfare",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Computes what neighbourhood welfare programmes achieve, from open data packages.",
        subcommands = {
            DemoCommand.class,
            ValidateCommand.class,
            ImportCommand.class,
            ComputeCommand.class,
            ReportCommand.class,
            GenerateCommand.class,
            CatalogueCommand.class,
            AreasCommand.class,
            CommandLine.HelpCommand.class
        })
public final class WelfareCommand implements Runnable {

    @Spec
    @SuppressWarnings("NullAway.Init")
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing required subcommand");
    }
}
