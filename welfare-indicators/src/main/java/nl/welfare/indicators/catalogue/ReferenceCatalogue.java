package nl.welfare.indicators.catalogue;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import nl.welfare.domain.programme.GoalId;
import nl.welfare.domain.survey.ReferenceQuestions;
import nl.welfare.domain.survey.SurveyQuestion;
import nl.welfare.indicators.definition.CountMode;
import nl.welfare.indicators.definition.FactType;
import nl.welfare.indicators.definition.Filter;
import nl.welfare.indicators.definition.ImmutableIndicatorDefinition.MeasureBuildStage;
import nl.welfare.indicators.definition.IndicatorDefinition;
import nl.welfare.indicators.definition.IndicatorId;
import nl.welfare.indicators.definition.IndicatorKind;
import nl.welfare.indicators.definition.Literal;
import nl.welfare.indicators.definition.Measure;
import nl.welfare.indicators.definition.Measure.Count;
import nl.welfare.indicators.definition.Measure.DistinctCount;
import nl.welfare.indicators.definition.Measure.Rate;
import nl.welfare.indicators.definition.Polarity;
import nl.welfare.indicators.definition.StatisticalUnit;

/**
 * The reference catalogue (referentiecatalogus): the seventeen indicators of the five goals of Enschede's welfare
 * commission 2018-2022, each built exactly as the meanings in docs/indicators.md describe, and documented with the goal
 * it serves and the sentence of the sources it measures.
 *
 * <pre>{@code
 * ReferenceCatalogue.all().size();                                // 17, in the order of the table
 * ReferenceCatalogue.byId(IndicatorId.of("feels-safe")).get().kind(); // PROPORTION
 * ReferenceCatalogue.catalogue().requiresPopulation(ReferenceCatalogue.INDIVIDUAL_SUPPORT_PER_1000.id()); // true
 * }</pre>
 *
 * <p>Survey indicators take their question code, valid answers and "yes" answers from the domain's
 * {@link ReferenceQuestions}: a response counts when it is dated in the period, answers the question and its answer
 * is valid (a whole number on the question's scale); any other answer is left out of numerator and denominator.
 */
public final class ReferenceCatalogue {

    /** Goal 1: more self-reliance and mutual reliance (zelf- en samenredzaamheid). */
    public static final GoalId SELF_AND_MUTUAL_RELIANCE = GoalId.of("self-and-mutual-reliance");

    /** Goal 2: a higher participation rate (participatiegraad). */
    public static final GoalId PARTICIPATION = GoalId.of("participation");

    /** Goal 3: more quality of life for (vulnerable) residents (kwaliteit van leven). */
    public static final GoalId QUALITY_OF_LIFE = GoalId.of("quality-of-life");

    /** Goal 4: liveable neighbourhoods (leefbare wijken). */
    public static final GoalId LIVEABLE_NEIGHBOURHOODS = GoalId.of("liveable-neighbourhoods");

    /** Goal 5: a shift from specialist support to prevention and general provisions. */
    public static final GoalId SPECIALIST_TO_PREVENTION = GoalId.of("specialist-to-prevention");

    /**
     * The default target of {@link #RESIDENT_LED_INITIATIVES}: at least 80% ("Bewoners hebben de regie van 80% van de
     * bewonersinitiatieven"). A value for the targets package to build a {@code Target} from; the indicator's
     * polarity (higher is better) says that "at least" is meant.
     */
    public static final double RESIDENT_LED_TARGET = 0.8;

    private static final String SHARE = "share";
    private static final String PER_1000 = "per 1,000 inhabitants";
    private static final String MARK = "mark (1-10)";

    /**
     * Goal 1. Among initiatives active in the period, the share with lead {@code residents} ({@code joint} and
     * {@code professionals} are not). Sources: "Bewoners hebben de regie van 80% van de bewonersinitiatieven" (residents
     * lead 80% of the resident initiatives; Oost). Default target: {@link #RESIDENT_LED_TARGET}.
     */
    public static final IndicatorDefinition RESIDENT_LED_INITIATIVES = define(
                    "resident-led-initiatives",
                    "Resident-led initiatives",
                    "Among initiatives active in the period, the share led by residents (lead residents; joint and"
                            + " professionals are not).",
                    SHARE,
                    Polarity.HIGHER_IS_BETTER,
                    StatisticalUnit.OTHER,
                    IndicatorKind.PROPORTION)
            .measure(Measure.Proportion.builder()
                    .factType(FactType.INITIATIVES)
                    .mode(CountMode.STOCK)
                    .population(Filter.all())
                    .condition(Filter.equalTo("lead", "residents"))
                    .build())
            .addGoals(SELF_AND_MUTUAL_RELIANCE)
            .build();

