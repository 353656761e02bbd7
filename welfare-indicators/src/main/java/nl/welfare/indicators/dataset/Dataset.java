package nl.welfare.indicators.dataset;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import nl.welfare.domain.area.Area;
import nl.welfare.domain.area.AreaCode;
import nl.welfare.domain.area.AreaGrouping;
import nl.welfare.domain.area.AreaHierarchy;
import nl.welfare.domain.area.AreaPopulation;
import nl.welfare.domain.community.Activity;
import nl.welfare.domain.community.ActivityId;
import nl.welfare.domain.community.Initiative;
import nl.welfare.domain.community.InitiativeId;
import nl.welfare.domain.community.InitiativeLead;
import nl.welfare.domain.community.InitiativeLink;
import nl.welfare.domain.community.Participation;
import nl.welfare.domain.community.ParticipationRole;
import nl.welfare.domain.community.PlaceId;
import nl.welfare.domain.resident.Cohort;
import nl.welfare.domain.resident.CohortMembership;
import nl.welfare.domain.resident.CohortName;
import nl.welfare.domain.resident.LadderAssessment;
import nl.welfare.domain.resident.ParticipationRung;
import nl.welfare.domain.resident.Resident;
import nl.welfare.domain.resident.ResidentId;
import nl.welfare.domain.resident.SelfRelianceAssessment;
import nl.welfare.domain.resident.SelfRelianceDomain;
import nl.welfare.domain.resident.SelfRelianceScore;
import nl.welfare.domain.support.Provision;
import nl.welfare.domain.support.ProvisionId;
import nl.welfare.domain.support.ProvisionKind;
import nl.welfare.domain.support.SupportEpisode;
import nl.welfare.domain.support.SupportEpisodeId;
import nl.welfare.domain.survey.QuestionCode;
import nl.welfare.domain.survey.RespondentId;
import nl.welfare.domain.survey.SurveyResponse;
import nl.welfare.domain.value.Identifier;
import nl.welfare.indicators.definition.FactType;

