package nl.welfare.indicators.engine;

import java.time.Year;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import nl.welfare.domain.area.AreaCode;
import nl.welfare.domain.time.ReportingPeriod;
import nl.welfare.indicators.dataset.Dataset;
import nl.welfare.indicators.definition.FactType;
import nl.welfare.indicators.definition.IndicatorDefinition;

/**
 * What the engine asks a {@link FigureSource} for: the definitions (by index {@code d}), the area cells (by index
 * {@code cell}: every area of the CBS levels reported, then the groups of every grouping) and the periods (by index
 * {@code p}, distinct and in order; they may overlap, years next to spans of years). A fact counts in the cells {@link #cellsOf} its
 * area and in every period that holds its date (a flow) or that its span is active in (a stock).
 */
public final class FigureCover {

    private final List<IndicatorDefinition> definitions;
    private final Dataset dataset;
    private final ReportingPeriod[] periods;
    private final AreaCells cells;

    FigureCover(List<IndicatorDefinition> definitions, Dataset dataset, ReportingPeriod[] periods, AreaCells cells) {
        this.definitions = definitions;
        this.dataset = dataset;
        this.periods = periods;
        this.cells = cells;
    }

    /** The definitions, in the order of the evaluation. */
    public List<IndicatorDefinition> definitions() {
        return definitions;
    }

    /**
     * Whether definition {@code d} is computed from facts, so that a source must give its figures; the kinds over other
     * indicators ({@code THRESHOLD_SHARE}, {@code CHANGE}) are not: the engine computes them from published results.
     */
    public boolean fromFacts(int d) {
        return definitions.get(d).measure().base().isEmpty();
    }

    /**
     * The dataset the engine evaluates: its hierarchy, groupings and populations define the cells; a source other than
     * the in-memory passes reads the facts elsewhere.
     */
    public Dataset dataset() {
        return dataset;
    }

    /** Whether the package has the resource of {@code type} at all: a definition over one it lacks has no data. */
    public boolean hasFacts(FactType type) {
        return dataset.hasFacts(type);
    }

    /** The periods, in order. */
    public List<ReportingPeriod> periods() {
        return List.of(periods);
    }

    ReportingPeriod[] periodArray() {
        return periods;
    }

    AreaCells cells() {
        return cells;
    }

    /** The number of cells. */
    public int cellCount() {
        return cells.size();
    }

    /** The area or group code of {@code cell}. */
    public String code(int cell) {
        return cells.code(cell);
    }

    /** The level of {@code cell}: a CBS level's code or a grouping's name. */
    public String level(int cell) {
        return cells.level(cell);
    }

    /** Whether {@code cell} is a group of a grouping. */
    public boolean isGroup(int cell) {
        return cells.isGroup(cell);
    }

    /**
     * The cells a fact of area {@code code} counts in: the area and its ancestors at a reported level, and the group of
     * its neighbourhood in each grouping; none for an area outside the hierarchy.
     */
    public int[] cellsOf(AreaCode code) {
        int[] found = cells.targets(dataset.indexOf(code));
        return Arrays.copyOf(found, found.length);
    }

    /**
     * The inhabitants of {@code cell} in {@code year} (for a group, the sum of its neighbourhoods' when each has one), as
     * a rate divides by.
     */
    public OptionalInt population(int cell, Year year) {
        return cells.population(dataset, cell, year);
    }
}