    /**
     * Goal 1. Among residents with a self-reliance matrix (ZRM) assessment in the period, the share whose latest
     * assessment in the period scores every assessed domain 4 or 5 ("voldoende" or "volledig zelfredzaam"). Sources:
     * "De zelfredzaamheid en samen-redzaamheid in de wijk gaat hiermee ook vooruit" (self-reliance and mutual reliance
     * in the neighbourhood move forward as well; Centrum).
     */
    public static final IndicatorDefinition SELF_RELIANCE_SUFFICIENT = define(
                    "self-reliance-sufficient",
                    "Sufficiently self-reliant residents",
                    "Among residents with a self-reliance matrix assessment in the period, the share whose latest"
                            + " assessment in the period scores every assessed domain 4 or 5.",
                    SHARE,
                    Polarity.HIGHER_IS_BETTER,
                    StatisticalUnit.PERSONS,
                    IndicatorKind.PROPORTION)
            .measure(Measure.LatestAssessment.builder()
                    .factType(FactType.SELF_RELIANCE_ASSESSMENTS)
                    .mode(CountMode.FLOW)
                    .population(Filter.all())
                    .condition(Filter.between("score", 4, 5))
                    .build())
            .addGoals(SELF_AND_MUTUAL_RELIANCE)
            .build();

    /**
     * Goal 2. Among residents with at least two participation ladder assessments in the period, the share whose last
     * rung (by date) is higher than their first. Sources: "We zien dat er langzaam maar zeker vooruitgang komt voor
     * deze kwetsbare bewoners" (slowly but surely these vulnerable residents make progress; the shelter pilot in
     * Centrum).
     */
    public static final IndicatorDefinition PARTICIPATION_LADDER_PROGRESS = define(
                    "participation-ladder-progress",
                    "Progress on the participation ladder",
                    "Among residents with at least two participation ladder assessments in the period, the share whose"
                            + " last rung is higher than their first.",
                    SHARE,
                    Polarity.HIGHER_IS_BETTER,
                    StatisticalUnit.PERSONS,
                    IndicatorKind.TRANSITION)
            .measure(Measure.Transition.of(FactType.LADDER_ASSESSMENTS, CountMode.FLOW, Filter.all(), "rung"))
            .addGoals(PARTICIPATION)
            .build();

    /**
     * Goal 2. Distinct residents with any participation in the period, per 1,000 inhabitants. Sources: "Vanuit dit
     * contact lukt het steeds beter mensen te activeren om bij te dragen aan de wijk" (from this contact we succeed
     * more and more in activating people to contribute to the neighbourhood).
     */
    public static final IndicatorDefinition RESIDENTS_PARTICIPATING_PER_1000 = define(
                    "residents-participating-per-1000",
                    "Residents taking part per 1,000 inhabitants",
                    "Distinct residents with any participation in the period, per 1,000 inhabitants.",
                    PER_1000,
                    Polarity.HIGHER_IS_BETTER,
                    StatisticalUnit.PERSONS,
                    IndicatorKind.RATE)
            .measure(Rate.of(DistinctCount.of(FactType.PARTICIPATIONS, CountMode.FLOW, Filter.all()), 1000))
            .addGoals(PARTICIPATION)
            .build();

    /**
     * Goal 2. Distinct residents with a participation of role {@code volunteer} in the period. Sources: "Het Centrum
     * van Enschede heeft een sterk vrijwilligersteam" (the Centrum has a strong volunteer team); in Noord "heeft een
     * aantal bewoners (beter) passend vrijwilligers- en/of betaald werk gevonden" (residents found volunteer or paid
     * work).
     */
    public static final IndicatorDefinition VOLUNTEERS = define(
                    "volunteers",
                    "Volunteers",
                    "Distinct residents with a participation of role volunteer in the period.",
                    "residents",
                    Polarity.HIGHER_IS_BETTER,
                    StatisticalUnit.PERSONS,
                    IndicatorKind.DISTINCT_COUNT)
            .measure(DistinctCount.of(FactType.PARTICIPATIONS, CountMode.FLOW, Filter.equalTo("role", "volunteer")))
            .addGoals(PARTICIPATION)
            .build();