/**
 * The facts of one data package held in memory (gegevensset), immutable once built, stored as columns of primitives
 * so that a national dataset fits in the heap: per {@link FactType} a {@link FactTable} of {@code int}, {@code byte}
 * and {@code double} arrays, every repeated text (area codes, identifiers, question codes, names, themes, raw answers)
 * stored once in a shared {@link Dictionary} and named in the rows by its {@code int} index; with the
 * {@link AreaHierarchy}, the {@link AreaGrouping}s, the inhabitants per area and year and the cohorts.
 *
 * <pre>{@code
 * Dataset dataset = Dataset.builder()
 *         .hierarchy(hierarchy)
 *         .add(Participation.of(ResidentId.of("r1"), ActivityId.of("a1"), AreaCode.of("BU01530101"),
 *                 LocalDate.of(2021, 3, 14), ParticipationRole.VOLUNTEER))
 *         .build();
 * FactTable participations = dataset.table(FactType.PARTICIPATIONS);
 * participations.date(0);                                 // 18700 (2021-03-14 as an epoch day)
 * dataset.areaCode(participations.areaIndex(0));          // BU01530101
 * dataset.participation(0);                               // the Participation back
 * dataset.hasFacts(FactType.SURVEY_RESPONSES);            // false: no such resource, NO_DATA rather than zero
 * }</pre>
 *
 * <h2>Encoding</h2>
 *
 * <p>A table's columns are its fact type's {@link FactType#attributes()}, in their order, then the table's own extra
 * columns (below); {@link FactTable#columnNames()} lists them.
 *
 * <ul>
 *   <li>Dates are epoch days ({@link LocalDate#toEpochDay()}); an end that has not come ({@code ended},
 *       {@code until}, {@code left} empty) is {@link #NO_END}, larger than any day, so that "ended on or after the
 *       first day" is one comparison.
 *   <li>Identifiers, area codes and texts are {@link Dictionary} indexes; an empty optional one is {@link #NONE}.
 *   <li>Enums are {@code byte}s: the position of the code in the attribute's
 *       {@link nl.welfare.indicators.definition.Attribute#codes()}, which is the enum's ordinal.
 *   <li>{@code rung} and {@code score} are {@code byte}s holding the number (1-6, 1-5); {@code birth_year} an
 *       {@code int}, {@link #NOT_A_NUMBER} when empty.
 *   <li>A survey {@code answer} is its whole number ({@link SurveyResponse#numericAnswer()}) or
 *       {@link #NOT_A_NUMBER}; the raw text is kept in the extra column {@code answer_text}. {@code weight} is a
 *       {@code double}.
 *   <li>A self-reliance assessment is one row per scored domain; the extra column {@code assessment} numbers the
 *       assessments, so that the rows of one read back as one.
 *   <li>Activities keep their {@code place_id} in an extra column; cohort memberships are the table {@link
 *       #cohortMemberships()} ({@code cohort}, {@code resident_id}, {@code joined}, {@code left}).
 * </ul>
 *
 * <h2>Cost per record</h2>
 *
 * <p>The columns of a built dataset are trimmed to their number of rows, so a record costs exactly its primitive
 * columns:
 *
 * <table>
 *   <caption>Bytes per record, by fact type</caption>
 *   <tr><th>resource</th><th>columns</th><th>bytes</th></tr>
 *   <tr><td>{@code participations}</td><td>4 ints + 1 byte</td><td>17</td></tr>
 *   <tr><td>{@code initiatives}</td><td>6 ints + 1 byte</td><td>25</td></tr>
 *   <tr><td>{@code initiative_links}</td><td>4 ints</td><td>16</td></tr>
 *   <tr><td>{@code provisions}</td><td>5 ints + 1 byte</td><td>21</td></tr>
 *   <tr><td>{@code activities}</td><td>7 ints</td><td>28</td></tr>
 *   <tr><td>{@code ladder_assessments}</td><td>2 ints + 1 byte</td><td>9</td></tr>
 *   <tr><td>{@code self_reliance_assessments}, per domain</td><td>3 ints + 2 bytes</td><td>14</td></tr>
 *   <tr><td>{@code support_episodes}</td><td>6 ints + 1 byte</td><td>25</td></tr>
 *   <tr><td>{@code survey_responses}</td><td>6 ints + 1 double</td><td>32</td></tr>
 *   <tr><td>{@code residents}</td><td>3 ints</td><td>12</td></tr>
 *   <tr><td>{@code cohorts} (memberships)</td><td>4 ints</td><td>16</td></tr>
 * </table>
 *
 * <p>Each distinct text costs once, however many rows name it: a reference (4 bytes), two to four lookup slots (8 to
 * 16 bytes), an entry in the residents' areas (4 bytes) and the string itself (about 40 bytes plus its length). While
 * building, arrays grow by half again when full, so the builder holds up to 1.5 times the columns (amortised: 25.5
 * bytes per participation) and briefly 2.5 times during a growth step; {@link Builder#build()} copies them to their exact
 * length. Facts with a unique id (support episodes, initiatives) pay for the id's text as well, about 50 to 60 bytes
 * a record.
 *
 * <p>Example: 10 million participations of 1 million residents in 5,000 activities and 500 neighbourhoods take 10^7
 * x 17 = 170 MB of columns plus about 1.0 million x 72 = 72 MB of texts: about 240 MB retained, and about 330 MB at
 * the peak of building. {@link #estimatedBytes()} gives the figure for a built dataset.
 *
 * <p>The builder does not check the facts against each other (an area code in the hierarchy, a resident that
 * exists): that is the importer's work, done before facts reach a dataset.
 */
public final class Dataset {

    /** The index of an empty identifier, area or text, and the answer of {@link Dictionary#indexOf} for a new text. */
    public static final int NONE = -1;

    /** The day of a fact that has no date of that role (an activity's date). */
    public static final int NO_DATE = Integer.MIN_VALUE;

    /** The end of a span that has not ended: after every day. */
    public static final int NO_END = Integer.MAX_VALUE;

    /** An empty whole number: a survey answer that is not a number, a resident without a birth year. */
    public static final int NOT_A_NUMBER = Integer.MIN_VALUE;

    /** The extra column of {@link FactType#ACTIVITIES}: the dictionary index of the place, or {@link #NONE}. */
    static final String PLACE_ID = "place_id";

    /** The extra column of {@link FactType#SELF_RELIANCE_ASSESSMENTS}: the number of the row's assessment. */
    static final String ASSESSMENT = "assessment";

    /** The extra column of {@link FactType#SURVEY_RESPONSES}: the dictionary index of the raw answer. */
    static final String ANSWER_TEXT = "answer_text";

