package nl.welfare.indicators.definition;

import static nl.welfare.indicators.definition.RuleAssertions.assertBreaksOnly;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.LocalDate;
import java.util.Optional;
import nl.welfare.domain.resident.CohortName;
import nl.welfare.domain.value.InvalidValueException;
import nl.welfare.domain.value.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A filter")
class FilterTest {

    private static final Literal Y2019 = Literal.date(LocalDate.of(2019, 1, 1));
    private static final Literal Y2020 = Literal.date(LocalDate.of(2020, 1, 1));
    private static final CohortName SHELTER = CohortName.of("shelter-pilot");

    private static final Filter FEELS_SAFE = Filter.and(
            Filter.equalTo("question", "wl04"),
            Filter.between("answer", 1, 5),
            Filter.in("answer", Literal.integer(1), Literal.integer(2)));

    @Test
    @DisplayName("reads like its expression")
    void readsLikeItsExpression() {
        assertEquals("(question = 'wl04' and answer between 1 and 5 and answer in (1, 2))", FEELS_SAFE.toString());
        assertEquals(
                "not (lead = 'residents' or lead = 'joint')",
                Filter.not(Filter.or(Filter.equalTo("lead", "residents"), Filter.equalTo("lead", "joint")))
                        .toString());
        assertEquals(
                "not (theme = 'play')",
                Filter.not(Filter.equalTo("theme", "play")).toString());
        assertEquals("score >= 4", Filter.atLeast("score", Literal.integer(4)).toString());
        assertEquals("rung <= 2", Filter.atMost("rung", Literal.integer(2)).toString());
        assertEquals("ended within period", Filter.dateWithinPeriod("ended").toString());
        assertEquals("active in period", Filter.activeInPeriod().toString());
        assertEquals(
                "member of cohort shelter-pilot", Filter.memberOfCohort(SHELTER).toString());
        assertEquals("all", Filter.all().toString());
        assertEquals(
                "kind = 'individual'",
                Filter.and(Filter.equalTo("kind", "individual")).toString());
        assertEquals(
                "weight >= 0.5", Filter.atLeast("weight", Literal.decimal(0.5)).toString());
        Filter either = Filter.or(Filter.equalTo("lead", "residents"), Filter.equalTo("lead", "joint"));
        assertEquals(
                "not (lead = 'residents' or lead = 'joint')",
                Filter.not(Filter.and(either)).toString());
        assertEquals(
                "not (theme = 'play')",
                Filter.not(Filter.or(Filter.equalTo("theme", "play"))).toString());
        assertEquals(
                "not (not (theme = 'play'))",
                Filter.not(Filter.not(Filter.equalTo("theme", "play"))).toString());
        assertEquals("not (all)", Filter.not(Filter.all()).toString());
    }

    @Test
    @DisplayName("suits the fact type whose attributes it names with literals of their types")
    void valid() {
        assertTrue(FEELS_SAFE.validate(FactType.SURVEY_RESPONSES).isValid());
        assertTrue(Filter.and(
                        Filter.equalTo("kind", "individual"),
                        Filter.activeInPeriod(),
                        Filter.memberOfCohort(SHELTER),
                        Filter.dateWithinPeriod("ended"),
                        Filter.between("started", Y2019, Y2020),
                        Filter.equalTo("area_code", "BU01530000"),
                        Filter.equalTo("resident_id", "r-7f3a9c"),
                        Filter.not(Filter.all()))
                .validate(FactType.SUPPORT_EPISODES)
                .isValid());
        assertTrue(Filter.between("weight", Literal.integer(1), Literal.decimal(2.5))
                .validate(FactType.SURVEY_RESPONSES)
                .isValid());
    }

    private static final Filter SHELTER_FILTER = Filter.memberOfCohort(SHELTER);

    @Test
    @DisplayName("names the attributes it reads, explicit and implied")
    void attributes() {
        assertEquals(LinkedHashSet.of("question", "answer"), FEELS_SAFE.attributes());
        Filter episodes = Filter.and(
                Filter.equalTo("kind", "individual"),
                Filter.activeInPeriod(),
                Filter.memberOfCohort(SHELTER),
                Filter.dateWithinPeriod("ended"),
                Filter.equalTo("no_such", "x"));
        assertEquals(LinkedHashSet.of("kind", "ended", "no_such"), episodes.attributes());
        assertEquals(
                List.of("kind", "started", "ended", "resident_id"),
                episodes.reads(FactType.SUPPORT_EPISODES).map(Attribute::name).toList());
        assertEquals(LinkedHashSet.of(SHELTER), episodes.cohorts());
        assertEquals(6, episodes.nodes().size());
        assertEquals(5, episodes.children().size());
        assertEquals(List.of(SHELTER_FILTER), Filter.not(SHELTER_FILTER).children());
        assertTrue(episodes.children().forAll(leaf -> leaf.children().isEmpty()));
        assertEquals(
                List.of(Filter.equalTo("kind", "individual")),
                Filter.and(Filter.and(Filter.equalTo("kind", "individual")))
                        .children()
                        .flatMap(Filter::children));
        assertTrue(Filter.all().isAll());
        assertFalse(episodes.isAll());
    }