    /**
     * Goal 3. The weighted mean of valid answers (1-10) to {@code zw00}, "How satisfied are you with your life?".
     * Sources: "het realiseren van meer kwaliteit van leven voor (kwetsbare) bewoners" (more quality of life for
     * (vulnerable) residents).
     */
    public static final IndicatorDefinition LIFE_SATISFACTION_MEAN = define(
                    "life-satisfaction-mean",
                    "Life satisfaction",
                    "The weighted mean of valid answers (1-10) dated in the period to zw00, \"How satisfied are you"
                            + " with your life?\".",
                    MARK,
                    Polarity.HIGHER_IS_BETTER,
                    StatisticalUnit.PERSONS,
                    IndicatorKind.MEAN)
            .measure(mean(ReferenceQuestions.ZW00))
            .addGoals(QUALITY_OF_LIFE)
            .build();

    /**
     * Goal 3. Among valid answers to {@code zw04}, "Do you ever feel lonely?", the weighted share answering 3 (often)
     * or 4 (very often); lower is better. Sources: "het realiseren van meer kwaliteit van leven voor (kwetsbare)
     * bewoners" (more quality of life for (vulnerable) residents).
     */
    public static final IndicatorDefinition LONELINESS = define(
                    "loneliness",
                    "Loneliness",
                    "Among valid answers dated in the period to zw04, \"Do you ever feel lonely?\", the weighted share"
                            + " answering often or very often.",
                    SHARE,
                    Polarity.LOWER_IS_BETTER,
                    StatisticalUnit.PERSONS,
                    IndicatorKind.PROPORTION)
            .measure(share(ReferenceQuestions.ZW04))
            .addGoals(QUALITY_OF_LIFE)
            .build();

    /**
     * Goal 4. Among valid answers to {@code wl04}, "Do you feel safe in your neighbourhood?", the weighted share
     * answering 1 ((almost) always) or 2 (mostly). Sources: "het veiligheidsgevoel is gestegen" (the feeling of safety
     * rose; Oost).
     */
    public static final IndicatorDefinition FEELS_SAFE = define(
                    "feels-safe",
                    "Feels safe",
                    "Among valid answers (1-5) dated in the period to wl04, \"Do you feel safe in your"
                            + " neighbourhood?\", the weighted share answering (almost) always or mostly.",
                    SHARE,
                    Polarity.HIGHER_IS_BETTER,
                    StatisticalUnit.PERSONS,
                    IndicatorKind.PROPORTION)
            .measure(share(ReferenceQuestions.WL04))
            .addGoals(LIVEABLE_NEIGHBOURHOODS)
            .build();

    /**
     * Goal 4. The weighted mean of valid answers (1-10) to {@code wl01}, "How pleasant is it to live in your
     * neighbourhood?". Sources: "leefbare wijken" (liveable neighbourhoods).
     */
    public static final IndicatorDefinition PLEASANT_TO_LIVE_MEAN = define(
                    "pleasant-to-live-mean",
                    "Pleasant to live",
                    "The weighted mean of valid answers (1-10) dated in the period to wl01, \"How pleasant is it to"
                            + " live in your neighbourhood?\".",
                    MARK,
                    Polarity.HIGHER_IS_BETTER,
                    StatisticalUnit.PERSONS,
                    IndicatorKind.MEAN)
            .measure(mean(ReferenceQuestions.WL01))
            .addGoals(LIVEABLE_NEIGHBOURHOODS)
            .build();

    /**
     * Goal 4. Among valid answers to {@code sc01}, "I feel connected to the people in my neighbourhood.", the weighted
     * share answering 1 (strongly agree) or 2 (agree). Sources: "De betrokkenheid en sociale verbondenheid met elkaar en
     * de buurt zijn in het afgelopen twee jaren echt gestegen" (engagement and social connection with each other and
     * the neighbourhood really rose over the past two years; Oost).
     */
    public static final IndicatorDefinition SOCIAL_COHESION = define(
                    "social-cohesion",
                    "Social cohesion",
                    "Among valid answers (1-5) dated in the period to sc01, \"I feel connected to the people in my"
                            + " neighbourhood.\", the weighted share who agree or strongly agree.",
                    SHARE,
                    Polarity.HIGHER_IS_BETTER,
                    StatisticalUnit.PERSONS,
                    IndicatorKind.PROPORTION)
            .measure(share(ReferenceQuestions.SC01))
            .addGoals(LIVEABLE_NEIGHBOURHOODS)
            .build();

    /**
     * Goal 4. Among initiatives active in the period, the share with at least one link active in the period to another
     * initiative active in the period. Sources: "De diverse, meestal echt goede, initiatieven staan namelijk veelal los
     * van elkaar" (the many, mostly good, initiatives stand apart) and "Daarom leggen we in 2018 verschillende
     * verbindingen tussen initiatieven in de wijk" (so in 2018 we connect initiatives in the district; Noord).
     */
    public static final IndicatorDefinition INITIATIVE_NETWORK_CONNECTEDNESS = define(
                    "initiative-network-connectedness",
                    "Connected initiatives",
                    "Among initiatives active in the period, the share with at least one link active in the period to"
                            + " another initiative active in the period.",
                    SHARE,
                    Polarity.HIGHER_IS_BETTER,
                    StatisticalUnit.OTHER,
                    IndicatorKind.NETWORK)
            .measure(Measure.Network.of())
            .addGoals(LIVEABLE_NEIGHBOURHOODS)
            .build();

