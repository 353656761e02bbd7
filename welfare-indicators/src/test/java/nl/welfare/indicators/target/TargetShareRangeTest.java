package nl.welfare.indicators.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import nl.welfare.domain.area.AreaLevel;
import nl.welfare.domain.time.ReportingPeriod;
import nl.welfare.domain.value.Violation;
import nl.welfare.indicators.catalogue.IndicatorCatalogue;
import nl.welfare.indicators.catalogue.ReferenceCatalogue;
import nl.welfare.indicators.definition.IndicatorDefinition;
import nl.welfare.indicators.definition.IndicatorId;
import nl.welfare.indicators.definition.IndicatorKind;
import nl.welfare.indicators.definition.Measure;
import nl.welfare.indicators.definition.Polarity;
import nl.welfare.indicators.definition.StatisticalUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A target's value against its indicator's definition: a share's target is a fraction (issue 9). */
@DisplayName("A target of a share")
class TargetShareRangeTest {

    private static final ReportingPeriod Y2022 = ReportingPeriod.year(2022);
    private static final TargetScope DISTRICTS = TargetScope.level(AreaLevel.DISTRICT);

    private static final IndicatorDefinition SAFER = IndicatorDefinition.builder()
            .id(IndicatorId.of("feels-safe-change"))
            .name("Change in feeling safe")
            .description("")
            .unit("difference of shares")
            .polarity(Polarity.HIGHER_IS_BETTER)
            .statisticalUnit(StatisticalUnit.PERSONS)
            .kind(IndicatorKind.CHANGE)
            .measure(Measure.Change.of(IndicatorId.of("feels-safe")))
            .build();

    private static final IndicatorCatalogue CATALOGUE =
            IndicatorCatalogue.of(ReferenceCatalogue.all().append(SAFER));

    private static Seq<Violation> of(String indicator, double value) {
        return Target.of(indicator, DISTRICTS, Y2022, value).violations(CATALOGUE);
    }

    @Test
    @DisplayName("lies between 0 and 1, and a percentage written as a number says which fraction was meant")
    void shareRange() {
        Seq<Violation> found = of("resident-led-initiatives", 60);
        assertEquals(1, found.size(), found::mkString);
        Violation v = found.head();
        assertEquals(Target.SHARE_RANGE, v.rule());
        assertEquals("target", v.field());
        assertTrue(v.message().contains("0.6, not 60"), v.message());
        assertTrue(v.toString().endsWith("[target.share-range]"), v.toString());
        assertTrue(of("resident-led-initiatives", -0.1).head().message().contains("rejected: -0.1)"));
        assertEquals("250", of("resident-led-initiatives", 250).head().rejectedValue());
        assertTrue(of("resident-led-initiatives", 0).isEmpty());
        assertTrue(of("resident-led-initiatives", 1).isEmpty());
        assertTrue(of("resident-led-initiatives", 0.6).isEmpty());
    }

    @Test
    @DisplayName("holds for every kind whose values are shares, and for no other")
    void everyShareKind() {
        for (IndicatorDefinition d : CATALOGUE.all()) {
            Seq<Violation> found = of(d.id().value(), 60);
            if (d.kind().isShare()) {
                assertEquals(List.of(Target.SHARE_RANGE), found.map(Violation::rule), d.id().value());
            } else if (d.kind() != IndicatorKind.CHANGE) {
                assertTrue(found.isEmpty(), d.id().value() + ": " + found.mkString());
            }
        }
        assertTrue(CATALOGUE.all().exists(d -> d.kind() == IndicatorKind.TRANSITION));
        assertTrue(CATALOGUE.all().exists(d -> d.kind() == IndicatorKind.NETWORK));
        assertTrue(of("individual-support-per-1000", 60).isEmpty(), "a rate is not a share");
        assertTrue(of("no-such-indicator", 60).isEmpty(), "an unknown indicator is the reader's fault");
        assertTrue(IndicatorKind.THRESHOLD_SHARE.isShare());
        assertTrue(IndicatorKind.PROPORTION.isShare());
        assertTrue(!IndicatorKind.MEAN.isShare() && !IndicatorKind.CHANGE.isShare());
    }

    @Test
    @DisplayName("of a change of a share lies between -1 and 1")
    void changeOfShare() {
        Seq<Violation> found = of("feels-safe-change", 5);
        assertEquals(List.of(Target.SHARE_CHANGE_RANGE), found.map(Violation::rule));
        assertTrue(found.head().message().contains("0.05, not 5"), found.head().message());
        assertTrue(of("feels-safe-change", -0.05).isEmpty());
        assertEquals(
                List.of(Target.SHARE_CHANGE_RANGE), of("feels-safe-change", -5).map(Violation::rule));
    }

    @Test
    @DisplayName("a collection checked against a catalogue names each target that breaks it by its place")
    void collection() {
        java.util.List<Target> targets = java.util.List.of(
                Target.of("resident-led-initiatives", DISTRICTS, Y2022, 0.8),
                Target.of("feels-safe", DISTRICTS, Y2022, 75));
        Seq<Violation> found = Targets.validate(targets, CATALOGUE).getError();
        assertEquals(1, found.size(), found::mkString);
        assertEquals("targets[1].target", found.head().field());
        assertEquals(Target.SHARE_RANGE, found.head().rule());
        assertTrue(Targets.validate(targets.subList(0, 1), CATALOGUE).isValid());
        java.util.List<Target> twice = java.util.List.of(targets.get(1), targets.get(1));
        assertEquals(
                List.of(Target.SHARE_RANGE, Target.SHARE_RANGE, Targets.DUPLICATE),
                Targets.validate(twice, CATALOGUE).getError().map(Violation::rule));
    }
}
