package nl.welfare.benchmarks;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Runs one {@code welfare} command in this process ({@code java -Xmx... -cp welfare-benchmarks.jar
 * nl.welfare.benchmarks.HeapProbe compute DIR ...}) and then prints, on its last line of standard output, {@code
 * peak-heap BYTES rss-peak BYTES live-peak BYTES}: the sum of the heap pools' peak usage (an upper bound of the peak
 * heap, as the pools peak at different times, and large when the collector is lazy), the process's resident set
 * high-water mark ({@code VmHWM}), and the largest heap in use just after a garbage collection (the peak live set,
 * as the collections saw it; the memory-pool usage after each collection, summed over the pools). Exits with the command's
 * exit code.
 */
public final class HeapProbe {

    private HeapProbe() {}

    /** Runs {@code args} as the {@code welfare} command line and prints the peaks. */
    public static void main(String[] args) throws IOException {
        PrintWriter out = new PrintWriter(System.out, true);
        AtomicLong afterGc = new AtomicLong();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc)
                    .addNotificationListener(
                            (notification, handback) -> {
                                if (notification
                                        .getType()
                                        .equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                                    GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from(
                                            (CompositeData) notification.getUserData());
                                    long used = info.getGcInfo().getMemoryUsageAfterGc().values().stream()
                                            .mapToLong(MemoryUsage::getUsed)
                                            .sum();
                                    afterGc.accumulateAndGet(used, Math::max);
                                }
                            },
                            null,
                            null);
        }
        PrintWriter err = new PrintWriter(System.err, true);
        int code = nl.welfare.examples.cli.Welfare.run(args, new PrintWriter(java.io.Writer.nullWriter()), err);
        long heap = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                heap += pool.getPeakUsage().getUsed();
            }
        }
        out.println("peak-heap " + heap + " rss-peak " + vmHwm() + " live-peak " + afterGc.get());
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
