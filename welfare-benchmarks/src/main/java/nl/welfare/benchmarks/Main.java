package nl.welfare.benchmarks;

import java.util.Arrays;

/**
 * The entry point of {@code welfare-benchmarks.jar}: {@code side-by-side [options]} (the default) runs the harness
 * ({@link SideBySide}), {@code peer-check DIR} the check of the peer ({@link PeerCheck}), {@code jmh [JMH options]}
 * the JMH kernels ({@code org.openjdk.jmh.Main}).
 */
public final class Main {

    private Main() {}

    /** Runs the subcommand named first. */
    public static void main(String[] args) throws Exception {
        String command = args.length == 0 ? "side-by-side" : args[0];
        String[] rest = args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length);
        switch (command) {
            case "side-by-side" -> SideBySide.main(rest);
            case "peer-check" -> PeerCheck.main(rest);
            case "jmh" -> org.openjdk.jmh.Main.main(rest);
            default -> {
                if (command.startsWith("-")) {
                    SideBySide.main(args);
                } else {
                    System.err.println(
                            "usage: java -jar welfare-benchmarks.jar [side-by-side [options] | peer-check DIR"
                                    + " | jmh [JMH options]]");
                    System.exit(2);
                }
            }
        }
    }
}
