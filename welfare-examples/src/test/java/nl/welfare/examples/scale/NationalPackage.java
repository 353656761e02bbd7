package nl.welfare.examples.scale;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.IntUnaryOperator;
import nl.welfare.adapters.files.cbs.CbsRegionList;
import nl.welfare.adapters.files.datapackage.DataPackageWriter;
import nl.welfare.domain.area.Area;
import nl.welfare.domain.area.AreaCode;
import nl.welfare.domain.area.AreaHierarchy;
import nl.welfare.domain.area.AreaLevel;
import nl.welfare.domain.area.AreaPopulation;
import nl.welfare.domain.community.Activity;
import nl.welfare.domain.community.ActivityId;
import nl.welfare.domain.community.Initiative;
import nl.welfare.domain.community.InitiativeId;
import nl.welfare.domain.community.InitiativeLead;
import nl.welfare.domain.community.InitiativeLink;
import nl.welfare.domain.community.Participation;
import nl.welfare.domain.community.ParticipationRole;
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
import nl.welfare.indicators.dataset.Dataset;
import nl.welfare.indicators.dataset.FactTable;
import nl.welfare.indicators.definition.FactType;

/**
 * Writes a synthetic data package of the whole Netherlands (landelijk gegevenspakket), for timing {@code welfare
 * compute} at national scale: every municipality, district and neighbourhood of a CBS region list (by default the 2022
 * list of table 85318NED, 14,317 neighbourhoods), with made-up inhabitants, residents and facts of every fact resource.
 * The same seed and sizes give the same package, byte for byte: every number is drawn in a fixed order from one
 * {@link Random}, whose algorithm the JDK specifies.
 *
 * <pre>{@code
 * # compile the test classes and the runnable jar, then write the package (about 1.5 million survey answers)
 * ./mvnw -B -q -o package -DskipTests
 * java -Xmx6g -cp welfare-examples/target/test-classes:welfare-examples/target/welfare.jar \
 *     nl.welfare.examples.scale.NationalPackage /work/national-package
 * # a tenth of the facts, over the same areas
 * java -cp ... nl.welfare.examples.scale.NationalPackage /tmp/small --scale 0.1
 * }</pre>
 *
 * <p>What it makes, with the defaults (each size is a flag, see {@link #USAGE}; {@code --scale} multiplies them all):
 *
 * <ul>
 *   <li>{@code areas} from the region list (vintage from its name) and {@code area_populations}: each neighbourhood
 *       200 to 6,000 inhabitants (skewed towards small ones) in 2022, drifting by a few percent a year from 2018.
 *   <li>{@code residents}: 500,000 pseudonymous residents spread over the neighbourhoods by inhabitants.
 *   <li>{@code survey_responses}: 1,500,000 answers to the six reference questions (wl01, wl04, zw00, zw04, sc01,
 *       aw01), dated September to November. As with local monitors, about half of the municipalities run a survey, each
 *       in about three of the five years; a respondent answers each question with probability 0.9, about 3% of answers
 *       are empty or out of scale (read with a warning), and weights are 1 for half of the respondents, else around 1.
 *   <li>{@code provisions}: per municipality three individual provisions and special transport (collective), per
 *       district a collective neighbourhood living room.
 *   <li>{@code support_episodes}: 400,000 episodes, 60% individual (always with a resident), 40% collective (30% of
 *       them anonymous), in the resident's neighbourhood, everywhere in the country.
 *   <li>A welfare programme in a quarter of the municipalities: {@code initiatives} (20,000, 70% of them there) and
 *       {@code initiative_links} (15,000, within a municipality), {@code activities} (30,000, 85% there) and
 *       {@code participations} (400,000, as series of weekly visits by one resident in one role), {@code
 *       ladder_assessments} (150,000, one to five per resident, a few months apart, so that many residents have two
 *       in one year) and {@code self_reliance_assessments} (150,000 rows, one per scored domain, all 13 domains or a
 *       subset) of residents living there.
 * </ul>
 *
 * <p>Every date falls in 2018-2022, so that {@code welfare compute} without {@code --from} and {@code --to} covers
 * exactly those five years. Neighbourhood-year cells of persons hold from none to some tens of persons, so that they
 * straddle the minimum count of 10 and disclosure control suppresses many of them, as in a real national package.
 *
 * <p>This is a test-scope program, not a test: it is run by hand for benchmarks and is not part of the build's tests.
 */
public final class NationalPackage {