    @Test
    @DisplayName("is data: equal filters are equal")
    void equality() {
        assertEquals(Filter.equalTo("lead", "residents"), Filter.equalTo("lead", Literal.text("residents")));
        assertEquals(Filter.all(), Filter.all());
        assertEquals(
                Filter.and(Filter.activeInPeriod(), Filter.all()), Filter.and(Filter.activeInPeriod(), Filter.all()));
    }

    @Test
    @DisplayName("calls the visitor method of its node")
    void visitor() {
        Filter.Visitor<String> name = new Filter.Visitor<>() {
            @Override
            public String onEquals(Filter.Equals filter) {
                return "equals";
            }

            @Override
            public String onIn(Filter.In filter) {
                return "in";
            }

            @Override
            public String onRange(Filter.Range filter) {
                return "range";
            }

            @Override
            public String onAnd(Filter.And filter) {
                return "and("
                        + List.ofAll(filter.operands()).map(f -> f.accept(this)).mkString(",") + ")";
            }

            @Override
            public String onOr(Filter.Or filter) {
                return "or";
            }

            @Override
            public String onNot(Filter.Not filter) {
                return "not";
            }

            @Override
            public String onDateWithinPeriod(Filter.DateWithinPeriod filter) {
                return "within";
            }

            @Override
            public String onActiveInPeriod(Filter.ActiveInPeriod filter) {
                return "active";
            }

            @Override
            public String onMemberOfCohort(Filter.MemberOfCohort filter) {
                return "cohort";
            }

            @Override
            public String onAll(Filter.All filter) {
                return "all";
            }
        };
        Filter f = Filter.and(
                Filter.equalTo("a", "b"),
                Filter.in("a", Literal.integer(1)),
                Filter.between("a", 1, 2),
                Filter.or(Filter.all()),
                Filter.not(Filter.all()),
                Filter.dateWithinPeriod("a"),
                Filter.activeInPeriod(),
                Filter.memberOfCohort(SHELTER),
                Filter.all());
        assertEquals("and(equals,in,range,or,not,within,active,cohort,all)", f.accept(name));
    }

    // ---- rules that need the fact type ----

    @Test
    @DisplayName("refuses an attribute its fact type does not have, wherever it is in the tree")
    void unknownAttribute() {
        Filter f = Filter.and(
                Filter.equalTo("lede", "residents"),
                Filter.not(Filter.in("colour", Literal.text("red"))),
                Filter.or(Filter.between("height", 1, 2), Filter.dateWithinPeriod("closed")));
        Seq<Violation> found = f.validate(FactType.INITIATIVES).getError();
        assertBreaksOnly(Filter.UNKNOWN_ATTRIBUTE, found);
        assertEquals(4, found.size());
        assertEquals("lede = 'residents'", found.get(0).rejectedValue());
        assertEquals("filter", found.get(0).field());
        assertEquals(
                "population",
                f.violations(FactType.INITIATIVES, "population").get(0).field());
    }

    @Test
    @DisplayName("refuses a literal of the wrong kind for its attribute")
    void typeMismatch() {
        assertBreaksOnly(
                Filter.TYPE_MISMATCH,
                "filter",
                Filter.equalTo("lead", Literal.integer(1)).validate(FactType.INITIATIVES));
        assertBreaksOnly(Filter.TYPE_MISMATCH, Filter.equalTo("rung", "4").validate(FactType.LADDER_ASSESSMENTS));
        assertBreaksOnly(
                Filter.TYPE_MISMATCH,
                Filter.equalTo("rung", Literal.decimal(4.5)).validate(FactType.LADDER_ASSESSMENTS));
        assertBreaksOnly(
                Filter.TYPE_MISMATCH,
                Filter.in("started", Literal.text("2019-01-01")).validate(FactType.INITIATIVES));
        assertBreaksOnly(
                Filter.TYPE_MISMATCH,
                Filter.between("started", Literal.integer(2019), Literal.integer(2020))
                        .validate(FactType.INITIATIVES));
        assertBreaksOnly(Filter.TYPE_MISMATCH, Filter.equalTo("weight", Y2019).validate(FactType.SURVEY_RESPONSES));
    }

