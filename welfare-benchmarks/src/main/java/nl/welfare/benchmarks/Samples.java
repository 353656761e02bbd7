package nl.welfare.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Timings of one measure over several runs, in nanoseconds: median with min and max. */
public final class Samples {

    private final List<Long> nanos = new ArrayList<>();

    /** Adds one run's time. */
    public void add(long time) {
        nanos.add(time);
    }

    /** Whether there are none. */
    public boolean isEmpty() {
        return nanos.isEmpty();
    }

    /** The median (of an even number, the mean of the middle two). */
    public double median() {
        List<Long> sorted = sorted();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }

    /** The smallest. */
    public long min() {
        return sorted().get(0);
    }

    /** The largest. */
    public long max() {
        List<Long> sorted = sorted();
        return sorted.get(sorted.size() - 1);
    }

    /** The difference of the medians, {@code this - other}, clamped at zero. */
    public double medianMinus(Samples other) {
        return Math.max(0, median() - other.median());
    }

    /** {@code 1.23 s (1.20-1.31)}. */
    public String text() {
        return seconds(median()) + " s (" + seconds(min()) + "-" + seconds(max()) + ")";
    }

    /** Seconds with two decimals, or three below one second. */
    public static String seconds(double nanos) {
        double s = nanos / 1e9;
        return String.format(Locale.ROOT, s < 1 ? "%.3f" : "%.2f", s);
    }

    private List<Long> sorted() {
        if (nanos.isEmpty()) {
            throw new IllegalStateException("no samples");
        }
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return sorted;
    }
}