    private final Dictionary dictionary;
    private final Map<FactType, FactTable> tables;
    private final Set<FactType> present;
    private final FactTable cohortMemberships;
    private final Map<String, Optional<String>> cohortDescriptions;
    private final int[] residentArea;
    private final AreaHierarchy hierarchy;
    private final Seq<AreaGrouping> groupings;
    private final Map<PopulationKey, AreaPopulation> populations;
    private final Option<Option<nl.welfare.domain.time.ReportingPeriod>> yearsElsewhere;

    private record PopulationKey(AreaCode area, Year year) {}

    private Dataset(Builder builder) {
        dictionary = builder.texts.build();
        residentArea = new int[dictionary.size()];
        Arrays.fill(residentArea, NONE);
        EnumMap<FactType, FactTable> built = new EnumMap<>(FactType.class);
        builder.tables.forEach((type, table) -> built.put(type, table.build(residentArea)));
        tables = built;
        FactTable residents = Objects.requireNonNull(built.get(FactType.RESIDENTS), "residents table");
        IntColumn ids = residents.column("id");
        IntColumn areas = residents.column("area_code");
        for (int row = 0; row < residents.size(); row++) {
            residentArea[ids.get(row)] = areas.get(row);
        }
        EnumSet<FactType> declared = EnumSet.copyOf(builder.declared);
        built.forEach((type, table) -> {
            if (table.size() > 0) {
                declared.add(type);
            }
        });
        present = declared;
        cohortMemberships = builder.cohortMemberships.build(residentArea);
        cohortDescriptions = new LinkedHashMap<>(builder.cohortDescriptions);
        hierarchy = builder.hierarchy;
        groupings = Vector.ofAll(builder.groupings);
        populations = new LinkedHashMap<>(builder.populations);
        yearsElsewhere = builder.yearsElsewhere;
    }

    /** A builder to add facts to; {@link Builder#build()} gives the dataset. */
    public static Builder builder() {
        return new Builder();
    }

    /** The texts the rows' indexes name. */
    public Dictionary dictionary() {
        return dictionary;
    }

    /** The text of dictionary index {@code index}. */
    public String text(int index) {
        return dictionary.text(index);
    }

    /** The area code of dictionary index {@code index} (an {@code area_code} column's value). */
    public AreaCode areaCode(int index) {
        return AreaCode.of(dictionary.text(index));
    }

    /** The dictionary index of {@code code}, or {@link #NONE} when no fact names it. */
    public int indexOf(AreaCode code) {
        return dictionary.indexOf(code.value());
    }

    /** The dictionary index of {@code id}, or {@link #NONE} when no fact names it. */
    public int indexOf(Identifier id) {
        return dictionary.indexOf(id.value());
    }

    /**
     * Whether the data package had this resource: facts of it were added, or the builder was told it was present
     * ({@link Builder#present(FactType)}) though empty. An indicator over an absent resource has no data, not zero.
     */
    public boolean hasFacts(FactType type) {
        return present.contains(type);
    }

    /**
     * The whole years of the facts: from the year of the earliest to the year of the latest date (of a fact dated on
     * a day) or start (of a fact active over a span), over every fact type; none when no fact has a date. Disclosure
     * control decides on every period within them, so that every output of the package is cut from one decision. For a
     * dataset whose facts are kept elsewhere ({@link Builder#factsElsewhere}), the years given there.
     */
    public Option<nl.welfare.domain.time.ReportingPeriod> years() {
        if (yearsElsewhere.isDefined()) {
            return yearsElsewhere.get();
        }
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        for (FactType type : FactType.values()) {
            FactTable table = tables.get(type);
            if (table == null) {
                continue;
            }
            for (int row = 0; row < table.size(); row++) {
                int day = table.date(row) != NO_DATE ? table.date(row) : table.spanStart(row);
                if (day != NO_DATE) {
                    first = Math.min(first, day);
                    last = Math.max(last, day);
                }
            }
        }
        if (first == Integer.MAX_VALUE) {
            return Option.none();
        }
        int from = LocalDate.ofEpochDay(first).getYear();
        int to = LocalDate.ofEpochDay(last).getYear();
        return Option.some(
                from == to
                        ? nl.welfare.domain.time.ReportingPeriod.year(from)
                        : nl.welfare.domain.time.ReportingPeriod.years(from, to));
    }

    /** The facts of {@code type}; an empty table for a resource the package did not have. */
    public FactTable table(FactType type) {
        return Objects.requireNonNull(tables.get(type), "every fact type has a table");
    }

