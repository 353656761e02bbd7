package nl.welfare.examples.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Progress of long work ({@code reading ...}, {@code computing 17 indicators ...}): shown on standard error when a
 * person watches it, that is when standard error is a terminal, whatever standard output is (so also with {@code
 * welfare compute DIR > results.csv}); quiet when standard error goes to a file or a pipe.
 *
 * <p>Whether standard error is a terminal: the system property {@value #PROPERTY} when set ({@code true} or {@code
 * false}; the {@code ./welfare} script sets it from {@code [ -t 2 ]}); else, on Linux, where {@code /proc/self/fd/2}
 * leads (a {@code /dev/pts/} or {@code /dev/tty} device); else whether Java has a console, which it has only when
 * standard input and output are terminals too.
 */
final class Progress {

    /** The system property that says whether standard error is a terminal, overriding the guess. */
    static final String PROPERTY = "welfare.progress";

    private Progress() {}

    /** Says {@code what} on the command's standard error, if a person is watching. */
    static void say(CommandSpec spec, String what) {
        if (watched()) {
            spec.commandLine().getErr().println(what);
        }
    }

    /** Whether standard error is a terminal, as the class comment says it is found. */
    static boolean watched() {
        String said = System.getProperty(PROPERTY);
        if (said != null && !said.isBlank()) {
            return Boolean.parseBoolean(said.trim().toLowerCase(Locale.ROOT));
        }
        Path stderr = Path.of("/proc/self/fd/2");
        if (Files.isSymbolicLink(stderr)) {
            try {
                String device = Files.readSymbolicLink(stderr).toString();
                return device.startsWith("/dev/pts/") || device.startsWith("/dev/tty");
            } catch (IOException | UnsupportedOperationException | SecurityException unreadable) {
                // guess as below
            }
        }
        return System.console() != null;
    }
}
