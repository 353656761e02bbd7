package nl.welfare.indicators.definition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.List;
import io.vavr.control.Option;
import nl.welfare.domain.community.InitiativeLead;
import nl.welfare.domain.community.ParticipationRole;
import nl.welfare.domain.resident.SelfRelianceDomain;
import nl.welfare.domain.support.ProvisionKind;
import nl.welfare.domain.value.InvalidValueException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("A fact type")
class FactTypeTest {

    private static List<String> columns(FactType type) {
        return type.attributes().map(Attribute::name).toList();
    }

    @Test
    @DisplayName("has the columns of its data package resource, in order")
    void columnsOfTheDataset() {
        assertEquals(
                List.of("id", "name", "area_code", "lead", "started", "ended", "theme"), columns(FactType.INITIATIVES));
        assertEquals(
                List.of("initiative_id", "other_initiative_id", "since", "until"), columns(FactType.INITIATIVE_LINKS));
        assertEquals(List.of("id", "name", "kind", "area_code", "started", "ended"), columns(FactType.PROVISIONS));
        assertEquals(
                List.of("id", "name", "area_code", "initiative_id", "provision_id", "theme"),
                columns(FactType.ACTIVITIES));
        assertEquals(
                List.of("resident_id", "activity_id", "area_code", "date", "role"), columns(FactType.PARTICIPATIONS));
        assertEquals(List.of("resident_id", "date", "rung"), columns(FactType.LADDER_ASSESSMENTS));
        assertEquals(List.of("resident_id", "date", "domain", "score"), columns(FactType.SELF_RELIANCE_ASSESSMENTS));
        assertEquals(
                List.of("id", "resident_id", "area_code", "kind", "provision", "started", "ended"),
                columns(FactType.SUPPORT_EPISODES));
        assertEquals(
                List.of("respondent_id", "area_code", "date", "question", "answer", "weight"),
                columns(FactType.SURVEY_RESPONSES));
        assertEquals(List.of("id", "area_code", "birth_year"), columns(FactType.RESIDENTS));
    }

    @Test
    @DisplayName("lists the codes of the domain's enums for its enum attributes")
    void enumCodes() {
        assertEquals(
                List.of(InitiativeLead.values()).map(InitiativeLead::code).toJavaList(),
                FactType.INITIATIVES.attribute("lead").get().codes());
        assertEquals(
                List.of(ProvisionKind.values()).map(ProvisionKind::code).toJavaList(),
                FactType.SUPPORT_EPISODES.attribute("kind").get().codes());
        assertEquals(
                List.of(ProvisionKind.values()).map(ProvisionKind::code).toJavaList(),
                FactType.PROVISIONS.attribute("kind").get().codes());
        assertEquals(
                List.of(ParticipationRole.values()).map(ParticipationRole::code).toJavaList(),
                FactType.PARTICIPATIONS.attribute("role").get().codes());
        assertEquals(
                List.of(SelfRelianceDomain.values())
                        .map(SelfRelianceDomain::code)
                        .toJavaList(),
                FactType.SELF_RELIANCE_ASSESSMENTS.attribute("domain").get().codes());
    }

    @Test
    @DisplayName("names its date, its active span, its person, its area and its weight")
    void roles() {
        assertEquals(Option.some("started"), FactType.SUPPORT_EPISODES.date().map(Attribute::name));
        assertEquals(
                Option.some("started"), FactType.SUPPORT_EPISODES.spanStart().map(Attribute::name));
        assertEquals(Option.some("ended"), FactType.SUPPORT_EPISODES.spanEnd().map(Attribute::name));
        assertEquals(Option.some("since"), FactType.INITIATIVE_LINKS.spanStart().map(Attribute::name));
        assertEquals(Option.some("until"), FactType.INITIATIVE_LINKS.spanEnd().map(Attribute::name));
        assertEquals(Option.some("date"), FactType.SURVEY_RESPONSES.date().map(Attribute::name));
        assertFalse(FactType.SURVEY_RESPONSES.hasSpan());
        assertEquals(
                Option.some("respondent_id"), FactType.SURVEY_RESPONSES.person().map(Attribute::name));
        assertFalse(FactType.SURVEY_RESPONSES.personIsResident());
        assertEquals(Option.some("weight"), FactType.SURVEY_RESPONSES.weight().map(Attribute::name));
        assertEquals(Option.some("id"), FactType.RESIDENTS.person().map(Attribute::name));
        assertTrue(FactType.RESIDENTS.personIsResident());
        assertTrue(FactType.ACTIVITIES.date().isEmpty());
        assertTrue(FactType.INITIATIVES.person().isEmpty());
        assertFalse(FactType.SUPPORT_EPISODES.person().get().required());
    }