    @Test
    @DisplayName("refuses an area code that is not a CBS code and an id that is not an identifier")
    void malformedAreaAndId() {
        assertBreaksOnly(
                Filter.TYPE_MISMATCH, Filter.equalTo("area_code", "Oost").validate(FactType.INITIATIVES));
        assertBreaksOnly(
                Filter.TYPE_MISMATCH, Filter.equalTo("resident_id", "r 1").validate(FactType.PARTICIPATIONS));
    }

    @Test
    @DisplayName("refuses a code its enum attribute does not allow")
    void unknownCode() {
        assertBreaksOnly(
                Filter.UNKNOWN_CODE,
                "filter",
                Filter.equalTo("lead", "Residents").validate(FactType.INITIATIVES));
        Seq<Violation> found = Filter.in("role", Literal.text("volunteer"), Literal.text("coach"))
                .validate(FactType.PARTICIPATIONS)
                .getError();
        assertBreaksOnly(Filter.UNKNOWN_CODE, found);
        assertEquals(1, found.size());
    }

    @Test
    @DisplayName("refuses a range of an attribute that is neither a number nor a date")
    void rangeNotOrdered() {
        assertBreaksOnly(
                Filter.RANGE_NOT_ORDERED,
                Filter.between("lead", Literal.text("joint"), Literal.text("residents"))
                        .validate(FactType.INITIATIVES));
    }

    @Test
    @DisplayName("refuses 'within period' on an attribute that is not a date")
    void notADate() {
        assertBreaksOnly(Filter.NOT_A_DATE, Filter.dateWithinPeriod("question").validate(FactType.SURVEY_RESPONSES));
    }

    @Test
    @DisplayName("refuses 'active in period' on a fact type without an active span")
    void noSpan() {
        assertBreaksOnly(Filter.NO_SPAN, Filter.activeInPeriod().validate(FactType.SURVEY_RESPONSES));
        assertTrue(Filter.activeInPeriod().validate(FactType.INITIATIVE_LINKS).isValid());
    }

    @Test
    @DisplayName("refuses cohort membership on a fact type that does not name residents")
    void cohortWithoutResident() {
        assertBreaksOnly(
                Filter.COHORT_WITHOUT_RESIDENT, Filter.memberOfCohort(SHELTER).validate(FactType.SURVEY_RESPONSES));
        assertBreaksOnly(
                Filter.COHORT_WITHOUT_RESIDENT, Filter.memberOfCohort(SHELTER).validate(FactType.INITIATIVES));
        assertTrue(Filter.memberOfCohort(SHELTER)
                .validate(FactType.LADDER_ASSESSMENTS)
                .isValid());
    }

    @Test
    @DisplayName("lists every violation of the tree at once")
    void everyViolation() {
        Filter f = Filter.and(
                Filter.equalTo("lede", "x"),
                Filter.equalTo("lead", "boss"),
                Filter.equalTo("started", "yesterday"),
                Filter.activeInPeriod());
        assertEquals(
                List.of(Filter.UNKNOWN_ATTRIBUTE, Filter.UNKNOWN_CODE, Filter.TYPE_MISMATCH),
                f.validate(FactType.INITIATIVES).getError().map(Violation::rule));
    }

    // ---- rules of a node's own shape ----

    @Test
    @DisplayName("refuses 'in' without values")
    void emptyIn() {
        assertBreaksOnly(Filter.EMPTY_IN, "filter", Filter.In.validate("answer", java.util.List.of()));
        assertThrows(InvalidValueException.class, () -> Filter.in("answer"));
    }

    @Test
    @DisplayName("refuses a range without bounds")
    void rangeWithoutBounds() {
        assertBreaksOnly(
                Filter.RANGE_WITHOUT_BOUNDS, Filter.Range.validate("answer", Optional.empty(), Optional.empty()));
    }

    @Test
    @DisplayName("refuses a range whose minimum lies above its maximum")
    void rangeMinAboveMax() {
        assertBreaksOnly(
                Filter.RANGE_MIN_ABOVE_MAX,
                Filter.Range.validate("answer", Optional.of(Literal.integer(5)), Optional.of(Literal.decimal(1.5))));
        assertBreaksOnly(
                Filter.RANGE_MIN_ABOVE_MAX, Filter.Range.validate("started", Optional.of(Y2020), Optional.of(Y2019)));
        assertTrue(Filter.Range.validate("answer", Optional.of(Literal.integer(3)), Optional.of(Literal.integer(3)))
                .isValid());
    }

    @Test
    @DisplayName("refuses 'and' and 'or' without operands")
    void noOperands() {
        assertBreaksOnly(Filter.NO_OPERANDS, Filter.And.validate(java.util.List.of()));
        assertBreaksOnly(Filter.NO_OPERANDS, Filter.Or.validate(java.util.List.of()));
        assertThrows(InvalidValueException.class, Filter::or);
    }
}
