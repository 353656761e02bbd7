package nl.welfare.indicators.disclosure;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.welfare.domain.time.PeriodGranularity;

/**
 * What earlier releases of a data package published and suppressed (publicatieregister), kept by the publisher so that
 * later outputs stay consistent with them: a cell suppressed before stays suppressed, a cell published before stays
 * published and counts as known. It covers what one decision cannot see: definitions added later, a new year of data,
 * an output of another tool run. It records the rules it was made under, since consistency holds only under the same
 * rules (and the same rounding key, of which it keeps the fingerprint only).
 *
 * <pre>{@code
 * Ledger ledger = Ledger.empty(rules);
 * ledger = ledger.plus(release.released());   // after each output
 * ledger.matches(rules);                       // true: later outputs under these rules may use it
 * }</pre>
 */
public final class Ledger {

    private final int minimum;
    private final int smallBand;
    private final PeriodGranularity finestPeriod;
    private final Optional<Integer> roundingBase;
    private final Optional<String> keyFingerprint;
    private final Map<CellKey, CellStatus> cells;

    private Ledger(
            int minimum,
            int smallBand,
            PeriodGranularity finestPeriod,
            Optional<Integer> roundingBase,
            Optional<String> keyFingerprint,
            Map<CellKey, CellStatus> cells) {
        this.minimum = minimum;
        this.smallBand = smallBand;
        this.finestPeriod = finestPeriod;
        this.roundingBase = roundingBase;
        this.keyFingerprint = keyFingerprint;
        this.cells = Collections.unmodifiableMap(new TreeMap<>(cells));
    }

    /** A ledger of no releases, under {@code rules}. */
    public static Ledger empty(DisclosureRules rules) {
        return new Ledger(
                rules.minimum(),
                rules.smallBand(),
                rules.finestPeriod(),
                rules.roundingBase(),
                rules.roundingKey().map(RoundingKey::fingerprint),
                Map.of());
    }

    /** A ledger as read from a file: the rules it records and its cells. */
    public static Ledger of(
            int minimum,
            int smallBand,
            PeriodGranularity finestPeriod,
            Optional<Integer> roundingBase,
            Optional<String> keyFingerprint,
            Map<CellKey, CellStatus> cells) {
        return new Ledger(minimum, smallBand, finestPeriod, roundingBase, keyFingerprint, cells);
    }

    /**
     * This ledger and the cells of one more release; a cell published in either stays published (it cannot be taken
     * back).
     */
    public Ledger plus(Map<CellKey, CellStatus> released) {
        Map<CellKey, CellStatus> all = new TreeMap<>(cells);
        released.forEach((key, status) -> all.merge(
                key,
                status,
                (a, b) -> a == CellStatus.PUBLISHED || b == CellStatus.PUBLISHED ? CellStatus.PUBLISHED : a));
        return new Ledger(minimum, smallBand, finestPeriod, roundingBase, keyFingerprint, all);
    }

    /** Whether outputs under {@code rules} may be made consistent with this ledger: the same rules and rounding key. */
    public boolean matches(DisclosureRules rules) {
        return rules.enabled()
                && rules.minimum() == minimum
                && rules.smallBand() == smallBand
                && rules.finestPeriod() == finestPeriod
                && rules.roundingBase().equals(roundingBase)
                && rules.roundingKey().map(RoundingKey::fingerprint).equals(keyFingerprint);
    }

    /** The minimum of the rules it was made under. */
    public int minimum() {
        return minimum;
    }

    /** The band of the rules it was made under. */
    public int smallBand() {
        return smallBand;
    }

    /** The finest period of the rules it was made under. */
    public PeriodGranularity finestPeriod() {
        return finestPeriod;
    }

    /** The rounding base of the rules it was made under, if any. */
    public Optional<Integer> roundingBase() {
        return roundingBase;
    }

    /** The fingerprint of the rounding key it was made with, if any (never the key). */
    public Optional<String> keyFingerprint() {
        return keyFingerprint;
    }

    /** Every cell released, with its status, in key order. */
    public Map<CellKey, CellStatus> cells() {
        return cells;
    }

    /** Equal when the rules recorded and every cell with its status are equal. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Ledger that
                && minimum == that.minimum
                && smallBand == that.smallBand
                && finestPeriod == that.finestPeriod
                && roundingBase.equals(that.roundingBase)
                && keyFingerprint.equals(that.keyFingerprint)
                && cells.equals(that.cells);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(minimum, smallBand, finestPeriod, roundingBase, keyFingerprint, cells);
    }

    /** The rules it records, in words. */
    @Override
    public String toString() {
        return "ledger of " + cells.size() + " cells (minimum " + minimum + ", band 1-" + smallBand
                + ", periods down to " + finestPeriod.code()
                + roundingBase.map(b -> ", rounded to multiples of " + b).orElse("") + ")";
    }
}
