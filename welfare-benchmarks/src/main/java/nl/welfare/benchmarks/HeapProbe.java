package nl.welfare.benchmarks;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs one {@code welfare} command in this process ({@code java -Xmx... -cp welfare-benchmarks.jar
 * nl.welfare.benchmarks.HeapProbe compute DIR ...}) and then prints, on its last line of standard output, {@code
 * peak-heap BYTES rss-peak BYTES}: the sum of the heap pools' peak usage (an upper bound of the peak heap, as the pools
 * peak at different times) and the process's resident set high-water mark ({@code VmHWM}). Exits with the command's
 * exit code.
 */
public final class HeapProbe {

    private HeapProbe() {}

    /** Runs {@code args} as the {@code welfare} command line and prints the peaks. */
    public static void main(String[] args) throws IOException {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        int code = nl.welfare.examples.cli.Welfare.run(args, new PrintWriter(java.io.Writer.nullWriter()), err);
        long heap = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                heap += pool.getPeakUsage().getUsed();
            }
        }
        out.println("peak-heap " + heap + " rss-peak " + vmHwm());
        out.flush();
        System.exit(code);
    }

    /** The resident set high-water mark in bytes, or -1 where /proc does not tell. */
    static long vmHwm() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return -1;
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
            }
        }
        return -1;
    }
}
