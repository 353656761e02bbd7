package nl.welfare.indicators.engine;

import nl.welfare.indicators.dataset.FactTable;

/**
 * A compiled filter (rijtoets): whether the fact in a row of one {@link FactTable} passes, read from the table's
 * primitive columns without creating objects. {@link FilterEvaluator} compiles one from a
 * {@link nl.welfare.indicators.definition.Filter}.
 *
 * <pre>{@code
 * RowPredicate volunteers = FilterEvaluator.compile(
 *         Filter.equalTo("role", "volunteer"), FactType.PARTICIPATIONS, dataset, ReportingPeriod.year(2021));
 * volunteers.test(0); // whether row 0 of the participations is a volunteer's
 * }</pre>
 */
@FunctionalInterface
public interface RowPredicate {

    /** Whether the fact in {@code row} (0 to the table's size - 1) passes. */
    boolean test(int row);
}
