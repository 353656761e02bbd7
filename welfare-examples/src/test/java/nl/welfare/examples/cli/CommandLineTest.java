package nl.welfare.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The welfare command line")
class CommandLineTest {

    /** The exit code, standard output and standard error of one run. */
    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Welfare.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    @DisplayName("without a subcommand prints its usage and exits with 2")
    void noSubcommand() {
        Run run = run();
        assertEquals(Welfare.USAGE, run.code());
        assertTrue(run.err().contains("Usage: welfare"), run.err());
    }

    @Test
    @DisplayName("rejects an unknown subcommand or option with exit code 2")
    void wrongUsage() {
        assertEquals(Welfare.USAGE, run("frobnicate").code());
        assertEquals(Welfare.USAGE, run("catalogue", "--colour").code());
        assertEquals(Welfare.USAGE, run("catalogue", "--format", "xml").code());
    }

    @Test
    @DisplayName("prints help for itself and each subcommand, exiting with 0")
    void help() {
        Run main = run("--help");
        assertEquals(Welfare.OK, main.code());
        assertTrue(main.out().contains("catalogue"), main.out());
        Run catalogue = run("catalogue", "--help");
        assertEquals(Welfare.OK, catalogue.code());
        assertTrue(catalogue.out().contains("--format"), catalogue.out());
    }

    @Test
    @DisplayName("catalogue lists the seventeen reference indicators")
    void catalogue() {
        Run run = run("catalogue");
        assertEquals(Welfare.OK, run.code(), run.err());
        assertEquals(1 + 17, run.out().lines().count());
        assertTrue(run.out().contains("resident-led-initiatives"), run.out());
        assertTrue(run.out().contains("collective-to-individual-ratio"), run.out());
    }
}
