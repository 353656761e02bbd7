package nl.welfare.indicators.definition;

import static nl.welfare.indicators.definition.AttributeType.AREA;
import static nl.welfare.indicators.definition.AttributeType.DATE;
import static nl.welfare.indicators.definition.AttributeType.DECIMAL;
import static nl.welfare.indicators.definition.AttributeType.ID;
import static nl.welfare.indicators.definition.AttributeType.INTEGER;
import static nl.welfare.indicators.definition.AttributeType.TEXT;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.Locale;
import nl.welfare.domain.community.InitiativeLead;
import nl.welfare.domain.community.ParticipationRole;
import nl.welfare.domain.resident.SelfRelianceDomain;
import nl.welfare.domain.support.ProvisionKind;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violation;

/**
 * A kind of fact an indicator can count (feitsoort): one resource of the data package with facts, its typed
 * {@link Attribute}s named as the resource's columns, and the roles some of them play.
 *
 * <ul>
 *   <li>{@link #date()}: the date of a flow ({@link CountMode#FLOW}: the fact is dated in the period): {@code date}
 *       for participations, assessments and survey responses, {@code started} (or {@code since}) for things that
 *       run over time;
 *   <li>{@link #spanStart()} and {@link #spanEnd()}: the active span of a stock ({@link CountMode#STOCK}: the fact is
 *       active in the period): {@code started}/{@code ended}, or {@code since}/{@code until} for links;
 *   <li>{@link #person()}: the column that identifies a person, where one does ({@code resident_id},
 *       {@code respondent_id}, or a resident's {@code id});
 *   <li>{@link #area()}: the {@code area_code} a fact belongs to. Ladder and self-reliance assessments have none of
 *       their own: they belong to the area of their resident ({@link #areaThroughResident()}); initiative links have
 *       no area at all.
 *   <li>{@link #weight()}: the design weight of a survey response.
 * </ul>
 *
 * <pre>{@code
 * FactType episodes = FactType.parse("support_episodes").get();
 * episodes.attribute("kind").get().codes(); // [individual, collective]
 * episodes.date();                          // Some(started)
 * episodes.person();                        // Some(resident_id): optional for collective support
 * FactType.LADDER_ASSESSMENTS.hasArea();    // true: the resident's area
 * }</pre>
 *
 * <p>The attributes are the one declaration of the resource's columns: the dataset stores a table's columns from them
 * ({@code nl.welfare.indicators.dataset}) and the files adapter reads and writes the resource's columns from them. The
 * roles are named once per fact type, {@code roles().flowDate("date").resident("resident_id").area("area_code")}, and
 * each must name one of its attributes.
 *
 * <p>A value is absent when an optional column is empty. A survey {@code answer} is read as a whole number, as
 * {@code SurveyResponse.numericAnswer()} does: an answer that is not one (empty, "don't know") has no value. A survey
 * {@code weight} that is empty is 1.
 */