    @Test
    @DisplayName("places assessments in their resident's area and links in none")
    void areas() {
        assertTrue(FactType.LADDER_ASSESSMENTS.area().isEmpty());
        assertTrue(FactType.LADDER_ASSESSMENTS.areaThroughResident());
        assertTrue(FactType.SELF_RELIANCE_ASSESSMENTS.hasArea());
        assertFalse(FactType.INITIATIVE_LINKS.hasArea());
        assertFalse(FactType.SUPPORT_EPISODES.areaThroughResident());
        assertEquals(Option.some("area_code"), FactType.SUPPORT_EPISODES.area().map(Attribute::name));
    }

    @Test
    @DisplayName("reads a survey answer as a whole number and its weight as a decimal")
    void surveyTypes() {
        assertEquals(
                AttributeType.INTEGER,
                FactType.SURVEY_RESPONSES.attribute("answer").get().type());
        assertEquals(
                AttributeType.DECIMAL,
                FactType.SURVEY_RESPONSES.attribute("weight").get().type());
        assertEquals(
                AttributeType.TEXT,
                FactType.SURVEY_RESPONSES.attribute("question").get().type());
        assertEquals(
                AttributeType.AREA,
                FactType.SURVEY_RESPONSES.attribute("area_code").get().type());
    }

    @ParameterizedTest
    @EnumSource(FactType.class)
    @DisplayName("parses back from its resource name")
    void roundTrip(FactType type) {
        assertEquals(type, FactType.parse(type.code()).get());
        assertEquals(type.resource(), type.code());
        assertEquals(type.spanStart().isDefined(), type.spanEnd().isDefined());
    }

    @Test
    @DisplayName("refuses a name that is no resource with facts")
    void unknown() {
        RuleAssertions.assertBreaksOnly(FactType.KNOWN, "fact_type", FactType.parse("areas"));
    }

    @Test
    @DisplayName("has attributes whose codes match their type")
    void attributeCodes() {
        assertThrows(
                InvalidValueException.class,
                () -> Attribute.builder()
                        .name("lead")
                        .type(AttributeType.ENUM)
                        .required(true)
                        .build());
        InvalidValueException e = assertThrows(
                InvalidValueException.class,
                () -> Attribute.builder()
                        .name("theme")
                        .type(AttributeType.TEXT)
                        .required(true)
                        .addCodes("a")
                        .build());
        RuleAssertions.assertBreaksOnly(Attribute.CODES_MATCH_TYPE, e.violations());
        assertEquals("lead", Attribute.codes("lead", "a", "b").toString());
        assertTrue(Attribute.codes("lead", "a").allows("a"));
    }

    @Test
    @DisplayName("types accept the literals of their kind")
    void accepts() {
        assertTrue(AttributeType.DECIMAL.accepts(Literal.Kind.INTEGER));
        assertFalse(AttributeType.INTEGER.accepts(Literal.Kind.DECIMAL));
        assertTrue(AttributeType.AREA.accepts(Literal.Kind.TEXT));
        assertFalse(AttributeType.DATE.accepts(Literal.Kind.TEXT));
        assertTrue(AttributeType.DATE.isOrdered());
        assertFalse(AttributeType.DATE.isNumeric());
        assertFalse(AttributeType.ENUM.isOrdered());
        assertEquals("enum", AttributeType.ENUM.code());
    }
}
