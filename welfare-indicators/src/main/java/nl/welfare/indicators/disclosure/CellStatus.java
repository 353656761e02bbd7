package nl.welfare.indicators.disclosure;

/** Whether a cell is published or suppressed (status: gepubliceerd of geheim). */
public enum CellStatus {
    /** The cell's counts are published (rounded, when the rules round). */
    PUBLISHED,
    /** The cell is suppressed: nothing of its value is published. */
    SUPPRESSED
}
