package nl.welfare.indicators.disclosure;

/** Why a cell is suppressed (reden van geheimhouding). */
public enum SuppressionReason {
    /** Fewer persons behind the cell than the minimum (zero included). */
    PRIMARY_BELOW_MINIMUM,
    /** A share's numerator counts 1 to 4 persons (the small band). */
    PRIMARY_SMALL_NUMERATOR,
    /** A share's denominator minus numerator counts 1 to 4 persons (the small band). */
    PRIMARY_SMALL_COMPLEMENT,
    /** Suppressed to protect other suppressed cells, so that no subtraction gives them back. */
    SECONDARY;

    /** Whether the cell itself is too small to publish. */
    public boolean isPrimary() {
        return this != SECONDARY;
    }
}