    /** The region list read when {@code --cbs} is not given. */
    static final String DEFAULT_CBS =
            "welfare-adapters-files/src/test/resources/cbs/CBS_85318NED_WijkenEnBuurten_2022.csv";

    /** The command-line help. */
    static final String USAGE = String.join(
            System.lineSeparator(),
            "usage: NationalPackage OUT_FOLDER [options]",
            "  --cbs FILE                 CBS region list (default, from the repository root: " + DEFAULT_CBS + ")",
            "  --seed N                   seed of the random numbers (default 20221231)",
            "  --scale F                  multiply every size below by F (default 1)",
            "  --residents N              residents (default 500000)",
            "  --survey-responses N       survey answers (default 1500000)",
            "  --support-episodes N       support episodes (default 400000)",
            "  --participations N         participations (default 400000)",
            "  --ladder-assessments N     participation ladder assessments (default 150000)",
            "  --self-reliance-rows N     self-reliance rows, one per scored domain (default 150000)",
            "  --initiatives N            initiatives (default 20000)",
            "  --initiative-links N       links between initiatives (default 15000)",
            "  --activities N             activities (default 30000)",
            "  --min-population N         fewest inhabitants of a neighbourhood in 2022 (default 200)",
            "  --max-population N         most inhabitants of a neighbourhood in 2022 (default 6000)",
            "  --programme-share F        share of municipalities with a welfare programme (default 0.25)");

    private static final int FIRST_YEAR = 2018;
    private static final int LAST_YEAR = 2022;
    private static final int YEARS = LAST_YEAR - FIRST_YEAR + 1;
    private static final int FIRST_DAY = (int) LocalDate.of(FIRST_YEAR, 1, 1).toEpochDay();
    private static final int LAST_DAY = (int) LocalDate.of(LAST_YEAR, 12, 31).toEpochDay();

    /** The reference questions: code, lowest and highest valid answer, and the weights of the valid answers. */
    private static final List<Question> QUESTIONS = List.of(
            new Question("wl01", 1, 10, new double[] {1, 1, 2, 3, 6, 12, 25, 30, 14, 6}),
            new Question("wl04", 1, 5, new double[] {35, 45, 12, 5, 3}),
            new Question("zw00", 1, 10, new double[] {1, 1, 2, 3, 6, 12, 24, 32, 13, 6}),
            new Question("zw04", 1, 4, new double[] {55, 33, 9, 3}),
            new Question("sc01", 1, 5, new double[] {12, 33, 32, 16, 7}),
            new Question("aw01", 0, 1, new double[] {40, 60}));

    private static final String[] THEMES = {
        "meeting neighbours", "neighbourly help", "sport", "repairs", "green", "youth", "elderly", "language"
    };
    private static final String[] INDIVIDUAL_PROVISIONS = {"household-help", "daytime-activities", "home-support"};
    private static final ParticipationRole[] ROLES = ParticipationRole.values();
    private static final SelfRelianceDomain[] DOMAINS = SelfRelianceDomain.values();

    private final Sizes sizes;
    private final Random random;
    private final AreaHierarchy hierarchy;
    private final Dataset.Builder data = Dataset.builder();

    // Neighbourhoods, in the order of the region list, and their municipality and district.
    private final List<AreaCode> neighbourhoods = new ArrayList<>();
    private final List<AreaCode> municipalities = new ArrayList<>();
    private final List<AreaCode> districts = new ArrayList<>();
    private int[] municipalityOf;
    private int[] districtOf;
    private int[][] population; // [neighbourhood][year - FIRST_YEAR]
    private boolean[] programme; // per municipality

    // Residents: their neighbourhood, and per neighbourhood and municipality the residents living there.
    private int[] residentHome;
    private int[][] residentsIn;
    private int[][] residentsInMunicipality;
    private int[] programmeResidents;

    // Provisions: the collective one of each district and its first day; special transport per municipality.
    private int[] livingRoomStart;
    private int[] livingRoomEnd;

    // Initiatives and activities, per neighbourhood and municipality.
    private final List<Initiative> initiatives = new ArrayList<>();
    private int[] initiativeHome;
    private int[][] initiativesIn;
    private int[][] initiativesInMunicipality;
    private final List<Activity> activities = new ArrayList<>();
    private int[] activityHome;

    private NationalPackage(Sizes sizes, AreaHierarchy hierarchy) {
        this.sizes = sizes;
        this.random = new Random(sizes.seed());
        this.hierarchy = hierarchy;
    }

