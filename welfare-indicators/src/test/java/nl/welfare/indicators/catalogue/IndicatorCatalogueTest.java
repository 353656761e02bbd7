package nl.welfare.indicators.catalogue;

import static nl.welfare.indicators.definition.RuleAssertions.assertBreaksOnly;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.List;
import nl.welfare.domain.area.AreaLevel;
import nl.welfare.indicators.definition.CountMode;
import nl.welfare.indicators.definition.FactType;
import nl.welfare.indicators.definition.Filter;
import nl.welfare.indicators.definition.IndicatorDefinition;
import nl.welfare.indicators.definition.IndicatorId;
import nl.welfare.indicators.definition.IndicatorKind;
import nl.welfare.indicators.definition.Measure;
import nl.welfare.indicators.definition.Polarity;
import nl.welfare.indicators.definition.StatisticalUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("An indicator catalogue")
class IndicatorCatalogueTest {

    private static IndicatorDefinition change(String id, String base) {
        return IndicatorDefinition.builder()
                .id(IndicatorId.of(id))
                .name("Change of " + base)
                .description("")
                .unit("difference")
                .polarity(Polarity.HIGHER_IS_BETTER)
                .statisticalUnit(StatisticalUnit.PERSONS)
                .kind(IndicatorKind.CHANGE)
                .measure(Measure.Change.of(IndicatorId.of(base)))
                .build();
    }

    private static IndicatorDefinition thresholdShare(String id, String base) {
        return IndicatorDefinition.builder()
                .id(IndicatorId.of(id))
                .name("Districts achieving " + base)
                .description("")
                .unit("share of districts")
                .polarity(Polarity.HIGHER_IS_BETTER)
                .statisticalUnit(StatisticalUnit.OTHER)
                .kind(IndicatorKind.THRESHOLD_SHARE)
                .measure(Measure.ThresholdShare.of(IndicatorId.of(base), AreaLevel.DISTRICT, 0.8))
                .build();
    }

    private static final IndicatorDefinition ACTIVITIES_NEUTRAL = IndicatorDefinition.builder()
            .id(IndicatorId.of("provisions-offered"))
            .name("Provisions offered")
            .description("")
            .unit("provisions")
            .polarity(Polarity.NEUTRAL)
            .statisticalUnit(StatisticalUnit.OTHER)
            .kind(IndicatorKind.COUNT)
            .measure(Measure.Count.of(FactType.PROVISIONS, CountMode.STOCK, Filter.all()))
            .build();

    @Test
    @DisplayName("extends the reference catalogue and orders bases before what is computed from them")
    void extended() {
        IndicatorDefinition safer = change("feels-safe-change", "feels-safe");
        IndicatorDefinition districts = thresholdShare("resident-led-districts", "resident-led-initiatives");
        IndicatorDefinition ofChange = change("change-of-rate-change", "individual-support-change");
        IndicatorDefinition rateChange = change("individual-support-change", "individual-support-per-1000");
        IndicatorCatalogue c = IndicatorCatalogue.validate(
                        List.of(safer, districts, ofChange, rateChange).prependAll(ReferenceCatalogue.all()))
                .get();
        assertEquals(21, c.all().size());
        assertEquals(safer, c.byId(IndicatorId.of("feels-safe-change")).get());
        List<IndicatorId> order =
                c.dependencyOrder().map(IndicatorDefinition::id).toList();
        assertEquals(21, order.size());
        assertTrue(order.indexOf(rateChange.id()) < order.indexOf(ofChange.id()));
        assertTrue(c.requiresPopulation(ofChange.id()));
        assertFalse(c.requiresPopulation(safer.id()));
        assertFalse(c.requiresPopulation(IndicatorId.of("unknown")));
        assertEquals(
                List.of(
                        ReferenceCatalogue.INDIVIDUAL_SUPPORT_PER_1000,
                        rateChange,
                        ofChange,
                        ReferenceCatalogue.FEELS_SAFE,
                        safer),
                c.withBases(List.of(ofChange, safer, rateChange)),
                "what is chosen, each after its bases, each once");
    }

    @Test
    @DisplayName("refuses two definitions with one id")
    void duplicateId() {
        assertBreaksOnly(
                IndicatorCatalogue.DUPLICATE_ID,
                "id",
                IndicatorCatalogue.validate(List.of(ReferenceCatalogue.FEELS_SAFE, ReferenceCatalogue.FEELS_SAFE)));
    }

    @Test
    @DisplayName("refuses a base that is not in the catalogue")
    void unknownBase() {
        assertBreaksOnly(
                IndicatorCatalogue.UNKNOWN_BASE,
                "base",
                IndicatorCatalogue.validate(List.of(change("happiness-change", "happiness"))));
    }

    @Test
    @DisplayName("refuses definitions that are each other's bases")
    void cycle() {
        assertBreaksOnly(
                IndicatorCatalogue.CYCLE,
                IndicatorCatalogue.validate(List.of(change("a", "b"), change("b", "c"), change("c", "a"))));
    }

    @Test
    @DisplayName("refuses a threshold share of an indicator without a good side")
    void thresholdOfNeutral() {
        assertBreaksOnly(
                IndicatorCatalogue.THRESHOLD_OF_NEUTRAL,
                IndicatorCatalogue.validate(
                        List.of(ACTIVITIES_NEUTRAL, thresholdShare("districts-offering", "provisions-offered"))));
    }
}