public enum FactType {
    /** Residents' and professionals' initiatives ({@code initiatives}). */
    INITIATIVES(
            "initiatives",
            List.of(
                    Attribute.required("id", ID),
                    Attribute.required("name", TEXT),
                    Attribute.required("area_code", AREA),
                    Attribute.codes("lead", codes(InitiativeLead.values())),
                    Attribute.required("started", DATE),
                    Attribute.optional("ended", DATE),
                    Attribute.optional("theme", TEXT)),
            roles().flowDate("started").span("started", "ended").area("area_code")),
    /** Links (cooperation) between two initiatives ({@code initiative_links}); they have no area of their own. */
    INITIATIVE_LINKS(
            "initiative_links",
            List.of(
                    Attribute.required("initiative_id", ID),
                    Attribute.required("other_initiative_id", ID),
                    Attribute.required("since", DATE),
                    Attribute.optional("until", DATE)),
            roles().flowDate("since").span("since", "until")),
    /** Provisions offered in an area ({@code provisions}). */
    PROVISIONS(
            "provisions",
            List.of(
                    Attribute.required("id", ID),
                    Attribute.required("name", TEXT),
                    Attribute.codes("kind", codes(ProvisionKind.values())),
                    Attribute.required("area_code", AREA),
                    Attribute.required("started", DATE),
                    Attribute.optional("ended", DATE)),
            roles().flowDate("started").span("started", "ended").area("area_code")),
    /** Activities ({@code activities}); they have no date, so they are neither a flow nor a stock of a period. */
    ACTIVITIES(
            "activities",
            List.of(
                    Attribute.required("id", ID),
                    Attribute.required("name", TEXT),
                    Attribute.required("area_code", AREA),
                    Attribute.optional("initiative_id", ID),
                    Attribute.optional("provision_id", ID),
                    Attribute.optional("theme", TEXT)),
            roles().area("area_code")),
    /** Residents taking part in activities on a date ({@code participations}). */
    PARTICIPATIONS(
            "participations",
            List.of(
                    Attribute.required("resident_id", ID),
                    Attribute.required("activity_id", ID),
                    Attribute.required("area_code", AREA),
                    Attribute.required("date", DATE),
                    Attribute.codes("role", codes(ParticipationRole.values()))),
            roles().flowDate("date").resident("resident_id").area("area_code")),
    /** Residents placed on a rung (1-6) of the participation ladder ({@code ladder_assessments}). */
    LADDER_ASSESSMENTS(
            "ladder_assessments",
            List.of(
                    Attribute.required("resident_id", ID),
                    Attribute.required("date", DATE),
                    Attribute.required("rung", INTEGER)),
            roles().flowDate("date").resident("resident_id")),
    /** One domain of a resident's self-reliance matrix, scored 1-5, per row ({@code self_reliance_assessments}). */
    SELF_RELIANCE_ASSESSMENTS(
            "self_reliance_assessments",
            List.of(
                    Attribute.required("resident_id", ID),
                    Attribute.required("date", DATE),
                    Attribute.codes("domain", codes(SelfRelianceDomain.values())),
                    Attribute.required("score", INTEGER)),
            roles().flowDate("date").resident("resident_id")),
    /** Support received, individual or collective ({@code support_episodes}); collective support may be anonymous. */
    SUPPORT_EPISODES(
            "support_episodes",
            List.of(
                    Attribute.required("id", ID),
                    Attribute.optional("resident_id", ID),
                    Attribute.required("area_code", AREA),
                    Attribute.codes("kind", codes(ProvisionKind.values())),
                    Attribute.required("provision", ID),
                    Attribute.required("started", DATE),
                    Attribute.optional("ended", DATE)),
            roles().flowDate("started")
                    .span("started", "ended")
                    .resident("resident_id")
                    .area("area_code")),
    /** Answers to coded survey questions, with a design weight ({@code survey_responses}). */
    SURVEY_RESPONSES(
            "survey_responses",
            List.of(
                    Attribute.required("respondent_id", ID),
                    Attribute.required("area_code", AREA),
                    Attribute.required("date", DATE),
                    Attribute.required("question", TEXT),
                    Attribute.optional("answer", INTEGER),
                    Attribute.optional("weight", DECIMAL)),
            roles().flowDate("date").person("respondent_id").area("area_code").weight("weight")),
    /** Residents ({@code residents}); they have no date, so they are neither a flow nor a stock of a period. */
    RESIDENTS(
            "residents",
            List.of(
                    Attribute.required("id", ID),
                    Attribute.required("area_code", AREA),
                    Attribute.optional("birth_year", INTEGER)),
            roles().resident("id").area("area_code"));

    /** Rule: the text names no fact type. */
    public static final Rule KNOWN = Rule.of(
            "fact-type.known",
            "must be initiatives, initiative_links, provisions, activities, participations, ladder_assessments,"
                    + " self_reliance_assessments, support_episodes, survey_responses or residents");

    private final String resource;
    private final Seq<Attribute> attributes;
    private final Option<Attribute> date;
    private final Option<Attribute> spanStart;
    private final Option<Attribute> spanEnd;
    private final Option<Attribute> person;
    private final boolean personIsResident;
    private final Option<Attribute> area;
    private final Option<Attribute> weight;

    FactType(String resource, Seq<Attribute> attributes, Roles roles) {
        this.resource = resource;
        this.attributes = attributes;
        this.date = role(resource, attributes, "flow date", roles.flowDate());
        this.spanStart = role(resource, attributes, "span start", roles.spanStart());
        this.spanEnd = role(resource, attributes, "span end", roles.spanEnd());
        this.person = role(resource, attributes, "person", roles.person());
        this.personIsResident = roles.personIsResident();
        this.area = role(resource, attributes, "area", roles.area());
        this.weight = role(resource, attributes, "weight", roles.weight());
    }