    /**
     * Goal 5. Support episodes of kind {@code individual} active in the period, per 1,000 inhabitants; lower is
     * better. Sources: "Het samen optrekken in de wijk zorgt er voor dat de individuele casussen dalen" (working
     * together in the neighbourhood makes individual cases fall; Oost).
     */
    public static final IndicatorDefinition INDIVIDUAL_SUPPORT_PER_1000 = define(
                    "individual-support-per-1000",
                    "Individual support per 1,000 inhabitants",
                    "Support episodes of kind individual active in the period, per 1,000 inhabitants.",
                    PER_1000,
                    Polarity.LOWER_IS_BETTER,
                    StatisticalUnit.PERSONS,
                    IndicatorKind.RATE)
            .measure(Rate.of(episodes(CountMode.STOCK, "individual"), 1000))
            .addGoals(SPECIALIST_TO_PREVENTION)
            .build();

    /**
     * Goal 5. Support episodes of kind {@code individual} that started in the period (new cases), per 1,000
     * inhabitants; lower is better. Sources: "de individuele casussen dalen" (individual cases fall; Oost).
     */
    public static final IndicatorDefinition NEW_INDIVIDUAL_CASES_PER_1000 = define(
                    "new-individual-cases-per-1000",
                    "New individual cases per 1,000 inhabitants",
                    "Support episodes of kind individual that started in the period, per 1,000 inhabitants.",
                    PER_1000,
                    Polarity.LOWER_IS_BETTER,
                    StatisticalUnit.PERSONS,
                    IndicatorKind.RATE)
            .measure(Rate.of(episodes(CountMode.FLOW, "individual"), 1000))
            .addGoals(SPECIALIST_TO_PREVENTION)
            .build();

    /**
     * Goal 5. Support episodes of kind {@code collective} active in the period, per 1,000 inhabitants. Sources: "meer
     * mensen gebruik maken van de algemene collectieve voorzieningen" (more people use the general collective
     * provisions; Oost).
     */
    public static final IndicatorDefinition COLLECTIVE_SUPPORT_PER_1000 = define(
                    "collective-support-per-1000",
                    "Collective support per 1,000 inhabitants",
                    "Support episodes of kind collective active in the period, per 1,000 inhabitants.",
                    PER_1000,
                    Polarity.HIGHER_IS_BETTER,
                    StatisticalUnit.PERSONS,
                    IndicatorKind.RATE)
            .measure(Rate.of(episodes(CountMode.STOCK, "collective"), 1000))
            .addGoals(SPECIALIST_TO_PREVENTION)
            .build();

    /**
     * Goal 5. Support episodes of kind {@code collective} active in the period over those of kind {@code individual}
     * active in the period. Sources: "het verschuiven van specialistische ondersteuning naar preventie en algemene
     * voorzieningen" (the shift from specialist support to prevention and general provisions).
     */
    public static final IndicatorDefinition COLLECTIVE_TO_INDIVIDUAL_RATIO = define(
                    "collective-to-individual-ratio",
                    "Collective to individual support",
                    "Support episodes of kind collective active in the period over those of kind individual active in"
                            + " the period.",
                    "collective episodes per individual episode",
                    Polarity.HIGHER_IS_BETTER,
                    StatisticalUnit.PERSONS,
                    IndicatorKind.RATIO)
            .measure(Measure.Ratio.of(episodes(CountMode.STOCK, "collective"), episodes(CountMode.STOCK, "individual")))
            .addGoals(SPECIALIST_TO_PREVENTION)
            .build();

    /**
     * Goal 5. Provisions of kind {@code collective} active in the period. Sources: "Eind 2018 hebben de wijkteams in
     * Enschede Oost een beduidend ruimer aanbod collectieve welzijnsvoorzieningen voorhanden" (by the end of 2018 the
     * district teams in Oost had a much broader offer of collective provisions).
     */
    public static final IndicatorDefinition COLLECTIVE_PROVISIONS_OFFERED = define(
                    "collective-provisions-offered",
                    "Collective provisions offered",
                    "Provisions of kind collective active in the period.",
                    "provisions",
                    Polarity.HIGHER_IS_BETTER,
                    StatisticalUnit.OTHER,
                    IndicatorKind.COUNT)
            .measure(Count.of(FactType.PROVISIONS, CountMode.STOCK, Filter.equalTo("kind", "collective")))
            .addGoals(SPECIALIST_TO_PREVENTION)
            .build();