    /** The cohort memberships, as the {@code cohorts} resource: cohort, resident_id, joined, left. */
    public FactTable cohortMemberships() {
        return cohortMemberships;
    }

    /**
     * The dictionary index of the area of the resident whose id has dictionary index {@code residentIndex}, from the
     * {@code residents} rows; {@link #NONE} for a resident without a row.
     */
    public int residentAreaIndex(int residentIndex) {
        return residentIndex < 0 ? NONE : residentArea[residentIndex];
    }

    /** The area tree of the package (empty when it gave none). */
    public AreaHierarchy hierarchy() {
        return hierarchy;
    }

    /** The groupings of neighbourhoods that cut across the tree, in the order they were added. */
    public Seq<AreaGrouping> groupings() {
        return groupings;
    }

    /** The grouping named {@code name}, if there is one. */
    public Option<AreaGrouping> grouping(String name) {
        return groupings.find(g -> g.name().equals(name));
    }

    /** The {@code area_populations} rows, in the order added (a later row for the same area and year replaces one). */
    public Seq<AreaPopulation> populations() {
        return Vector.ofAll(populations.values());
    }

    /**
     * The inhabitants recorded for {@code area} in {@code year}: its {@code area_populations} row, else the area's
     * {@code population} in the hierarchy; empty when neither gives one.
     */
    public OptionalInt recordedPopulation(AreaCode area, Year year) {
        AreaPopulation row = populations.get(new PopulationKey(area, year));
        if (row != null) {
            return OptionalInt.of(row.population());
        }
        Option<Integer> own = hierarchy.area(area).flatMap(a -> Option.ofOptional(a.population()));
        return own.isDefined() ? OptionalInt.of(own.get()) : OptionalInt.empty();
    }

    /**
     * The inhabitants of {@code area} in {@code year}: {@link #recordedPopulation}, else the sum over its children in
     * the hierarchy when every child has a population; empty otherwise.
     */
    public OptionalInt population(AreaCode area, Year year) {
        OptionalInt recorded = recordedPopulation(area, year);
        if (recorded.isPresent()) {
            return recorded;
        }
        Seq<Area> children = hierarchy.children(area);
        if (children.isEmpty()) {
            return OptionalInt.empty();
        }
        long sum = 0;
        for (Area child : children) {
            OptionalInt part = population(child.code(), year);
            if (part.isEmpty()) {
                return OptionalInt.empty();
            }
            sum += part.getAsInt();
        }
        return sum > Integer.MAX_VALUE ? OptionalInt.empty() : OptionalInt.of((int) sum);
    }

    /**
     * The cohorts, in the order first added, each with its memberships in the order added; a membership added on its
     * own joins the cohort of its name (one without description when none was added).
     */
    public Seq<Cohort> cohorts() {
        Map<String, List<CohortMembership>> byName = new LinkedHashMap<>();
        cohortDescriptions.keySet().forEach(name -> byName.put(name, new ArrayList<>()));
        for (int row = 0; row < cohortMemberships.size(); row++) {
            CohortMembership m = cohortMembership(row);
            byName.computeIfAbsent(m.cohort().value(), name -> new ArrayList<>())
                    .add(m);
        }
        return Vector.ofAll(byName.entrySet())
                .map(e -> Cohort.builder()
                        .name(CohortName.of(e.getKey()))
                        .description(cohortDescriptions.getOrDefault(e.getKey(), Optional.empty()))
                        .addAllMemberships(e.getValue())
                        .build());
    }

