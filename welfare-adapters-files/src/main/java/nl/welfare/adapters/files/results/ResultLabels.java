package nl.welfare.adapters.files.results;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.welfare.domain.area.Area;
import nl.welfare.domain.area.AreaGroup;
import nl.welfare.domain.area.AreaGrouping;
import nl.welfare.domain.area.AreaHierarchy;
import nl.welfare.indicators.dataset.Dataset;
import nl.welfare.indicators.definition.IndicatorDefinition;
import nl.welfare.indicators.definition.IndicatorId;

/**
 * The names behind the codes of a results table (labels): each indicator's name, unit and polarity from its definition,
 * and each area's name from the package's area hierarchy (the CBS lists) or a group's from its grouping. {@code
 * welfare compute --labels} writes them as the columns {@code indicator_name}, {@code unit}, {@code polarity} and
 * {@code area_name}; the XLSX workbook always does.
 *
 * <pre>{@code
 * ResultLabels labels = ResultLabels.of(catalogue.all(), dataset);
 * labels.indicator(IndicatorId.of("feels-safe")).map(IndicatorDefinition::name); // Optional[Feels safe]
 * labels.areaName("neighbourhood", "BU01530101");                               // Optional[Centrum-Noord]
 * labels.areaName("borough", "OOST");                                           // Optional[Oost]
 * }</pre>
 */
public final class ResultLabels {

    private final Map<IndicatorId, IndicatorDefinition> indicators = new LinkedHashMap<>();
    private final Map<String, String> areas = new HashMap<>();

    private ResultLabels() {}

    /** The labels of {@code definitions} and of the areas and groupings of {@code dataset}. */
    public static ResultLabels of(Iterable<IndicatorDefinition> definitions, Dataset dataset) {
        return of(definitions, dataset.hierarchy(), dataset.groupings());
    }

    /** The labels of {@code definitions}, of the areas of {@code hierarchy} and of the groups of {@code groupings}. */
    public static ResultLabels of(
            Iterable<IndicatorDefinition> definitions, AreaHierarchy hierarchy, Iterable<AreaGrouping> groupings) {
        ResultLabels labels = new ResultLabels();
        for (IndicatorDefinition d : definitions) {
            labels.indicators.put(d.id(), d);
        }
        for (Area area : hierarchy.areas()) {
            labels.areas.put(key(area.level().code(), area.code().value()), area.name());
        }
        for (AreaGrouping grouping : groupings) {
            for (AreaGroup group : grouping.groups()) {
                labels.areas.put(key(grouping.name(), group.code()), group.name());
            }
        }
        return labels;
    }

    private static String key(String level, String code) {
        return level + ":" + code;
    }

    /** The definition of {@code id}, for its name, unit and polarity; empty for an indicator these labels lack. */
    public Optional<IndicatorDefinition> indicator(IndicatorId id) {
        return Optional.ofNullable(indicators.get(id));
    }

    /** Every definition these labels know, in the order given. */
    public List<IndicatorDefinition> definitions() {
        return List.copyOf(indicators.values());
    }

    /**
     * The name of the area or group {@code code} at {@code level} (a CBS level's code or a grouping's name), as the
     * results table's {@code area_level} and {@code area_code} give them; empty for one these labels lack.
     */
    public Optional<String> areaName(String level, String code) {
        return Optional.ofNullable(areas.get(key(level, code)));
    }
}