    /**
     * Goal 5. Among valid answers to {@code aw01}, "Do you know where to get special transport?", the weighted share
     * answering 1 (yes). Sources: "Veel buurtbewoners kennen daardoor de voorliggende voorzieningen hiervoor niet" (many
     * residents do not know the general provisions for special transport; Oost).
     */
    public static final IndicatorDefinition PROVISION_AWARENESS = define(
                    "provision-awareness",
                    "Awareness of special transport",
                    "Among valid answers (0-1) dated in the period to aw01, \"Do you know where to get special"
                            + " transport?\", the weighted share answering yes.",
                    SHARE,
                    Polarity.HIGHER_IS_BETTER,
                    StatisticalUnit.PERSONS,
                    IndicatorKind.PROPORTION)
            .measure(share(ReferenceQuestions.AW01))
            .addGoals(SPECIALIST_TO_PREVENTION)
            .build();

    private static final List<IndicatorDefinition> ALL = List.of(
            RESIDENT_LED_INITIATIVES,
            SELF_RELIANCE_SUFFICIENT,
            PARTICIPATION_LADDER_PROGRESS,
            RESIDENTS_PARTICIPATING_PER_1000,
            VOLUNTEERS,
            LIFE_SATISFACTION_MEAN,
            LONELINESS,
            FEELS_SAFE,
            PLEASANT_TO_LIVE_MEAN,
            SOCIAL_COHESION,
            INITIATIVE_NETWORK_CONNECTEDNESS,
            INDIVIDUAL_SUPPORT_PER_1000,
            NEW_INDIVIDUAL_CASES_PER_1000,
            COLLECTIVE_SUPPORT_PER_1000,
            COLLECTIVE_TO_INDIVIDUAL_RATIO,
            COLLECTIVE_PROVISIONS_OFFERED,
            PROVISION_AWARENESS);

    private static final IndicatorCatalogue CATALOGUE = IndicatorCatalogue.of(ALL);

    private ReferenceCatalogue() {}

    /** The seventeen definitions, in the order of the catalogue's table in docs/indicators.md. */
    public static Seq<IndicatorDefinition> all() {
        return ALL;
    }

    /** The definition with {@code id}, if it is one of the seventeen. */
    public static Option<IndicatorDefinition> byId(IndicatorId id) {
        return ALL.find(d -> d.id().equals(id));
    }

    /** The seventeen as a catalogue, to which a user's own definitions can be added. */
    public static IndicatorCatalogue catalogue() {
        return CATALOGUE;
    }

    // ---- building blocks ----

    private static MeasureBuildStage define(
            String id,
            String name,
            String description,
            String unit,
            Polarity polarity,
            StatisticalUnit statisticalUnit,
            IndicatorKind kind) {
        return IndicatorDefinition.builder()
                .id(IndicatorId.of(id))
                .name(name)
                .description(description)
                .unit(unit)
                .polarity(polarity)
                .statisticalUnit(statisticalUnit)
                .kind(kind);
    }

    /** Responses dated in the period to {@code question} with a valid answer (a whole number on its scale). */
    private static Filter validAnswers(SurveyQuestion question) {
        return Filter.and(
                Filter.equalTo("question", question.code().value()),
                Filter.between(
                        "answer", question.scale().min(), question.scale().max()));
    }

    /** Among valid answers to {@code question}, the weighted share of its "yes" answers. */
    private static Measure share(SurveyQuestion question) {
        return Measure.Proportion.builder()
                .factType(FactType.SURVEY_RESPONSES)
                .mode(CountMode.FLOW)
                .population(validAnswers(question))
                .condition(Filter.in(
                        "answer",
                        List.ofAll(question.yesAnswers()).map(Literal::integer).toJavaList()))
                .weighted(true)
                .build();
    }

    /** The weighted mean of valid answers to {@code question}. */
    private static Measure mean(SurveyQuestion question) {
        return Measure.Mean.builder()
                .factType(FactType.SURVEY_RESPONSES)
                .mode(CountMode.FLOW)
                .filter(validAnswers(question))
                .valueAttribute("answer")
                .weighted(true)
                .build();
    }

    /** Support episodes of {@code kind} by {@code mode}: active in the period (stock) or started in it (flow). */
    private static Count episodes(CountMode mode, String kind) {
        return Count.of(FactType.SUPPORT_EPISODES, mode, Filter.equalTo("kind", kind));
    }
}
