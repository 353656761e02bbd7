package nl.welfare.benchmarks;

/** The side-by-side harness (to come). */
public final class SideBySide {
    private SideBySide() {}

    /** Runs the harness. */
    public static void main(String[] args) {}
}