    /**
     * Writes the package: {@code OUT_FOLDER [options]}, see {@link #USAGE}. Prints the rows per resource when done;
     * exits with 2 on wrong usage.
     */
    public static void main(String[] args) {
        Optional<Sizes> parsed = Sizes.parse(args, System.err);
        if (parsed.isEmpty()) {
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        Sizes sizes = parsed.get();
        long start = System.nanoTime();
        AreaHierarchy hierarchy = CbsRegionList.read(sizes.cbs()).hierarchy();
        NationalPackage generator = new NationalPackage(sizes, hierarchy);
        Dataset dataset = generator.generate();
        DataPackageWriter.write(dataset, sizes.out());
        System.out.printf(
                Locale.ROOT,
                "wrote %s in %.1f s (seed %d): %,d areas, %,d area_populations%n",
                sizes.out(),
                (System.nanoTime() - start) / 1e9,
                sizes.seed(),
                hierarchy.size(),
                dataset.populations().size());
        for (FactType type : FactType.values()) {
            if (dataset.hasFacts(type)) {
                FactTable table = dataset.table(type);
                System.out.printf(Locale.ROOT, "  %-26s %,11d rows%n", type, table.size());
            }
        }
        System.out.printf(
                Locale.ROOT,
                "  %-26s %,11d (of %,d municipalities)%n",
                "programme municipalities",
                generator.programmeCount(),
                generator.municipalities.size());
    }

    /** Builds the whole dataset, resource by resource, in a fixed order. */
    Dataset generate() {
        data.hierarchy(hierarchy);
        areas();
        residents();
        surveys();
        provisions();
        supportEpisodes();
        initiatives();
        initiativeLinks();
        activities();
        participations();
        ladderAssessments();
        selfRelianceAssessments();
        return data.build();
    }

    private int programmeCount() {
        int n = 0;
        for (boolean p : programme) {
            n += p ? 1 : 0;
        }
        return n;
    }

    // ---- areas and inhabitants

    private void areas() {
        Map<AreaCode, Integer> municipalityIndex = new HashMap<>();
        Map<AreaCode, Integer> districtIndex = new HashMap<>();
        for (Area a : hierarchy.areas(AreaLevel.MUNICIPALITY)) {
            municipalityIndex.put(a.code(), municipalities.size());
            municipalities.add(a.code());
        }
        for (Area a : hierarchy.areas(AreaLevel.DISTRICT)) {
            districtIndex.put(a.code(), districts.size());
            districts.add(a.code());
        }
        List<Integer> toMunicipality = new ArrayList<>();
        List<Integer> toDistrict = new ArrayList<>();
        for (Area a : hierarchy.areas(AreaLevel.NEIGHBOURHOOD)) {
            AreaCode district = a.parentCode().orElseThrow();
            AreaCode municipality = hierarchy.parent(district).get().code();
            neighbourhoods.add(a.code());
            toDistrict.add(districtIndex.get(district));
            toMunicipality.add(municipalityIndex.get(municipality));
        }
        municipalityOf = toMunicipality.stream().mapToInt(Integer::intValue).toArray();
        districtOf = toDistrict.stream().mapToInt(Integer::intValue).toArray();

        programme = new boolean[municipalities.size()];
        for (int m = 0; m < programme.length; m++) {
            programme[m] = random.nextDouble() < sizes.programmeShare();
        }

        population = new int[neighbourhoods.size()][YEARS];
        int span = sizes.maxPopulation() - sizes.minPopulation();
        for (int n = 0; n < neighbourhoods.size(); n++) {
            double u = random.nextDouble();
            int in2022 = sizes.minPopulation() + (int) Math.round(span * u * u);
            double growth = -0.015 + 0.04 * random.nextDouble();
            for (int y = 0; y < YEARS; y++) {
                population[n][y] = (int) Math.round(in2022 * Math.pow(1 + growth, y - (YEARS - 1)));
                data.add(AreaPopulation.of(neighbourhoods.get(n), Year.of(FIRST_YEAR + y), population[n][y]));
            }
        }
    }

    // ---- residents

    private void residents() {
        int count = sizes.residents();
        long[] cumulative = cumulative(neighbourhoods.size(), n -> population[n][YEARS - 1]);
        residentHome = new int[count];
        for (int r = 0; r < count; r++) {
            int home = pick(cumulative);
            residentHome[r] = home;
            Optional<Year> born =
                    random.nextDouble() < 0.03 ? Optional.empty() : Optional.of(Year.of(1925 + random.nextInt(83)));
            data.add(Resident.builder()
                    .id(residentId(r))
                    .area(neighbourhoods.get(home))
                    .birthYear(born)
                    .build());
        }
        present(FactType.RESIDENTS);
        residentsIn = groupBy(residentHome, neighbourhoods.size(), h -> h);
        residentsInMunicipality = groupBy(residentHome, municipalities.size(), h -> municipalityOf[h]);
        List<Integer> inProgramme = new ArrayList<>();
        for (int r = 0; r < count; r++) {
            if (programme[municipalityOf[residentHome[r]]]) {
                inProgramme.add(r);
            }
        }
        programmeResidents = inProgramme.stream().mapToInt(Integer::intValue).toArray();
    }

    private static ResidentId residentId(int r) {
        return ResidentId.of(String.format(Locale.ROOT, "r-%07d", r));
    }

    // ---- surveys

    private void surveys() {
        boolean[][] surveyed = new boolean[municipalities.size()][YEARS];
        for (int m = 0; m < municipalities.size(); m++) {
            boolean surveys = random.nextDouble() < 0.5;
            for (int y = 0; y < YEARS; y++) {
                surveyed[m][y] = surveys && random.nextDouble() < 0.6;
            }
        }
        // The cells (neighbourhood, year) of a survey, weighted by inhabitants.
        int cells = neighbourhoods.size() * YEARS;
        long[] cumulative = cumulative(cells, c -> {
            int n = c / YEARS;
            int y = c % YEARS;
            return surveyed[municipalityOf[n]][y] ? population[n][y] : 0;
        });
        present(FactType.SURVEY_RESPONSES);
        if (cumulative[cells - 1] == 0) {
            return;
        }
        int target = sizes.surveyResponses();
        int written = 0;
        int respondent = 0;
        while (written < target) {
            int cell = pick(cumulative);
            int n = cell / YEARS;
            int year = FIRST_YEAR + cell % YEARS;
            LocalDate date = LocalDate.of(year, 9, 1).plusDays(random.nextInt(91));
            RespondentId who = RespondentId.of(String.format(Locale.ROOT, "bp%d-%07d", year, respondent++));
            double weight =
                    random.nextBoolean() ? 1.0 : Math.round(Math.exp(0.3 * random.nextGaussian()) * 1000) / 1000.0;
            for (Question q : QUESTIONS) {
                if (written == target) {
                    break;
                }
                if (random.nextDouble() >= 0.9) {
                    continue;
                }
                data.add(SurveyResponse.builder()
                        .respondent(who)
                        .area(neighbourhoods.get(n))
                        .date(date)
                        .question(QuestionCode.of(q.code()))
                        .answer(answer(q))
                        .weight(weight)
                        .build());
                written++;
            }
        }
    }

    /** A valid answer to {@code q} in about 97 of 100 cases, else empty or out of its scale. */
    private String answer(Question q) {
        double u = random.nextDouble();
        if (u < 0.015) {
            return "";
        }
        if (u < 0.03) {
            return q.max() == 1 ? "9" : "99";
        }
        return Integer.toString(q.min() + pickWeighted(q.weights()));
    }

    // ---- provisions and support

    private void provisions() {
        LocalDate first = LocalDate.ofEpochDay(FIRST_DAY);
        for (AreaCode m : municipalities) {
            for (String kind : INDIVIDUAL_PROVISIONS) {
                data.add(Provision.builder()
                        .id(individualProvision(m, kind))
                        .name(kind.replace('-', ' ') + " " + m.value())
                        .kind(ProvisionKind.INDIVIDUAL)
                        .area(m)
                        .started(first)
                        .build());
            }
            data.add(Provision.builder()
                    .id(specialTransport(m))
                    .name("Special transport " + m.value())
                    .kind(ProvisionKind.COLLECTIVE)
                    .area(m)
                    .started(first)
                    .build());
        }
        livingRoomStart = new int[districts.size()];
        livingRoomEnd = new int[districts.size()];
        for (int d = 0; d < districts.size(); d++) {
            int start = random.nextDouble() < 0.7 ? FIRST_DAY : FIRST_DAY + random.nextInt(4 * 365);
            int end = random.nextDouble() < 0.1 ? start + 180 + random.nextInt(1000) : Integer.MAX_VALUE;
            livingRoomStart[d] = start;
            livingRoomEnd[d] = end > LAST_DAY ? Integer.MAX_VALUE : end;
            data.add(Provision.builder()
                    .id(livingRoom(d))
                    .name("Neighbourhood living room " + districts.get(d).value())
                    .kind(ProvisionKind.COLLECTIVE)
                    .area(districts.get(d))
                    .started(LocalDate.ofEpochDay(start))
                    .ended(optionalDay(livingRoomEnd[d]))
                    .build());
        }
        present(FactType.PROVISIONS);
    }

    private static ProvisionId individualProvision(AreaCode municipality, String kind) {
        return ProvisionId.of(municipality.value() + "-" + kind);
    }

    private static ProvisionId specialTransport(AreaCode municipality) {
        return ProvisionId.of(municipality.value() + "-special-transport");
    }

    private ProvisionId livingRoom(int district) {
        return ProvisionId.of(districts.get(district).value() + "-living-room");
    }

    private void supportEpisodes() {
        long[] byInhabitants = cumulative(neighbourhoods.size(), n -> population[n][YEARS - 1]);
        int count = sizes.supportEpisodes();
        for (int e = 0; e < count; e++) {
            boolean individual = random.nextDouble() < 0.6;
            Optional<ResidentId> resident = Optional.empty();
            int home;
            if (individual || random.nextDouble() < 0.7) {
                int r = random.nextInt(residentHome.length);
                resident = Optional.of(residentId(r));
                home = residentHome[r];
            } else {
                home = pick(byInhabitants);
            }
            int start = FIRST_DAY + random.nextInt(LAST_DAY - FIRST_DAY + 1);
            int end = random.nextDouble() < 0.25
                    ? Integer.MAX_VALUE
                    : start + (individual ? 30 + random.nextInt(700) : random.nextInt(365));
            AreaCode municipality = municipalities.get(municipalityOf[home]);
            ProvisionId provision;
            if (individual) {
                provision = individualProvision(
                        municipality, INDIVIDUAL_PROVISIONS[random.nextInt(INDIVIDUAL_PROVISIONS.length)]);
            } else {
                int d = districtOf[home];
                boolean open = livingRoomStart[d] <= start && start <= livingRoomEnd[d];
                provision = open && random.nextDouble() < 0.7 ? livingRoom(d) : specialTransport(municipality);
            }
            data.add(SupportEpisode.builder()
                    .id(SupportEpisodeId.of(String.format(Locale.ROOT, "e-%07d", e)))
                    .area(neighbourhoods.get(home))
                    .kind(individual ? ProvisionKind.INDIVIDUAL : ProvisionKind.COLLECTIVE)
                    .provision(provision)
                    .started(LocalDate.ofEpochDay(start))
                    .resident(resident)
                    .ended(optionalDay(end > LAST_DAY ? Integer.MAX_VALUE : end))
                    .build());
        }
        present(FactType.SUPPORT_EPISODES);
    }

    // ---- the welfare programme: initiatives, activities, participations, assessments

    /** A neighbourhood by inhabitants: in a programme municipality with probability {@code inProgramme}. */
    private int programmeNeighbourhood(long[] inProgramme, long[] everywhere, double share) {
        boolean there = inProgramme[inProgramme.length - 1] > 0 && random.nextDouble() < share;
        return pick(there ? inProgramme : everywhere);
    }

    private void initiatives() {
        long[] everywhere = cumulative(neighbourhoods.size(), n -> population[n][YEARS - 1]);
        long[] inProgramme =
                cumulative(neighbourhoods.size(), n -> programme[municipalityOf[n]] ? population[n][YEARS - 1] : 0);
        int count = sizes.initiatives();
        int[] home = new int[count];
        initiativeHome = home;
        for (int i = 0; i < count; i++) {
            home[i] = programmeNeighbourhood(inProgramme, everywhere, 0.7);
            int start = FIRST_DAY + random.nextInt(LAST_DAY - FIRST_DAY + 1);
            int end = random.nextDouble() < 0.25 ? start + 90 + random.nextInt(1400) : Integer.MAX_VALUE;
            double u = random.nextDouble();
            InitiativeLead lead =
                    u < 0.5 ? InitiativeLead.RESIDENTS : u < 0.8 ? InitiativeLead.JOINT : InitiativeLead.PROFESSIONALS;
            Initiative initiative = Initiative.builder()
                    .id(InitiativeId.of(String.format(Locale.ROOT, "i-%06d", i)))
                    .name("Initiative " + i)
                    .area(neighbourhoods.get(home[i]))
                    .lead(lead)
                    .started(LocalDate.ofEpochDay(start))
                    .ended(optionalDay(end > LAST_DAY ? Integer.MAX_VALUE : end))
                    .theme(THEMES[random.nextInt(THEMES.length)])
                    .build();
            initiatives.add(initiative);
            data.add(initiative);
        }
        present(FactType.INITIATIVES);
        initiativesIn = groupBy(home, neighbourhoods.size(), h -> h);
        initiativesInMunicipality = groupBy(home, municipalities.size(), h -> municipalityOf[h]);
    }

    private void initiativeLinks() {
        int target = sizes.initiativeLinks();
        Set<Long> pairs = new HashSet<>();
        int written = 0;
        for (int attempt = 0; written < target && attempt < 20L * target + 100 && !initiatives.isEmpty(); attempt++) {
            int a = random.nextInt(initiatives.size());
            int[] nearby = initiativesInMunicipality[municipalityOf[initiativeHome[a]]];
            int b = nearby[random.nextInt(nearby.length)];
            if (a == b || !pairs.add((long) Math.min(a, b) * initiatives.size() + Math.max(a, b))) {
                continue;
            }
            Initiative one = initiatives.get(a);
            Initiative two = initiatives.get(b);
            long from = Math.max(one.started().toEpochDay(), two.started().toEpochDay());
            long since = from + random.nextInt(365);
            if (since > LAST_DAY) {
                continue;
            }
            long until = random.nextDouble() < 0.2 ? since + random.nextInt(900) : Integer.MAX_VALUE;
            data.add(InitiativeLink.builder()
                    .initiative(one.id())
                    .otherInitiative(two.id())
                    .since(LocalDate.ofEpochDay(since))
                    .until(optionalDay(until > LAST_DAY ? Integer.MAX_VALUE : (int) until))
                    .build());
            written++;
        }
        present(FactType.INITIATIVE_LINKS);
    }

    private void activities() {
        long[] everywhere = cumulative(neighbourhoods.size(), n -> population[n][YEARS - 1]);
        long[] inProgramme =
                cumulative(neighbourhoods.size(), n -> programme[municipalityOf[n]] ? population[n][YEARS - 1] : 0);
        int count = sizes.activities();
        activityHome = new int[count];
        for (int a = 0; a < count; a++) {
            int home = programmeNeighbourhood(inProgramme, everywhere, 0.85);
            activityHome[a] = home;
            String theme = THEMES[random.nextInt(THEMES.length)];
            var activity = Activity.builder()
                    .id(ActivityId.of(String.format(Locale.ROOT, "a-%06d", a)))
                    .name(theme + " " + a)
                    .area(neighbourhoods.get(home))
                    .theme(theme);
            double u = random.nextDouble();
            int[] local = initiativesIn[home];
            if (u < 0.6 && local.length > 0) {
                activity.initiativeId(
                        initiatives.get(local[random.nextInt(local.length)]).id());
            } else if (u < 0.8) {
                activity.provisionId(livingRoom(districtOf[home]));
            }
            Activity built = activity.build();
            activities.add(built);
            data.add(built);
        }
        present(FactType.ACTIVITIES);
    }

    private void participations() {
        int target = sizes.participations();
        int written = 0;
        while (written < target && !activities.isEmpty()) {
            int a = random.nextInt(activities.size());
            int home = activityHome[a];
            int resident = residentNear(home);
            double u = random.nextDouble();
            ParticipationRole role = u < 0.8 ? ROLES[0] : u < 0.95 ? ROLES[1] : ROLES[2];
            int visits = 1 + (int) Math.floor(-Math.log(1 - random.nextDouble()) * 3);
            int day = FIRST_DAY + random.nextInt(LAST_DAY - FIRST_DAY + 1);
            for (int v = 0; v < visits && day <= LAST_DAY && written < target; v++, day += 7) {
                data.add(Participation.of(
                        residentId(resident),
                        activities.get(a).id(),
                        neighbourhoods.get(home),
                        LocalDate.ofEpochDay(day),
                        role));
                written++;
            }
        }
        present(FactType.PARTICIPATIONS);
    }

    /** A resident of the neighbourhood mostly, else of its municipality, else anyone. */
    private int residentNear(int neighbourhood) {
        int[] local = residentsIn[neighbourhood];
        if (local.length > 0 && random.nextDouble() < 0.8) {
            return local[random.nextInt(local.length)];
        }
        int[] municipality = residentsInMunicipality[municipalityOf[neighbourhood]];
        if (municipality.length > 0) {
            return municipality[random.nextInt(municipality.length)];
        }
        return random.nextInt(residentHome.length);
    }

    private void ladderAssessments() {
        int target = sizes.ladderAssessments();
        int[] order = shuffled(programmeResidents.length > 0 ? programmeResidents : allResidents());
        int written = 0;
        for (int next = 0; written < target; next++) {
            int resident = order[next % order.length];
            int assessments = 1 + pickWeighted(new double[] {20, 30, 25, 15, 10});
            int day = FIRST_DAY + random.nextInt(LAST_DAY - FIRST_DAY - 60);
            int rung = 1 + random.nextInt(4);
            for (int k = 0; k < assessments && day <= LAST_DAY && written < target; k++) {
                data.add(LadderAssessment.of(
                        residentId(resident), LocalDate.ofEpochDay(day), ParticipationRung.of(rung)));
                written++;
                double u = random.nextDouble();
                rung = Math.max(1, Math.min(6, rung + (u < 0.35 ? 1 : u < 0.8 ? 0 : -1)));
                day += 60 + random.nextInt(180);
            }
        }
        present(FactType.LADDER_ASSESSMENTS);
    }

    private void selfRelianceAssessments() {
        int target = sizes.selfRelianceRows();
        int[] order = shuffled(programmeResidents.length > 0 ? programmeResidents : allResidents());
        Set<Long> assessed = new HashSet<>();
        int written = 0;
        for (int next = 0; written < target; next++) {
            int resident = order[next % order.length];
            int assessments = 1 + pickWeighted(new double[] {40, 40, 20});
            int day = FIRST_DAY + random.nextInt(LAST_DAY - FIRST_DAY - 60);
            int level = 2 + random.nextInt(3);
            for (int k = 0; k < assessments && day <= LAST_DAY && written < target; k++) {
                if (assessed.add((long) resident * 100_000 + day)) {
                    Map<SelfRelianceDomain, SelfRelianceScore> scores = new EnumMap<>(SelfRelianceDomain.class);
                    boolean all = random.nextDouble() < 0.6;
                    int domains = all ? DOMAINS.length : 4 + random.nextInt(9);
                    int[] chosen = shuffled(range(DOMAINS.length));
                    for (int d = 0; d < domains && written + scores.size() < target; d++) {
                        int score = Math.max(1, Math.min(5, level + random.nextInt(3) - 1));
                        scores.put(DOMAINS[chosen[d]], SelfRelianceScore.of(score));
                    }
                    data.add(SelfRelianceAssessment.builder()
                            .resident(residentId(resident))
                            .date(LocalDate.ofEpochDay(day))
                            .putAllScores(scores)
                            .build());
                    written += scores.size();
                }
                level = Math.min(5, level + (random.nextDouble() < 0.4 ? 1 : 0));
                day += 90 + random.nextInt(150);
            }
        }
        present(FactType.SELF_RELIANCE_ASSESSMENTS);
    }

    private int[] allResidents() {
        return range(residentHome.length);
    }

    // ---- helpers

    /** Marks the resource as part of the package, also when it got no rows (empty, not absent). */
    private void present(FactType type) {
        data.present(type);
    }

    private static Optional<LocalDate> optionalDay(long day) {
        return day == Integer.MAX_VALUE ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(day));
    }

