package nl.welfare.examples.cli;

import picocli.CommandLine.Model.CommandSpec;

/** Progress of long work: shown on standard error when it is a terminal, quiet when output goes to a file or pipe. */
final class Progress {

    private Progress() {}

    /** Says {@code what} on the command's standard error, if a person is watching. */
    static void say(CommandSpec spec, String what) {
        if (System.console() != null) {
            spec.commandLine().getErr().println(what);
        }
    }
}