    /** The bytes of every array the dataset keeps: the tables, the dictionary and the residents' areas. */
    public long estimatedBytes() {
        long total = dictionary.estimatedBytes()
                + Columns.arrayBytes(residentArea.length, Integer.BYTES)
                + cohortMemberships.estimatedBytes();
        for (FactTable table : tables.values()) {
            total += table.estimatedBytes();
        }
        return total;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Rows as domain values: for tests and debugging, not for evaluation.

    /**
     * The fact in {@code row} of {@code type} as its domain value ({@link Participation}, {@link Initiative}, ...);
     * for self-reliance assessments, the whole {@link SelfRelianceAssessment} the row's domain belongs to.
     */
    public Object row(FactType type, int row) {
        return switch (type) {
            case INITIATIVES -> initiative(row);
            case INITIATIVE_LINKS -> initiativeLink(row);
            case PROVISIONS -> provision(row);
            case ACTIVITIES -> activity(row);
            case PARTICIPATIONS -> participation(row);
            case LADDER_ASSESSMENTS -> ladderAssessment(row);
            case SELF_RELIANCE_ASSESSMENTS -> selfRelianceAssessment(row);
            case SUPPORT_EPISODES -> supportEpisode(row);
            case SURVEY_RESPONSES -> surveyResponse(row);
            case RESIDENTS -> resident(row);
        };
    }

    /** The participation in {@code row}. */
    public Participation participation(int row) {
        FactTable t = table(FactType.PARTICIPATIONS);
        return Participation.of(
                ResidentId.of(text(t, "resident_id", row)),
                ActivityId.of(text(t, "activity_id", row)),
                AreaCode.of(text(t, "area_code", row)),
                day(t, "date", row),
                ParticipationRole.values()[t.column("role").get(row)]);
    }

    /** The initiative in {@code row}. */
    public Initiative initiative(int row) {
        FactTable t = table(FactType.INITIATIVES);
        return Initiative.builder()
                .id(InitiativeId.of(text(t, "id", row)))
                .name(text(t, "name", row))
                .area(AreaCode.of(text(t, "area_code", row)))
                .lead(InitiativeLead.values()[t.column("lead").get(row)])
                .started(day(t, "started", row))
                .ended(end(t, "ended", row))
                .theme(optionalText(t, "theme", row))
                .build();
    }

    /** The initiative link in {@code row}. */
    public InitiativeLink initiativeLink(int row) {
        FactTable t = table(FactType.INITIATIVE_LINKS);
        return InitiativeLink.builder()
                .initiative(InitiativeId.of(text(t, "initiative_id", row)))
                .otherInitiative(InitiativeId.of(text(t, "other_initiative_id", row)))
                .since(day(t, "since", row))
                .until(end(t, "until", row))
                .build();
    }

    /** The provision in {@code row}. */
    public Provision provision(int row) {
        FactTable t = table(FactType.PROVISIONS);
        return Provision.builder()
                .id(ProvisionId.of(text(t, "id", row)))
                .name(text(t, "name", row))
                .kind(ProvisionKind.values()[t.column("kind").get(row)])
                .area(AreaCode.of(text(t, "area_code", row)))
                .started(day(t, "started", row))
                .ended(end(t, "ended", row))
                .build();
    }

    /** The activity in {@code row}. */
    public Activity activity(int row) {
        FactTable t = table(FactType.ACTIVITIES);
        return Activity.builder()
                .id(ActivityId.of(text(t, "id", row)))
                .name(text(t, "name", row))
                .area(AreaCode.of(text(t, "area_code", row)))
                .initiativeId(optionalText(t, "initiative_id", row).map(InitiativeId::of))
                .provisionId(optionalText(t, "provision_id", row).map(ProvisionId::of))
                .placeId(optionalText(t, PLACE_ID, row).map(PlaceId::of))
                .theme(optionalText(t, "theme", row))
                .build();
    }

    /** The ladder assessment in {@code row}. */
    public LadderAssessment ladderAssessment(int row) {
        FactTable t = table(FactType.LADDER_ASSESSMENTS);
        return LadderAssessment.of(
                ResidentId.of(text(t, "resident_id", row)),
                day(t, "date", row),
                ParticipationRung.of(t.column("rung").get(row)));
    }

    /** The whole self-reliance assessment that the domain score in {@code row} belongs to. */
    public SelfRelianceAssessment selfRelianceAssessment(int row) {
        FactTable t = table(FactType.SELF_RELIANCE_ASSESSMENTS);
        IntColumn assessment = t.column(ASSESSMENT);
        int number = assessment.get(row);
        int first = row;
        while (first > 0 && assessment.get(first - 1) == number) {
            first--;
        }
        Map<SelfRelianceDomain, SelfRelianceScore> scores = new LinkedHashMap<>();
        IntColumn domain = t.column("domain");
        IntColumn score = t.column("score");
        for (int at = first; at < t.size() && assessment.get(at) == number; at++) {
            scores.put(SelfRelianceDomain.values()[domain.get(at)], SelfRelianceScore.of(score.get(at)));
        }
        return SelfRelianceAssessment.builder()
                .resident(ResidentId.of(text(t, "resident_id", row)))
                .date(day(t, "date", row))
                .putAllScores(scores)
                .build();
    }

    /** The support episode in {@code row}. */
    public SupportEpisode supportEpisode(int row) {
        FactTable t = table(FactType.SUPPORT_EPISODES);
        return SupportEpisode.builder()
                .id(SupportEpisodeId.of(text(t, "id", row)))
                .area(AreaCode.of(text(t, "area_code", row)))
                .kind(ProvisionKind.values()[t.column("kind").get(row)])
                .provision(ProvisionId.of(text(t, "provision", row)))
                .started(day(t, "started", row))
                .resident(optionalText(t, "resident_id", row).map(ResidentId::of))
                .ended(end(t, "ended", row))
                .build();
    }

    /** The survey response in {@code row}, with its raw answer. */
    public SurveyResponse surveyResponse(int row) {
        FactTable t = table(FactType.SURVEY_RESPONSES);
        return SurveyResponse.builder()
                .respondent(RespondentId.of(text(t, "respondent_id", row)))
                .area(AreaCode.of(text(t, "area_code", row)))
                .date(day(t, "date", row))
                .question(QuestionCode.of(text(t, "question", row)))
                .answer(text(t, ANSWER_TEXT, row))
                .weight(t.weight(row))
                .build();
    }

    /** The resident in {@code row}. */
    public Resident resident(int row) {
        FactTable t = table(FactType.RESIDENTS);
        int birthYear = t.column("birth_year").get(row);
        return Resident.builder()
                .id(ResidentId.of(text(t, "id", row)))
                .area(AreaCode.of(text(t, "area_code", row)))
                .birthYear(birthYear == NOT_A_NUMBER ? Optional.empty() : Optional.of(Year.of(birthYear)))
                .build();
    }

    /** The cohort membership in {@code row} of {@link #cohortMemberships()}. */
    public CohortMembership cohortMembership(int row) {
        FactTable t = cohortMemberships;
        return CohortMembership.builder()
                .cohort(CohortName.of(text(t, "cohort", row)))
                .resident(ResidentId.of(text(t, "resident_id", row)))
                .joined(day(t, "joined", row))
                .left(end(t, "left", row))
                .build();
    }

    private String text(FactTable table, String column, int row) {
        return dictionary.text(table.column(column).get(row));
    }

    private Optional<String> optionalText(FactTable table, String column, int row) {
        int index = table.column(column).get(row);
        return index == NONE ? Optional.empty() : Optional.of(dictionary.text(index));
    }

    private static LocalDate day(FactTable table, String column, int row) {
        return LocalDate.ofEpochDay(table.column(column).get(row));
    }

    private static Optional<LocalDate> end(FactTable table, String column, int row) {
        int day = table.column(column).get(row);
        return day == NO_END ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(day));
    }