    private static long[] cumulative(int size, IntUnaryOperator weight) {
        long[] cumulative = new long[size];
        long sum = 0;
        for (int i = 0; i < size; i++) {
            sum += weight.applyAsInt(i);
            cumulative[i] = sum;
        }
        return cumulative;
    }

    /** An index drawn with probability proportional to its weight, given the cumulative weights (not all zero). */
    private int pick(long[] cumulative) {
        long total = cumulative[cumulative.length - 1];
        long draw = (long) (random.nextDouble() * total);
        int at = Arrays.binarySearch(cumulative, draw + 1);
        int index = at >= 0 ? at : -at - 1;
        while (index > 0 && cumulative[index - 1] == cumulative[index]) {
            index--; // ties only from zero weights before a hit of exactly draw + 1
        }
        return index;
    }

    private int pickWeighted(double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double draw = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            draw -= weights[i];
            if (draw < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private int[] shuffled(int[] values) {
        int[] copy = values.clone();
        for (int i = copy.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = copy[i];
            copy[i] = copy[j];
            copy[j] = t;
        }
        return copy;
    }

    private static int[] range(int size) {
        int[] values = new int[size];
        for (int i = 0; i < size; i++) {
            values[i] = i;
        }
        return values;
    }

    /** The members 0..n-1 of {@code of} grouped by {@code key.applyAsInt(of[i])} into {@code groups} arrays. */
    private static int[][] groupBy(int[] of, int groups, IntUnaryOperator key) {
        int[] sizes = new int[groups];
        for (int value : of) {
            sizes[key.applyAsInt(value)]++;
        }
        int[][] grouped = new int[groups][];
        for (int g = 0; g < groups; g++) {
            grouped[g] = new int[sizes[g]];
        }
        int[] filled = new int[groups];
        for (int i = 0; i < of.length; i++) {
            int g = key.applyAsInt(of[i]);
            grouped[g][filled[g]++] = i;
        }
        return grouped;
    }

    /** A reference question: its code, its valid answers {@code min..max} and how often each is given. */
    private record Question(String code, int min, int max, double[] weights) {}

    /** The output folder, the region list, the seed and the sizes asked for. */
    record Sizes(
            Path out,
            Path cbs,
            long seed,
            int residents,
            int surveyResponses,
            int supportEpisodes,
            int participations,
            int ladderAssessments,
            int selfRelianceRows,
            int initiatives,
            int initiativeLinks,
            int activities,
            int minPopulation,
            int maxPopulation,
            double programmeShare) {

        /** The sizes of {@code args}, or empty after saying on {@code err} what is wrong. */
        static Optional<Sizes> parse(String[] args, PrintStream err) {
            Map<String, String> options = new LinkedHashMap<>();
            List<String> positional = new ArrayList<>();
            for (int i = 0; i < args.length; i++) {
                if (args[i].startsWith("--")) {
                    if (i + 1 >= args.length) {
                        err.println(args[i] + " needs a value");
                        return Optional.empty();
                    }
                    options.put(args[i].substring(2), args[++i]);
                } else {
                    positional.add(args[i]);
                }
            }
            if (positional.size() != 1) {
                err.println("give one output folder");
                return Optional.empty();
            }
            try {
                double scale = Double.parseDouble(options.getOrDefault("scale", "1"));
                int min = Integer.parseInt(options.getOrDefault("min-population", "200"));
                int max = Integer.parseInt(options.getOrDefault("max-population", "6000"));
                double share = Double.parseDouble(options.getOrDefault("programme-share", "0.25"));
                Sizes sizes = new Sizes(
                        Path.of(positional.get(0)),
                        Path.of(options.getOrDefault("cbs", DEFAULT_CBS)),
                        Long.parseLong(options.getOrDefault("seed", "20221231")),
                        scaled(options, "residents", 500_000, scale),
                        scaled(options, "survey-responses", 1_500_000, scale),
                        scaled(options, "support-episodes", 400_000, scale),
                        scaled(options, "participations", 400_000, scale),
                        scaled(options, "ladder-assessments", 150_000, scale),
                        scaled(options, "self-reliance-rows", 150_000, scale),
                        scaled(options, "initiatives", 20_000, scale),
                        scaled(options, "initiative-links", 15_000, scale),
                        scaled(options, "activities", 30_000, scale),
                        min,
                        max,
                        share);
                for (String option : options.keySet()) {
                    if (!USAGE.contains("--" + option + " ")) {
                        err.println("unknown option --" + option);
                        return Optional.empty();
                    }
                }
                if (scale <= 0 || min < 0 || max < min || share < 0 || share > 1 || sizes.residents() < 1) {
                    err.println("--scale must be positive, 0 <= min-population <= max-population,"
                            + " 0 <= programme-share <= 1, and there must be a resident");
                    return Optional.empty();
                }
                return Optional.of(sizes);
            } catch (NumberFormatException e) {
                err.println("not a number: " + e.getMessage());
                return Optional.empty();
            }
        }

        private static int scaled(Map<String, String> options, String name, int fallback, double scale) {
            long value = Math.round(Long.parseLong(options.getOrDefault(name, Integer.toString(fallback))) * scale);
            if (value < 0 || value > Integer.MAX_VALUE) {
                throw new NumberFormatException("--" + name + " out of range");
            }
            return (int) value;
        }
    }
}
