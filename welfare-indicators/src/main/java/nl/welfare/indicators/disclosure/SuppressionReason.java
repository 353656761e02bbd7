package nl.welfare.indicators.disclosure;

/**
 * Why a cell is suppressed (reden van geheimhouding). Published outputs never say: every suppressed cell has the one
 * status {@code SUPPRESSED}; the reason is for the data owner's audit ({@code welfare compute --audit}).
 */
public enum SuppressionReason {
    /** Fewer persons behind the cell than the minimum (zero included). */
    PRIMARY_BELOW_MINIMUM,
    /** A share's numerator counts 1 to 4 persons (the small band). */
    PRIMARY_SMALL_NUMERATOR,
    /** A share's denominator minus numerator counts 1 to 4 persons (the small band). */
    PRIMARY_SMALL_COMPLEMENT,
    /**
     * A cell that outputs of finer periods may split (a year when quarters may be published) whose numerator or
     * complement is below the minimum, or whose mean has every answer at one end of the scale: its finer parts could
     * not be protected once it is published.
     */
    PRIMARY_FOR_FINER_PERIODS,
    /** The cell publishes a count that a suppressed cell holds too (two indicators over the same population). */
    SHARED_COUNT,
    /** Suppressed so that a relation does not give back a suppressed count (the other parts and the total). */
    SECONDARY_RELATION,
    /** Suppressed because the linear-program audit found a suppressed count's range too narrow without it. */
    SECONDARY_AUDIT,
    /** Suppressed in an earlier release (the ledger) or an earlier stage of the same decision. */
    EARLIER_DECISION;

    /** Whether the cell itself is too small to publish. */
    public boolean isPrimary() {
        return this == PRIMARY_BELOW_MINIMUM
                || this == PRIMARY_SMALL_NUMERATOR
                || this == PRIMARY_SMALL_COMPLEMENT
                || this == PRIMARY_FOR_FINER_PERIODS;
    }
}