    /** The number of rows per resource, for messages. */
    @Override
    public String toString() {
        return "Dataset" + Vector.ofAll(tables.values()).filter(t -> t.size() > 0);
    }

    /**
     * Collects the facts of a data package into growing primitive arrays; {@link #build()} gives the immutable
     * {@link Dataset}. Not safe for use by several threads at once.
     */
    public static final class Builder {

        private final Dictionary.Builder texts = new Dictionary.Builder();
        private final EnumMap<FactType, TableBuilder> tables = new EnumMap<>(FactType.class);
        private final EnumSet<FactType> declared = EnumSet.noneOf(FactType.class);
        private final TableBuilder cohortMemberships = new TableBuilder(
                "cohorts",
                new TableBuilder.Roles(
                        Option.none(),
                        Option.some("joined"),
                        Option.some("left"),
                        Option.some("resident_id"),
                        Option.none(),
                        Option.none()),
                TableBuilder.Layout.ints("cohort", "resident_id", "joined", "left"));
        private final Map<String, Optional<String>> cohortDescriptions = new LinkedHashMap<>();
        private AreaHierarchy hierarchy = AreaHierarchy.of(Optional.empty(), List.of());
        private final List<AreaGrouping> groupings = new ArrayList<>();
        private final Map<PopulationKey, AreaPopulation> populations = new LinkedHashMap<>();
        private int lastAssessment = -1;
        private Option<Option<nl.welfare.domain.time.ReportingPeriod>> yearsElsewhere = Option.none();

        /**
         * Every fact type's table holds its attributes as columns (see {@link TableBuilder.Layout#of}); the
         * {@code add} methods below write them in the attributes' order. Some tables store a small number in a
         * {@code byte} or keep a column of their own after the attributes.
         */
        private Builder() {
            for (FactType type : FactType.values()) {
                tables.put(type, TableBuilder.of(layout(type)));
            }
        }

