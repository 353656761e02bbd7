package nl.welfare.examples.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import nl.welfare.adapters.files.fault.FileFault;
import nl.welfare.adapters.files.fault.FileFaultException;
import nl.welfare.domain.value.InvalidValueException;
import nl.welfare.domain.value.Violation;
import picocli.CommandLine;

/**
 * The entry point of the {@code welfare} command line: runs one subcommand and exits with 0 on success, 1 on bad input
 * (every fault listed on standard error, no stack trace) and 2 on wrong usage.
 *
 * <pre>{@code
 * java -jar welfare-examples/target/welfare.jar catalogue
 * java -jar welfare-examples/target/welfare.jar validate examples/data/enschede
 * java -jar welfare-examples/target/welfare.jar compute examples/data/enschede --level district --period year
 * }</pre>
 *
 * <p>From Java, {@link #run(String[], PrintWriter, PrintWriter)} runs a command with its output captured, as the tests
 * do.
 */
public final class Welfare {

    /** The exit code of a command that succeeded. */
    public static final int OK = 0;

    /** The exit code of a command whose input files had faults (or whose years lie outside the package's facts). */
    public static final int BAD_INPUT = 1;

    /**
     * The exit code of a command that was called wrongly: an unknown option, a missing argument, an option value it
     * does not take (the message lists those it does), options that do not go together.
     */
    public static final int USAGE = 2;

    private Welfare() {}

    /** Runs the command line {@code args} and exits the JVM with its exit code. */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err));
    }

    /** Runs the command line {@code args}, writing to {@code out} and {@code err}, and returns its exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new WelfareCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setParameterExceptionHandler(Welfare::usage);
        cli.setExecutionExceptionHandler((e, command, parsed) -> {
            if (e instanceof FileFaultException) {
                FileFaultException faults = (FileFaultException) e;
                for (FileFault fault : faults.faults()) {
                    err.println(fault.message());
                }
                err.println(faults.faults().size() + (faults.faults().size() == 1 ? " fault" : " faults"));
                return BAD_INPUT;
            }
            if (e instanceof InvalidValueException) {
                for (Violation violation : ((InvalidValueException) e).violations()) {
                    err.println(violation);
                }
                return BAD_INPUT;
            }
            if (e instanceof BadInputException) {
                err.println(e.getMessage());
                return BAD_INPUT;
            }
            if (e instanceof java.io.IOException || e instanceof java.io.UncheckedIOException) {
                Throwable cause = e instanceof java.io.UncheckedIOException ? e.getCause() : e;
                err.println("welfare: cannot read or write a file: " + cause);
                return BAD_INPUT;
            }
            err.println("welfare: internal error, please report it with the command that caused it:");
            e.printStackTrace(err);
            return CommandLine.ExitCode.SOFTWARE;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /**
     * Wrong usage: the message (which lists the values an option takes), suggestions for a misspelt option or
     * subcommand, then the usage of a command that needs a subcommand, or else where its help is, so that the message
     * is not lost above a screen of options.
     */
    private static int usage(CommandLine.ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        err.println(e.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        if (!command.getSubcommands().isEmpty()) {
            command.usage(err);
        } else {
            err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for its options.");
        }
        err.flush();
        return USAGE;
    }
}