    /**
     * The attributes that play the roles of a fact type, named: {@code roles().flowDate("date").resident("resident_id")
     * .area("area_code")}. A role that is not named is one the fact type does not have.
     */
    private record Roles(
            Option<String> flowDate,
            Option<String> spanStart,
            Option<String> spanEnd,
            Option<String> person,
            boolean personIsResident,
            Option<String> area,
            Option<String> weight) {

        /** The date of a flow: a fact is counted in a period when this date lies in it. */
        Roles flowDate(String name) {
            return new Roles(Option.some(name), spanStart, spanEnd, person, personIsResident, area, weight);
        }

        /** The first and last day of the span over which a fact is active (a stock); the last may be empty. */
        Roles span(String start, String end) {
            return new Roles(flowDate, Option.some(start), Option.some(end), person, personIsResident, area, weight);
        }

        /** The person a fact is about, who is a resident (so that cohorts and the residents' areas apply). */
        Roles resident(String name) {
            return new Roles(flowDate, spanStart, spanEnd, Option.some(name), true, area, weight);
        }

        /** The person a fact is about, who is not linked to a resident (a survey's respondent). */
        Roles person(String name) {
            return new Roles(flowDate, spanStart, spanEnd, Option.some(name), false, area, weight);
        }

        /** The fact's own area code. */
        Roles area(String name) {
            return new Roles(flowDate, spanStart, spanEnd, person, personIsResident, Option.some(name), weight);
        }

        /** The design weight of a fact. */
        Roles weight(String name) {
            return new Roles(flowDate, spanStart, spanEnd, person, personIsResident, area, Option.some(name));
        }
    }

    /** No roles yet: a fact type without date, span, person, area or weight until they are named. */
    private static Roles roles() {
        return new Roles(
                Option.none(), Option.none(), Option.none(), Option.none(), false, Option.none(), Option.none());
    }

    /** The attribute that plays {@code role}; a name that is no attribute of the fact type is a mistake here. */
    private static Option<Attribute> role(
            String resource, Seq<Attribute> attributes, String role, Option<String> name) {
        return name.map(n -> find(attributes, n)
                .getOrElseThrow(() -> new IllegalStateException(
                        resource + ": the " + role + " " + n + " is not one of the attributes " + attributes)));
    }

    private static Option<Attribute> find(Seq<Attribute> attributes, String name) {
        return attributes.find(a -> a.name().equals(name));
    }

    private static String[] codes(Enum<?>[] values) {
        String[] codes = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            codes[i] = values[i].name().toLowerCase(Locale.ROOT);
        }
        return codes;
    }

    /** The data package's resource that holds these facts, such as {@code support_episodes}. */
    public String resource() {
        return resource;
    }

    /** The word used in definition files: the resource's name. */
    public String code() {
        return resource;
    }

    /** Every attribute, in the order of the resource's columns. */
    public Seq<Attribute> attributes() {
        return attributes;
    }

    /** The attribute named {@code name}, if the fact type has one. */
    public Option<Attribute> attribute(String name) {
        return find(attributes, name);
    }

    /** The date of a flow: a fact is counted in a period when this date lies in it. None for activities, residents. */
    public Option<Attribute> date() {
        return date;
    }

    /** The first day of the active span of a stock; present exactly when {@link #spanEnd()} is. */
    public Option<Attribute> spanStart() {
        return spanStart;
    }

    /** The last day of the active span of a stock (empty in a row: still active). */
    public Option<Attribute> spanEnd() {
        return spanEnd;
    }

    /** Whether facts of this type are active over a span, so that they can be counted as a stock. */
    public boolean hasSpan() {
        return spanStart.isDefined();
    }

    /** The attribute that identifies a person, where facts are about persons (it may be empty in a row). */
    public Option<Attribute> person() {
        return person;
    }

    /**
     * Whether {@link #person()} identifies a resident, so that cohorts ({@code cohorts.resident_id}) and the
     * {@code residents} resource apply; a survey's respondent is not linked to a resident.
     */
    public boolean personIsResident() {
        return personIsResident;
    }

    /** The fact's own area code, if it has one. */
    public Option<Attribute> area() {
        return area;
    }

    /** Whether a fact without an area code of its own belongs to the area of its resident (the {@code residents} row). */
    public boolean areaThroughResident() {
        return area.isEmpty() && personIsResident;
    }

    /** Whether each fact belongs to an area, its own or its resident's, so that it can be counted per area. */
    public boolean hasArea() {
        return area.isDefined() || areaThroughResident();
    }

    /** The design weight of a fact, where facts are weighted (survey responses). */
    public Option<Attribute> weight() {
        return weight;
    }

    /** The fact type named by {@code text} ({@link #code()}, case-insensitive), or a violation of {@link #KNOWN}. */
    public static Validation<Seq<Violation>, FactType> parse(String text) {
        String wanted = text.trim().toLowerCase(Locale.ROOT);
        for (FactType type : values()) {
            if (type.code().equals(wanted)) {
                return Validation.valid(type);
            }
        }
        return Validation.invalid(List.of(Violation.of("fact_type", KNOWN, text)));
    }
}