        private static TableBuilder.Layout layout(FactType type) {
            TableBuilder.Layout attributes = TableBuilder.Layout.of(type);
            return switch (type) {
                case ACTIVITIES -> attributes.extra(PLACE_ID, TableBuilder.Kind.INT);
                case LADDER_ASSESSMENTS -> attributes.inBytes("rung");
                case SELF_RELIANCE_ASSESSMENTS -> attributes.inBytes("score").extra(ASSESSMENT, TableBuilder.Kind.INT);
                case SURVEY_RESPONSES -> attributes.extra(ANSWER_TEXT, TableBuilder.Kind.INT);
                default -> attributes;
            };
        }

        private TableBuilder rows(FactType type) {
            return Objects.requireNonNull(tables.get(type), "every fact type has a table");
        }

        private int text(String text) {
            return texts.intern(text);
        }

        private int id(Identifier id) {
            return texts.intern(id.value());
        }

        private int area(AreaCode code) {
            return texts.intern(code.value());
        }

        private int optional(Optional<? extends Identifier> id) {
            return id.isPresent() ? id(id.get()) : NONE;
        }

        private int optionalText(Optional<String> text) {
            return text.isPresent() ? text(text.get()) : NONE;
        }

        private static int day(LocalDate date) {
            long day = date.toEpochDay();
            if (day <= Integer.MIN_VALUE || day >= Integer.MAX_VALUE) {
                throw new IllegalArgumentException("date out of range for a dataset: " + date);
            }
            return (int) day;
        }

        private static int end(Optional<LocalDate> date) {
            return date.isPresent() ? day(date.get()) : NO_END;
        }

        /** Records that the package has the resource of {@code type}, even if it adds no facts of it. */
        public Builder present(FactType type) {
            declared.add(type);
            return this;
        }

        /**
         * Makes the dataset one whose fact rows are kept elsewhere, such as a database that counts them for the engine
         * through a {@code FigureSource}: it holds the areas, groupings, populations, cohorts and which resources are
         * {@link #present}, but no fact rows. {@link Dataset#years()} then answers {@code years}, the years of the facts
         * where they are kept, rather than reading rows, and the area codes of the hierarchy are in the dictionary, so
         * that a source can find the cells of every area ({@code FigureCover.cellsOf}).
         *
         * <pre>{@code
         * Dataset skeleton = Dataset.builder()
         *         .hierarchy(hierarchy)
         *         .present(FactType.PARTICIPATIONS)
         *         .factsElsewhere(Option.some(ReportingPeriod.years(2015, 2021)))
         *         .build();
         * skeleton.years();                                   // Some(2015-2021), though it has no rows
         * }</pre>
         */
        public Builder factsElsewhere(Option<nl.welfare.domain.time.ReportingPeriod> years) {
            this.yearsElsewhere = Option.some(years);
            return this;
        }

        /** Sets the area tree (by default an empty one without vintage). */
        public Builder hierarchy(AreaHierarchy hierarchy) {
            this.hierarchy = hierarchy;
            return this;
        }

        /** Adds a grouping of neighbourhoods. */
        public Builder grouping(AreaGrouping grouping) {
            groupings.add(grouping);
            return this;
        }

        /** Adds the inhabitants of an area in a year; a later row for the same area and year replaces an earlier. */
        public Builder add(AreaPopulation population) {
            populations.put(new PopulationKey(population.areaCode(), population.year()), population);
            return this;
        }

        /** Adds a participation. */
        public Builder add(Participation p) {
            rows(FactType.PARTICIPATIONS)
                    .i(id(p.resident()))
                    .i(id(p.activity()))
                    .i(area(p.area()))
                    .i(day(p.date()))
                    .b(p.role().ordinal())
                    .end();
            return this;
        }

        /** Adds an initiative. */
        public Builder add(Initiative i) {
            rows(FactType.INITIATIVES)
                    .i(id(i.id()))
                    .i(text(i.name()))
                    .i(area(i.area()))
                    .b(i.lead().ordinal())
                    .i(day(i.started()))
                    .i(end(i.ended()))
                    .i(optionalText(i.theme()))
                    .end();
            return this;
        }

        /** Adds a link between two initiatives, as given (not normalised). */
        public Builder add(InitiativeLink l) {
            rows(FactType.INITIATIVE_LINKS)
                    .i(id(l.initiative()))
                    .i(id(l.otherInitiative()))
                    .i(day(l.since()))
                    .i(end(l.until()))
                    .end();
            return this;
        }

        /** Adds a provision. */
        public Builder add(Provision p) {
            rows(FactType.PROVISIONS)
                    .i(id(p.id()))
                    .i(text(p.name()))
                    .b(p.kind().ordinal())
                    .i(area(p.area()))
                    .i(day(p.started()))
                    .i(end(p.ended()))
                    .end();
            return this;
        }

        /** Adds an activity. */
        public Builder add(Activity a) {
            rows(FactType.ACTIVITIES)
                    .i(id(a.id()))
                    .i(text(a.name()))
                    .i(area(a.area()))
                    .i(optional(a.initiativeId()))
                    .i(optional(a.provisionId()))
                    .i(optionalText(a.theme()))
                    .i(optional(a.placeId()))
                    .end();
            return this;
        }

        /** Adds a ladder assessment. */
        public Builder add(LadderAssessment a) {
            rows(FactType.LADDER_ASSESSMENTS)
                    .i(id(a.resident()))
                    .i(day(a.date()))
                    .b(a.rung().number())
                    .end();
            return this;
        }

        /** Adds a self-reliance assessment: one row per scored domain, numbered as one assessment. */
        public Builder add(SelfRelianceAssessment a) {
            TableBuilder rows = rows(FactType.SELF_RELIANCE_ASSESSMENTS);
            int number = rows.size() == 0 ? 0 : lastAssessment + 1;
            int resident = id(a.resident());
            int date = day(a.date());
            for (Map.Entry<SelfRelianceDomain, SelfRelianceScore> score :
                    a.scores().entrySet()) {
                rows.i(resident)
                        .i(date)
                        .b(score.getKey().ordinal())
                        .b(score.getValue().number())
                        .i(number)
                        .end();
            }
            lastAssessment = number;
            return this;
        }

        /** Adds a support episode. */
        public Builder add(SupportEpisode e) {
            rows(FactType.SUPPORT_EPISODES)
                    .i(id(e.id()))
                    .i(optional(e.resident()))
                    .i(area(e.area()))
                    .b(e.kind().ordinal())
                    .i(id(e.provision()))
                    .i(day(e.started()))
                    .i(end(e.ended()))
                    .end();
            return this;
        }

        /** Adds a survey response: its whole-number answer (or {@link Dataset#NOT_A_NUMBER}) and its raw answer. */
        public Builder add(SurveyResponse r) {
            OptionalInt answer = r.numericAnswer();
            rows(FactType.SURVEY_RESPONSES)
                    .i(id(r.respondent()))
                    .i(area(r.area()))
                    .i(day(r.date()))
                    .i(text(r.question().value()))
                    .i(answer.isPresent() ? answer.getAsInt() : NOT_A_NUMBER)
                    .d(r.weight())
                    .i(text(r.answer()))
                    .end();
            return this;
        }

        /** Adds a resident. */
        public Builder add(Resident r) {
            rows(FactType.RESIDENTS)
                    .i(id(r.id()))
                    .i(area(r.area()))
                    .i(r.birthYear().map(Year::getValue).orElse(NOT_A_NUMBER))
                    .end();
            return this;
        }

        /** Adds a cohort: its description and every membership. */
        public Builder add(Cohort c) {
            String name = c.name().value();
            if (c.description().isPresent() || !cohortDescriptions.containsKey(name)) {
                cohortDescriptions.put(name, c.description());
            }
            c.memberships().forEach(this::add);
            return this;
        }

        /** Adds a membership of a cohort (the cohort is known from then on, without description if none is added). */
        public Builder add(CohortMembership m) {
            cohortDescriptions.putIfAbsent(m.cohort().value(), Optional.empty());
            cohortMemberships
                    .i(id(m.cohort()))
                    .i(id(m.resident()))
                    .i(day(m.joined()))
                    .i(end(m.left()))
                    .end();
            return this;
        }

        /** The bytes the builder's growing arrays hold now, their slack included (the dictionary not). */
        public long capacityBytes() {
            long total = cohortMemberships.capacityBytes();
            for (TableBuilder table : tables.values()) {
                total += table.capacityBytes();
            }
            return total;
        }

        /** The dataset of the facts added so far; the builder may go on and build again. */
        public Dataset build() {
            if (yearsElsewhere.isDefined()) {
                hierarchy.areas().forEach(a -> area(a.code()));
            }
            return new Dataset(this);
        }
    }
}
