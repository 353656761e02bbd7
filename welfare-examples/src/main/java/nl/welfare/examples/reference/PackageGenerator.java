package nl.welfare.examples.reference;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import nl.welfare.adapters.files.cbs.CbsRegions;
import nl.welfare.domain.area.Area;
import nl.welfare.domain.area.AreaCode;
import nl.welfare.domain.area.AreaGroup;
import nl.welfare.domain.area.AreaGrouping;
import nl.welfare.domain.area.AreaHierarchy;
import nl.welfare.domain.area.AreaLevel;
import nl.welfare.domain.community.Initiative;
import nl.welfare.domain.community.InitiativeLead;
import nl.welfare.domain.community.InitiativeLink;
import nl.welfare.domain.community.ParticipationRole;
import nl.welfare.domain.resident.SelfRelianceDomain;
import nl.welfare.domain.support.Provision;
import nl.welfare.examples.reference.PackageFiles.Table;

/**
 * Writes a synthetic welfare data package (synthetisch gegevenspakket) over real CBS areas: by default the Enschede
 * reference, the municipality GM0153 with its 10 districts and 70 neighbourhoods, its five boroughs and the story of
 * {@link EnschedeReference}, with about 160,000 synthetic residents over 2018-2022; with {@link Settings#country()}
 * every neighbourhood of the Netherlands (the CBS 2022 list).
 *
 * <pre>{@code
 * PackageGenerator.Summary summary =
 *         PackageGenerator.generate(PackageGenerator.Settings.reference(), Path.of("out/enschede"), System.err::println);
 * DataPackageReader.validate(Path.of("out/enschede")).hasErrors(); // false
 * }</pre>
 *
 * <p><b>Deterministic.</b> Every number is drawn in a fixed order from one {@link Random} seeded with {@link
 * Settings#seed()}, whose algorithm the JDK specifies, so the same settings give the same files, byte for byte.
 *
 * <p><b>Streaming.</b> Rows are written as they are drawn, to all files at once. Apart from the areas, the generator
 * holds the initiatives, activities and provisions of one municipality and the age group and neighbourhood of the
 * residents of one district (for the survey sample and its weights): a million residents need no more memory than a
 * thousand.
 *
 * <p><b>What is real, what is synthetic</b> (docs/reference.md says it at length): the areas are CBS's; the residents
 * are spread over Enschede's neighbourhoods in the proportions of the CBS key figures (elsewhere in proportions drawn
 * at random); the boroughs are the illustrative table; the named initiatives, their links, the Oost provisions and
 * the shelter cohort are the story's; every person, answer, episode, assessment and participation is synthetic, drawn
 * so that the outcomes the sources report show in the reference catalogue:
 *
 * <ul>
 *   <li>Oost: about 80% of the initiatives are led by residents; the district teams' collective offer grows at the end
 *       of 2018; new individual cases fall and the use of collective support rises; the feeling of safety, social
 *       cohesion and awareness of special transport rise.
 *   <li>Noord: the initiatives stand apart until 2018, are linked in 2018 (the story's links) and after (synthetic
 *       ones), so that network connectedness rises; volunteering rises a little.
 *   <li>Centrum: the men of the shelter pilot (from 2019) move up the participation ladder, slowly.
 *   <li>West and Zuid, and every municipality but Enschede, are comparison areas: nothing changes there but chance.
 * </ul>
 *
 * <p><b>Dates.</b> Events (participations, assessments, survey answers) and everything new fall within the years of
 * the settings. What was already there when the package starts (support episodes that were running, initiatives and
 * provisions, the story's from 2016-2017 among them) starts in the year before the first at the earliest: a lead-in
 * year with inhabitants, so that the stock of support is steady from the first year on. Compute over the settings'
 * years ({@code --from 2018 --to 2022}).
 *
 * <p><b>Publishable cells.</b> In the Enschede reference (not with {@code --country}) every neighbourhood counts as
 * at least {@value #MIN_INHABITANTS} inhabitants when the residents are spread, and gets at least the persons that
 * make its yearly person cells publishable under the standard disclosure rules: 100 survey respondents a year (a
 * sample stratified by neighbourhood, as municipal surveys are, whose weights make up for it), and minimum numbers
 * of support cases, ladder and self-reliance clients and participants. So no cell is suppressed, and disclosure
 * control has nothing to protect by suppressing districts or boroughs; the rates of the smallest neighbourhoods are
 * high for it.
 */
public final class PackageGenerator {

    /** The default number of residents: the inhabitants of Enschede in 2022 (160,640 by CBS, rounded to 160,000+). */
    public static final int DEFAULT_RESIDENTS = 160_640;

    /** The default first year: the commission's. */
    public static final int DEFAULT_FROM = 2018;

    /** The default last year: the commission's. */
    public static final int DEFAULT_TO = 2022;

    /** The default seed. */
    public static final long DEFAULT_SEED = 20180101L;

    /** The first year of the commission: programme effects grow from here. */
    private static final int COMMISSION_START = 2018;

    /** The years programme effects take to reach their full size. */
    private static final double RAMP_YEARS = 4.0;

    /** Years of support history drawn before the first year, so that the stock of support is steady. */
    private static final int BURN_IN_YEARS = 3;

    private static final String[] THEMES = {
        "meeting neighbours", "neighbourly help", "sport", "repairs", "green", "youth", "elderly", "language", "culture"
    };
    private static final String[] INDIVIDUAL_PROVISIONS = {"household-help", "daytime-activities", "home-support"};
    private static final String[] INDIVIDUAL_NAMES = {"Huishoudelijke hulp", "Dagbesteding", "Begeleiding thuis"};
    private static final SelfRelianceDomain[] DOMAINS = SelfRelianceDomain.values();
    private static final String[] QUESTIONS = {"wl01", "wl04", "zw00", "zw04", "sc01", "aw01"};

    /** Age groups of adults for the survey's strata: 18-34, 35-54, 55-74, 75 and over. */
    private static final int AGE_GROUPS = 4;

    /** How willing each adult age group is to answer the survey, relative: the young least. */
    private static final double[] PROPENSITY = {0.55, 0.85, 1.2, 0.9};

    /** Enschede neighbourhoods with fewer inhabitants in the key figures get residents as if they had this many. */
    static final int MIN_INHABITANTS = 500;

    /** The nominal share of adults sampled for the survey each year. */
    private static final double SAMPLED = 0.035;

    /** The role of a neighbourhood in the story. */
    enum Role {
        NOORD,
        OOST,
        CENTRUM,
        COMPARISON;

        boolean commissioned() {
            return this != COMPARISON;
        }
    }

    /**
     * How many events the generator draws per resident, as multipliers of its standard rates ({@link #STANDARD}: all
     * 1, what the reference's story is tuned to). Over 2018-2022 over the whole country the standard rates give about
     * 0.7 participations, 0.8 survey answers and 0.2 support episodes per resident; {@link #BENCHMARK} gives about 10,
     * 2 and 0.5, the density of the performance workloads. A multiplier other than 1 changes the story's rates too, so
     * the reference's outcomes hold only at {@link #STANDARD}.
     *
     * @param participations multiplies the participations: the yearly chance of a resident of 12 or over to join an
     *     activity grows by its square root (to at most 90%), and the mean run of weekly visits by the rest (a run
     *     still ends with the year, so a large multiplier gives somewhat fewer than it says)
     * @param survey multiplies the survey's sampling fraction (3.5% of adults a year); the weights follow, so the
     *     weighted estimates stay those of the adults; at most {@value #MAX_SURVEY}
     * @param support multiplies the rates at which support episodes start (an episode still runs its course before the
     *     next, so a large multiplier gives somewhat fewer than it says)
     */
    public record Intensity(double participations, double survey, double support) {

        /** The largest survey multiplier: the sampling fraction stays below 100%. */
        public static final double MAX_SURVEY = 28;

        /** The largest participation or support multiplier. */
        public static final double MAX = 100;

        /** The standard rates, to which the reference's story is tuned. */
        public static final Intensity STANDARD = new Intensity(1, 1, 1);

        /**
         * The density of the performance workloads of {@code welfare-benchmarks}: about 10 participations, 2 survey
         * answers and 0.5 support episodes per resident over 2018-2022 over the whole country.
         */
        public static final Intensity BENCHMARK = new Intensity(19, 2.5, 2.6);

        /** The multipliers, checked: each a finite number above 0, at most {@value #MAX} ({@value #MAX_SURVEY}). */
        public Intensity {
            check("participations", participations, MAX);
            check("survey", survey, MAX_SURVEY);
            check("support", support, MAX);
        }

        private static void check(String name, double value, double max) {
            if (!(value > 0 && value <= max)) {
                throw new IllegalArgumentException(
                        "the " + name + " multiplier must be above 0 and at most " + max + ", not " + value);
            }
        }

        /**
         * How a package's descriptor records these rates, inside its {@code generator} object: {@code "intensity":
         * {"participations": 19.0, "survey": 2.5, "support": 2.6}} (written only for rates other than the standard).
         */
        public String descriptorProperty() {
            return "\"intensity\": {\"participations\": " + participations + ", \"survey\": " + survey
                    + ", \"support\": " + support + "}";
        }

        /** Whether these are the standard rates. */
        public boolean standard() {
            return equals(STANDARD);
        }
    }

    /**
     * What to generate: {@code residents} synthetic residents over the years {@code from} to {@code to}, from {@code
     * seed}; over one municipality of the CBS 2022 list ({@code municipality}, GM0153 for the Enschede reference) or,
     * when it is empty, the whole country; with the events per resident of {@code intensity}.
     */
    public record Settings(
            int residents, int from, int to, long seed, Optional<AreaCode> municipality, Intensity intensity) {

        /** The settings, checked: at least one resident, from not after to, years 1900-2100. */
        public Settings {
            if (residents < 1) {
                throw new IllegalArgumentException("residents must be at least 1, not " + residents);
            }
            if (from > to || from < 1900 || to > 2100) {
                throw new IllegalArgumentException("the years must run forward within 1900-2100: " + from + "-" + to);
            }
        }

        /** The settings at the standard rates ({@link Intensity#STANDARD}). */
        public Settings(int residents, int from, int to, long seed, Optional<AreaCode> municipality) {
            this(residents, from, to, seed, municipality, Intensity.STANDARD);
        }

        /** The Enschede reference: GM0153, 2018-2022, {@value #DEFAULT_RESIDENTS} residents, the default seed. */
        public static Settings reference() {
            return new Settings(
                    DEFAULT_RESIDENTS,
                    DEFAULT_FROM,
                    DEFAULT_TO,
                    DEFAULT_SEED,
                    Optional.of(EnschedeReference.MUNICIPALITY_CODE));
        }

        /** These settings over the whole country. */
        public Settings country() {
            return new Settings(residents, from, to, seed, Optional.empty(), intensity);
        }

        /** These settings with {@code n} residents. */
        public Settings withResidents(int n) {
            return new Settings(n, from, to, seed, municipality, intensity);
        }

        /** These settings with the seed {@code s}. */
        public Settings withSeed(long s) {
            return new Settings(residents, from, to, s, municipality, intensity);
        }

        /** These settings over the years {@code first} to {@code last}. */
        public Settings withYears(int first, int last) {
            return new Settings(residents, first, last, seed, municipality, intensity);
        }

        /** These settings with the events per resident of {@code rates}. */
        public Settings withIntensity(Intensity rates) {
            return new Settings(residents, from, to, seed, municipality, rates);
        }

        /** Whether these are the Enschede reference's areas (GM0153 alone). */
        public boolean enschede() {
            return municipality.equals(Optional.of(EnschedeReference.MUNICIPALITY_CODE));
        }
    }

    /** What was written: the settings, the number of areas, and the rows per resource (without headers). */
    public record Summary(Settings settings, int areas, Map<String, Long> rows) {

        /** The rows of all resources together. */
        public long total() {
            return rows.values().stream().mapToLong(Long::longValue).sum();
        }

        /** The rows of {@code resource}, such as {@code residents}; 0 when it was not written. */
        public long rows(String resource) {
            return rows.getOrDefault(resource, 0L);
        }
    }

    private final Settings settings;
    private final Random random;
    private final AreaHierarchy hierarchy;
    private final Optional<AreaGrouping> boroughs;
    private final Map<AreaCode, Integer> keyFigures;
    private final boolean floors;
    private final PackageFiles files;
    private final Consumer<String> progress;

    private final int firstDay;
    private final int lastDay;
    private final double fraction; // the survey's sampling fraction
    private final double joinScale; // the participations' multiplier on the yearly chance to join
    private final double visitScale; // ... and on the mean run of weekly visits
    private final int burnStart;
    private final int leadIn;
    private final String[] dayText;

    // Neighbourhoods in the order of the region list, with their district and residents.
    private final List<Area> neighbourhoods = new ArrayList<>();
    private final List<Area> districts = new ArrayList<>();
    private final List<Area> municipalities = new ArrayList<>();
    private int[] districtFirst = new int[0]; // per district: its first neighbourhood; +1 entry at the end
    private int[] municipalityFirst = new int[0]; // per municipality: its first district; +1 entry at the end
    private int[] residentsIn = new int[0];
    private Role[] role = new Role[0];

    // Counters of ids.
    private long residentCount;
    private long episodeCount;
    private long respondentCount;
    private long initiativeCount;
    private long activityCount;
    private long residentsDone;
    private int nextReport = 1;

    // The current municipality: its provisions, initiatives and activities.
    private final List<String> individualProvisions = new ArrayList<>();
    private String[] livingRoom = new String[0]; // per district of the municipality (index from its first district)
    private final List<Provision> oostCollective = new ArrayList<>();
    private final List<Synthetic> initiatives = new ArrayList<>();
    private final Map<Integer, List<String>> activitiesIn = new HashMap<>(); // neighbourhood -> activity ids
    private final Map<String, Integer> activityHome = new HashMap<>();

    private PackageGenerator(Settings settings, CbsRegions regions, PackageFiles files, Consumer<String> progress) {
        this.settings = settings;
        this.random = new Random(settings.seed());
        this.hierarchy = regions.hierarchy();
        boolean withEnschede = hierarchy.contains(EnschedeReference.MUNICIPALITY_CODE);
        this.boroughs = withEnschede ? Optional.of(ReferenceData.boroughs()) : Optional.empty();
        this.keyFigures = withEnschede ? ReferenceData.enschedeInhabitants() : Map.of();
        this.floors = settings.enschede();
        this.files = files;
        this.progress = progress;
        this.firstDay = (int) LocalDate.of(settings.from(), 1, 1).toEpochDay();
        this.lastDay = (int) LocalDate.of(settings.to(), 12, 31).toEpochDay();
        this.fraction = SAMPLED * settings.intensity().survey();
        this.joinScale = Math.sqrt(settings.intensity().participations());
        this.visitScale = settings.intensity().participations() / joinScale;
        this.burnStart =
                (int) LocalDate.of(settings.from() - BURN_IN_YEARS, 1, 1).toEpochDay();
        this.leadIn = (int) LocalDate.of(settings.from() - 1, 1, 1).toEpochDay();
        this.dayText = new String[lastDay - burnStart + 1];
    }

    /**
     * Writes the package of {@code settings} into {@code folder} (created if needed; files of the same names are
     * replaced), saying how far it got to {@code progress}, and returns what it wrote.
     *
     * @throws java.io.UncheckedIOException when a file cannot be written
     */
    public static Summary generate(Settings settings, Path folder, Consumer<String> progress) {
        CbsRegions regions = ReferenceData.regions(settings.municipality());
        boolean withEnschede = regions.hierarchy().contains(EnschedeReference.MUNICIPALITY_CODE);
        Set<Table> tables = EnumSet.allOf(Table.class);
        if (!withEnschede) {
            tables.remove(Table.AREA_GROUPINGS);
            tables.remove(Table.COHORTS);
        }
        PackageFiles files = new PackageFiles(folder, tables);
        try {
            PackageGenerator generator = new PackageGenerator(settings, regions, files, progress);
            generator.run();
            files.finish(generator.properties(), generator.extra());
        } catch (RuntimeException e) {
            try {
                files.close();
            } catch (RuntimeException alsoFailed) {
                e.addSuppressed(alsoFailed);
            }
            throw e;
        }
        Map<String, Long> rows = new LinkedHashMap<>();
        files.rows().forEach((table, n) -> rows.put(table.resource(), n));
        return new Summary(settings, regions.hierarchy().size(), rows);
    }

    // ---- the run

    private void run() {
        structure();
        areas();
        for (int m = 0; m < municipalities.size(); m++) {
            municipality(m);
        }
    }

    /** Neighbourhoods grouped by district and municipality, the residents of each, and its role in the story. */
    private void structure() {
        List<Integer> districtStarts = new ArrayList<>();
        List<Integer> municipalityStarts = new ArrayList<>();
        for (Area municipality : hierarchy.areas(AreaLevel.MUNICIPALITY)) {
            municipalities.add(municipality);
            municipalityStarts.add(districts.size());
            for (Area district : hierarchy.children(municipality.code())) {
                districts.add(district);
                districtStarts.add(neighbourhoods.size());
                neighbourhoods.addAll(hierarchy.children(district.code()).toJavaList());
            }
        }
        districtStarts.add(neighbourhoods.size());
        municipalityStarts.add(districts.size());
        districtFirst = districtStarts.stream().mapToInt(Integer::intValue).toArray();
        municipalityFirst =
                municipalityStarts.stream().mapToInt(Integer::intValue).toArray();

        int count = neighbourhoods.size();
        double[] weight = new double[count];
        role = new Role[count];
        for (int n = 0; n < count; n++) {
            AreaCode code = neighbourhoods.get(n).code();
            Integer known = keyFigures.get(code);
            if (known != null) {
                // hamlets and industrial estates count as MIN_INHABITANTS: no neighbourhood's cells stand for a few
                // people
                weight[n] = Math.max(known, MIN_INHABITANTS);
            } else {
                double u = random.nextDouble();
                weight[n] = 200 + 5800 * u * u;
            }
            role[n] = roleOf(code);
        }
        residentsIn = apportion(settings.residents(), weight);
    }

    private Role roleOf(AreaCode neighbourhood) {
        Optional<String> group = boroughs.flatMap(
                b -> b.groupOf(neighbourhood).map(AreaGroup::code).toJavaOptional());
        if (group.isEmpty()) {
            return Role.COMPARISON;
        }
        return switch (group.get()) {
            case EnschedeReference.NOORD -> Role.NOORD;
            case EnschedeReference.OOST -> Role.OOST;
            case EnschedeReference.CENTRUM -> Role.CENTRUM;
            default -> Role.COMPARISON;
        };
    }

    /** {@code total} spread over the weights by largest remainder (ties to the first): the same every time. */
    static int[] apportion(int total, double[] weight) {
        double sum = 0;
        for (double w : weight) {
            sum += w;
        }
        int[] shares = new int[weight.length];
        if (weight.length == 0 || sum <= 0) {
            return shares;
        }
        double[] remainder = new double[weight.length];
        long given = 0;
        for (int i = 0; i < weight.length; i++) {
            double quota = total * weight[i] / sum;
            shares[i] = (int) Math.floor(quota);
            remainder[i] = quota - shares[i];
            given += shares[i];
        }
        Integer[] order = new Integer[weight.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> {
            int byRemainder = Double.compare(remainder[b], remainder[a]);
            return byRemainder != 0 ? byRemainder : Integer.compare(a, b);
        });
        for (int k = 0; given < total; k = (k + 1) % order.length, given++) {
            shares[order[k]]++;
        }
        return shares;
    }

    private void areas() {
        for (Area area : hierarchy.areas()) {
            Optional<AreaCode> parent = area.parentCode().filter(hierarchy::contains);
            files.row(
                    Table.AREAS,
                    area.code().value(),
                    area.name(),
                    area.level().code(),
                    parent.map(AreaCode::value).orElse(""),
                    "");
        }
        for (int n = 0; n < neighbourhoods.size(); n++) {
            String code = neighbourhoods.get(n).code().value();
            for (int year = settings.from() - 1; year <= settings.to(); year++) {
                long inhabitants = Math.round(residentsIn[n] * (1 - 0.004 * (settings.to() - year)));
                files.row(Table.AREA_POPULATIONS, code, Integer.toString(year), Long.toString(inhabitants));
            }
        }
        boroughs.ifPresent(grouping -> {
            for (AreaGroup group : grouping.groups()) {
                for (AreaCode member : group.members()) {
                    files.row(Table.AREA_GROUPINGS, grouping.name(), group.code(), group.name(), member.value());
                }
            }
        });
    }

    // ---- one municipality

    private void municipality(int m) {
        Area municipality = municipalities.get(m);
        int firstDistrict = municipalityFirst[m];
        int endDistrict = municipalityFirst[m + 1];
        boolean enschede = municipality.code().equals(EnschedeReference.MUNICIPALITY_CODE);
        provisions(municipality, firstDistrict, endDistrict, enschede);
        initiatives(firstDistrict, endDistrict, enschede);
        activities(firstDistrict, endDistrict);
        for (int d = firstDistrict; d < endDistrict; d++) {
            district(d, firstDistrict, enschede);
        }
    }

    private void provisions(Area municipality, int firstDistrict, int endDistrict, boolean enschede) {
        String code = municipality.code().value();
        individualProvisions.clear();
        for (int i = 0; i < INDIVIDUAL_PROVISIONS.length; i++) {
            String id = "p-" + code + "-" + INDIVIDUAL_PROVISIONS[i];
            individualProvisions.add(id);
            files.row(Table.PROVISIONS, id, INDIVIDUAL_NAMES[i], "individual", code, day(firstDay), "");
        }
        files.row(
                Table.PROVISIONS,
                "p-" + code + "-special-transport",
                "Speciaal vervoer " + municipality.name(),
                "collective",
                code,
                day(firstDay),
                "");
        livingRoom = new String[endDistrict - firstDistrict];
        java.util.Arrays.fill(livingRoom, "");
        for (int d = firstDistrict; d < endDistrict; d++) {
            Optional<Integer> home = largestNeighbourhood(d);
            if (home.isEmpty()) {
                continue;
            }
            String id = "p-" + districts.get(d).code().value() + "-living-room";
            livingRoom[d - firstDistrict] = id;
            files.row(
                    Table.PROVISIONS,
                    id,
                    "Huiskamer " + neighbourhoods.get(home.get()).name(),
                    "collective",
                    neighbourhoods.get(home.get()).code().value(),
                    day(firstDay),
                    "");
        }
        oostCollective.clear();
        if (enschede) {
            List<Provision> oost = new ArrayList<>(EnschedeReference.OOST_COLLECTIVE_BEFORE);
            oost.addAll(EnschedeReference.OOST_COLLECTIVE_ADDED);
            for (Provision p : oost) {
                if (p.started().toEpochDay() <= lastDay) {
                    oostCollective.add(p);
                    files.row(
                            Table.PROVISIONS,
                            p.id().value(),
                            p.name(),
                            p.kind().code(),
                            p.area().value(),
                            day(Math.max(leadIn, (int) p.started().toEpochDay())),
                            "");
                }
            }
        }
    }

    private Optional<Integer> largestNeighbourhood(int d) {
        Optional<Integer> largest = Optional.empty();
        for (int n = districtFirst[d]; n < districtFirst[d + 1]; n++) {
            if (largest.isEmpty() || residentsIn[n] > residentsIn[largest.get()]) {
                largest = Optional.of(n);
            }
        }
        return largest;
    }

    /** A synthetic or named initiative of the current municipality: id, neighbourhood, first and last day. */
    private record Synthetic(String id, int home, int start, int end, boolean named) {}

    private void initiatives(int firstDistrict, int endDistrict, boolean enschede) {
        initiatives.clear();
        Map<AreaCode, Integer> index = new HashMap<>();
        for (int n = districtFirst[firstDistrict]; n < districtFirst[endDistrict]; n++) {
            index.put(neighbourhoods.get(n).code(), n);
        }
        if (enschede) {
            for (Initiative named : EnschedeReference.NOORD_INITIATIVES) {
                Integer home = index.get(named.area());
                if (home == null) {
                    continue;
                }
                files.row(
                        Table.INITIATIVES,
                        named.id().value(),
                        named.name(),
                        named.area().value(),
                        named.lead().code(),
                        day(Math.max(leadIn, (int) named.started().toEpochDay())),
                        named.ended().map(LocalDate::toString).orElse(""),
                        named.theme().orElse(""));
                initiatives.add(new Synthetic(
                        named.id().value(),
                        home,
                        Math.max(leadIn, (int) named.started().toEpochDay()),
                        Integer.MAX_VALUE,
                        true));
            }
        }
        int oostSeen = 0;
        int oostOffset = random.nextInt(5);
        for (int n = districtFirst[firstDistrict]; n < districtFirst[endDistrict]; n++) {
            int count = (int) Math.floor(residentsIn[n] / 700.0 + random.nextDouble());
            for (int k = 0; k < count; k++) {
                String theme = THEMES[random.nextInt(THEMES.length)];
                InitiativeLead lead;
                if (role[n] == Role.OOST) {
                    // Oost: residents lead four in five, in a fixed rhythm ("80% van de bewonersinitiatieven")
                    lead = (oostSeen++ + oostOffset) % 5 != 0
                            ? InitiativeLead.RESIDENTS
                            : (random.nextBoolean() ? InitiativeLead.JOINT : InitiativeLead.PROFESSIONALS);
                } else {
                    double u = random.nextDouble();
                    lead = u < 0.55
                            ? InitiativeLead.RESIDENTS
                            : u < 0.8 ? InitiativeLead.JOINT : InitiativeLead.PROFESSIONALS;
                }
                int start = random.nextDouble() < 0.55
                        ? leadIn + random.nextInt(firstDay - leadIn)
                        : firstDay + random.nextInt(Math.max(1, lastDay - firstDay - 60));
                int end = Integer.MAX_VALUE;
                if (random.nextDouble() < 0.2) {
                    int last = Math.max(start, firstDay) + 200 + random.nextInt(1300);
                    end = last <= lastDay ? last : Integer.MAX_VALUE;
                }
                String id = "i" + pad(++initiativeCount, 6);
                files.row(
                        Table.INITIATIVES,
                        id,
                        capital(theme) + " " + neighbourhoods.get(n).name(),
                        neighbourhoods.get(n).code().value(),
                        lead.code(),
                        day(start),
                        end == Integer.MAX_VALUE ? "" : day(end),
                        theme);
                initiatives.add(new Synthetic(id, n, start, end, false));
            }
        }
        links(enschede);
    }

    private void links(boolean enschede) {
        Set<String> pairs = new HashSet<>();
        if (enschede) {
            for (InitiativeLink link : EnschedeReference.NOORD_LINKS) {
                if (link.since().toEpochDay() <= lastDay) {
                    pairs.add(pair(
                            link.initiative().value(), link.otherInitiative().value()));
                    files.row(
                            Table.INITIATIVE_LINKS,
                            link.initiative().value(),
                            link.otherInitiative().value(),
                            day(Math.max(firstDay, (int) link.since().toEpochDay())),
                            link.until().map(LocalDate::toString).orElse(""));
                }
            }
        }
        List<Synthetic> noord = new ArrayList<>();
        for (Synthetic s : initiatives) {
            if (role[s.home()] == Role.NOORD) {
                noord.add(s);
            }
        }
        int linkedFrom = (int) LocalDate.of(COMMISSION_START + 1, 1, 1).toEpochDay();
        int linkedTo = (int) LocalDate.of(COMMISSION_START + 3, 12, 31).toEpochDay();
        for (Synthetic s : initiatives) {
            if (s.named()) {
                continue;
            }
            if (role[s.home()] == Role.NOORD) {
                // Noord: the alliance goes on connecting initiatives after 2018; before, they stood apart
                double u = random.nextDouble();
                if (u < 0.8) {
                    int from = Math.max(Math.max(s.start(), linkedFrom), firstDay);
                    int to = Math.min(Math.min(s.end(), linkedTo), lastDay);
                    link(s, noord, from, to, pairs);
                } else if (u < 0.86) {
                    link(s, noord, Math.max(s.start(), firstDay), Math.min(s.end(), lastDay), pairs);
                }
            } else if (random.nextDouble() < 0.25) {
                link(s, initiatives, Math.max(s.start(), firstDay), Math.min(s.end(), lastDay), pairs);
            }
        }
    }

    /** Links {@code s} to another initiative of {@code among} active on a day drawn between {@code from} and {@code to}. */
    private void link(Synthetic s, List<Synthetic> among, int from, int to, Set<String> pairs) {
        if (from > to || among.size() < 2) {
            return;
        }
        int since = from + random.nextInt(to - from + 1);
        for (int attempt = 0; attempt < 10; attempt++) {
            Synthetic other = among.get(random.nextInt(among.size()));
            if (other != s && other.start() <= since && other.end() >= since && pairs.add(pair(s.id(), other.id()))) {
                files.row(Table.INITIATIVE_LINKS, s.id(), other.id(), day(since), "");
                return;
            }
        }
    }

    private static String pair(String one, String other) {
        return one.compareTo(other) < 0 ? one + "|" + other : other + "|" + one;
    }

    private void activities(int firstDistrict, int endDistrict) {
        activitiesIn.clear();
        activityHome.clear();
        Map<Integer, List<Synthetic>> initiativesIn = new HashMap<>();
        for (Synthetic s : initiatives) {
            initiativesIn.computeIfAbsent(s.home(), h -> new ArrayList<>()).add(s);
        }
        for (int d = firstDistrict; d < endDistrict; d++) {
            for (int n = districtFirst[d]; n < districtFirst[d + 1]; n++) {
                if (residentsIn[n] == 0) {
                    continue;
                }
                int count = 1 + residentsIn[n] / 600;
                List<Synthetic> local = initiativesIn.getOrDefault(n, List.of());
                for (int k = 0; k < count; k++) {
                    String theme = THEMES[random.nextInt(THEMES.length)];
                    String id = "a" + pad(++activityCount, 6);
                    String initiative = "";
                    String provision = "";
                    double u = random.nextDouble();
                    if (u < 0.6 && !local.isEmpty()) {
                        initiative = local.get(random.nextInt(local.size())).id();
                    } else if (u < 0.85 && !livingRoom[d - firstDistrict].isEmpty()) {
                        provision = livingRoom[d - firstDistrict];
                    }
                    files.row(
                            Table.ACTIVITIES,
                            id,
                            capital(theme) + " " + neighbourhoods.get(n).name(),
                            neighbourhoods.get(n).code().value(),
                            initiative,
                            provision,
                            theme);
                    activitiesIn.computeIfAbsent(n, h -> new ArrayList<>()).add(id);
                    activityHome.put(id, n);
                }
            }
        }
    }

    // ---- one district: its residents and their facts, then its survey

    private void district(int d, int firstDistrict, boolean enschede) {
        List<String> districtActivities = new ArrayList<>();
        for (int n = districtFirst[d]; n < districtFirst[d + 1]; n++) {
            districtActivities.addAll(activitiesIn.getOrDefault(n, List.of()));
        }
        String room = livingRoom[d - firstDistrict];
        for (int n = districtFirst[d]; n < districtFirst[d + 1]; n++) {
            if (residentsIn[n] == 0) {
                continue;
            }
            int shelterMen = enschede && neighbourhoods.get(n).code().equals(EnschedeReference.SHELTER_NEIGHBOURHOOD)
                    ? Math.min(EnschedeReference.SHELTER_MEN, residentsIn[n])
                    : 0;
            Floors floor = floors ? new Floors(residentsIn[n], (int) Math.round(residentsIn[n] * 0.8)) : Floors.NONE;
            int[] adults = new int[AGE_GROUPS];
            Role here = role[n];
            String area = neighbourhoods.get(n).code().value();
            for (int r = 0; r < residentsIn[n]; r++) {
                boolean shelter = r < shelterMen;
                int age = shelter ? 25 + random.nextInt(40) : age();
                String id = "r" + pad(++residentCount, 7);
                files.row(Table.RESIDENTS, id, area, Integer.toString(settings.to() - age));
                support(id, n, age, here, room, floor, shelter);
                if (shelter) {
                    shelter(id);
                } else if (age >= 18 && age <= 66) {
                    ladder(id, here, floor);
                }
                if (age >= 18) {
                    selfReliance(id, here, floor);
                    adults[age < 35 ? 0 : age < 55 ? 1 : age < 75 ? 2 : 3]++;
                }
                if (age >= 12) {
                    participation(id, n, here, floor, districtActivities);
                }
            }
            survey(n, adults);
            residentsDone += residentsIn[n];
            report();
        }
    }

    /**
     * The minimum counts per neighbourhood that make its yearly person cells publishable (Enschede reference only):
     * {@link #rate} raises a rate to the one that gives a count a year among the neighbourhood's persons.
     */
    private record Floors(int people, int adults) {
        static final Floors NONE = new Floors(0, 0);

        /** {@code base}, or the rate that gives {@code count} a year among {@code of} persons if that is higher. */
        double rate(double base, int count, int of) {
            return of <= 0 ? base : Math.min(0.6, Math.max(base, (double) count / of));
        }

        boolean on() {
            return people > 0;
        }
    }

    private int age() {
        double u = random.nextDouble();
        if (u < 0.19) {
            return random.nextInt(18);
        } else if (u < 0.46) {
            return 18 + random.nextInt(17);
        } else if (u < 0.70) {
            return 35 + random.nextInt(20);
        } else if (u < 0.92) {
            return 55 + random.nextInt(20);
        }
        return 75 + random.nextInt(21);
    }

    /** How far the programme has come in {@code year}: 0 before and in its first year, 1 after four years. */
    private static double progress(Role role, int year) {
        if (!role.commissioned()) {
            return 0;
        }
        return Math.max(0, Math.min(1, (year - COMMISSION_START) / RAMP_YEARS));
    }

    // ---- support: episodes drawn as a process from three years before the first year

    private void support(String id, int n, int age, Role here, String room, Floors floor, boolean shelter) {
        double individual = age < 18 ? 0.012 : age < 65 ? 0.011 : 0.03;
        if (shelter) {
            individual = 0.2;
        }
        if (floor.on()) {
            individual = floor.rate(individual, 30, floor.people());
        }
        double collective = age < 18 ? 0.015 : 0.025;
        if (floor.on()) {
            collective = floor.rate(collective, 40, floor.people());
        }
        double scale = settings.intensity().support();
        episodes(id, n, here, true, individual * scale, 420, room);
        episodes(id, n, here, false, collective * scale, 240, room);
    }

    private void episodes(
            String resident, int n, Role here, boolean individual, double base, int meanDays, String room) {
        int day = burnStart;
        while (day <= lastDay) {
            int year = yearOf(day);
            double p = progress(here, year);
            double effect = individual
                    ? (here == Role.OOST ? 1 - 0.35 * p : 1 - 0.1 * p)
                    : (here == Role.OOST ? 1 + 1.3 * p : 1 + 0.3 * p);
            double perDay = base * effect / 365.0;
            int yearEnd = (int) LocalDate.of(year, 12, 31).toEpochDay();
            double gap = -Math.log(1 - random.nextDouble()) / perDay;
            if (day + gap > yearEnd) {
                // no start this year: the rate changes with the year, and waiting is memoryless
                day = yearEnd + 1;
                continue;
            }
            int start = day + (int) gap;
            int length = 1 + (int) (-Math.log(1 - random.nextDouble()) * meanDays);
            int last = start + length;
            if (last >= firstDay) {
                int recorded = Math.max(start, leadIn);
                String provision = individual
                        ? individualProvisions.get(random.nextInt(individualProvisions.size()))
                        : collectiveProvision(here, start, room, n);
                boolean anonymous = !individual && random.nextDouble() < 0.3;
                files.row(
                        Table.SUPPORT_EPISODES,
                        "e" + pad(++episodeCount, 8),
                        anonymous ? "" : resident,
                        neighbourhoods.get(n).code().value(),
                        individual ? "individual" : "collective",
                        provision,
                        day(recorded),
                        last <= lastDay ? day(last) : "");
            }
            day = last + 30;
        }
    }

    private String collectiveProvision(Role here, int start, String room, int n) {
        if (here == Role.OOST && random.nextDouble() < 0.7) {
            List<String> open = new ArrayList<>();
            for (Provision p : oostCollective) {
                if (p.started().toEpochDay() <= start) {
                    open.add(p.id().value());
                }
            }
            if (!open.isEmpty()) {
                return open.get(random.nextInt(open.size()));
            }
        }
        return !room.isEmpty() ? room : "p-" + municipalityOf(n) + "-special-transport";
    }

    private String municipalityOf(int n) {
        return neighbourhoods
                .get(n)
                .code()
                .parent()
                .flatMap(AreaCode::parent)
                .map(AreaCode::value)
                .getOrElse("");
    }

    // ---- the participation ladder and the self-reliance matrix

    private void ladder(String id, Role here, Floors floor) {
        double client = here == Role.CENTRUM ? 0.025 : 0.015;
        if (floor.on()) {
            client = floor.rate(client, 55, (int) Math.round(floor.adults() * 0.75));
        }
        if (random.nextDouble() >= client) {
            return;
        }
        int start = spellStart();
        int end = random.nextDouble() < 0.7 ? lastDay : start + 540 + random.nextInt(540);
        int rung = 1 + pick(new double[] {25, 35, 25, 15});
        for (int day = start; day <= Math.min(end, lastDay); day += 90 + random.nextInt(60)) {
            if (day >= firstDay) {
                files.row(Table.LADDER_ASSESSMENTS, id, day(day), Integer.toString(rung));
            }
            double up = 0.16 + 0.06 * progress(here, yearOf(day));
            double u = random.nextDouble();
            rung = u < up ? Math.min(6, rung + 1) : u < up + 0.07 ? Math.max(1, rung - 1) : rung;
        }
    }

    /** The shelter pilot: the man joins in 2019, is assessed every four months or so, and climbs slowly. */
    private void shelter(String id) {
        int joined = (int) EnschedeReference.SHELTER_PILOT_START.toEpochDay() + random.nextInt(120);
        if (joined > lastDay) {
            return;
        }
        int left = random.nextDouble() < 0.25 ? joined + 200 + random.nextInt(700) : Integer.MAX_VALUE;
        files.row(
                Table.COHORTS,
                EnschedeReference.SHELTER_PILOT.value(),
                id,
                day(joined),
                left <= lastDay ? day(left) : "");
        int rung = random.nextDouble() < 0.65 ? 1 : 2;
        int until = Math.min(left, lastDay);
        for (int day = joined + 14; day <= until; day += 100 + random.nextInt(40)) {
            if (day >= firstDay) {
                files.row(Table.LADDER_ASSESSMENTS, id, day(day), Integer.toString(rung));
            }
            double u = random.nextDouble();
            rung = u < 0.13 ? Math.min(6, rung + 1) : u < 0.17 ? Math.max(1, rung - 1) : rung;
        }
    }

    private void selfReliance(String id, Role here, Floors floor) {
        double client = 0.012;
        if (floor.on()) {
            client = floor.rate(client, 45, floor.adults());
        }
        if (random.nextDouble() >= client) {
            return;
        }
        int start = spellStart();
        int end = random.nextDouble() < 0.7 ? lastDay : start + 365 + random.nextInt(730);
        for (int day = start; day <= Math.min(end, lastDay); day += 150 + random.nextInt(100)) {
            if (day < firstDay) {
                continue;
            }
            boolean sufficient = random.nextDouble() < 0.42 + 0.10 * progress(here, yearOf(day));
            int assessed = 5 + random.nextInt(DOMAINS.length - 4);
            int[] order = shuffledDomains();
            int weak = sufficient ? 0 : 1 + random.nextInt(Math.min(3, assessed));
            for (int k = 0; k < assessed; k++) {
                int score = k < weak
                        ? 1 + pick(new double[] {15, 40, 45})
                        : sufficient ? 4 + random.nextInt(2) : 3 + random.nextInt(3);
                files.row(
                        Table.SELF_RELIANCE_ASSESSMENTS,
                        id,
                        day(day),
                        DOMAINS[order[k]].code(),
                        Integer.toString(score));
            }
        }
    }

    /** The first day of a client's spell: half were clients when the package starts, half become clients later. */
    private int spellStart() {
        return random.nextBoolean()
                ? leadIn + random.nextInt(firstDay - leadIn)
                : firstDay + random.nextInt(Math.max(1, lastDay - 400 - firstDay));
    }

    private int[] shuffledDomains() {
        int[] order = new int[DOMAINS.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }

    // ---- participations

    private void participation(String id, int n, Role here, Floors floor, List<String> districtActivities) {
        if (districtActivities.isEmpty()) {
            return;
        }
        List<String> local = activitiesIn.getOrDefault(n, List.of());
        for (int year = settings.from(); year <= settings.to(); year++) {
            double p = progress(here, year);
            double rate = 0.05 * (1 + 0.3 * p);
            if (floor.on()) {
                rate = floor.rate(rate, 100, floor.people());
            }
            rate = Math.min(0.9, rate * joinScale);
            if (random.nextDouble() >= rate) {
                continue;
            }
            double volunteer = 0.24 + (here == Role.NOORD ? 0.06 * p : 0);
            double u = random.nextDouble();
            ParticipationRole part = u < volunteer
                    ? ParticipationRole.VOLUNTEER
                    : u < volunteer + 0.05 ? ParticipationRole.ORGANISER : ParticipationRole.PARTICIPANT;
            String activity = !local.isEmpty() && random.nextDouble() < 0.8
                    ? local.get(random.nextInt(local.size()))
                    : districtActivities.get(random.nextInt(districtActivities.size()));
            String where = neighbourhoods.get(activityHome.get(activity)).code().value();
            int yearStart = (int) LocalDate.of(year, 1, 1).toEpochDay();
            int yearEnd = Math.min(lastDay, (int) LocalDate.of(year, 12, 31).toEpochDay());
            int visits = 1 + (int) Math.floor(-Math.log(1 - random.nextDouble()) * (3 * visitScale));
            for (int v = 0, day = yearStart + random.nextInt(yearEnd - yearStart + 1);
                    v < visits && day <= yearEnd;
                    v++, day += 7) {
                files.row(Table.PARTICIPATIONS, id, activity, where, day(day), part.code());
            }
        }
    }

    // ---- the survey: a sample per district and year, weighted to the district's adults by age group

    /**
     * The survey of one neighbourhood: each year a sample of its adults, the young less willing to answer, weighted
     * to the neighbourhood's adults by age group (post-stratification) relative to the nominal sampling fraction, so
     * that an over-sampled small neighbourhood weighs less.
     */
    private void survey(int n, int[] adults) {
        int total = 0;
        double[] draw = new double[AGE_GROUPS];
        for (int g = 0; g < AGE_GROUPS; g++) {
            total += adults[g];
            draw[g] = adults[g] * PROPENSITY[g];
        }
        if (total == 0) {
            return;
        }
        for (int year = settings.from(); year <= settings.to(); year++) {
            int size = (int) Math.floor(total * fraction + random.nextDouble());
            if (floors) {
                size = Math.max(size, Math.min(100, total));
            }
            if (size == 0) {
                continue;
            }
            int[] group = new int[size];
            int[] sampled = new int[AGE_GROUPS];
            for (int s = 0; s < size; s++) {
                group[s] = pick(draw);
                sampled[group[s]]++;
            }
            int represented = 0;
            for (int g = 0; g < AGE_GROUPS; g++) {
                represented += sampled[g] > 0 ? adults[g] : 0;
            }
            int fieldStart = (int) LocalDate.of(year, 9, 1).toEpochDay();
            for (int s = 0; s < size; s++) {
                int g = group[s];
                // N_g / n_g, for the groups with answers to carry the whole neighbourhood, times the nominal fraction
                double expansion = (double) adults[g] / sampled[g] * ((double) total / represented);
                double weight = Math.max(0.0001, Math.round(expansion * fraction * 10_000) / 10_000.0);
                answers(n, g, year, fieldStart + random.nextInt(91), weight);
            }
        }
    }

    private void answers(int n, int g, int year, int date, double weight) {
        String respondent = "s" + pad(++respondentCount, 8);
        String area = neighbourhoods.get(n).code().value();
        String when = day(date);
        String w = Double.toString(weight);
        Role here = role[n];
        double p = progress(here, year);
        double[] safe = {0.76, 0.74, 0.70, 0.62};
        double[] cohesive = {0.30, 0.40, 0.48, 0.52};
        double[] aware = {0.35, 0.45, 0.55, 0.60};
        double[] lonely = {0.18, 0.14, 0.16, 0.28};
        double pSafe = safe[g];
        double pCohesive = cohesive[g];
        double pAware = aware[g];
        double pLonely = lonely[g];
        double pleasant = 7.2 + 0.1 * g;
        switch (here) {
            case OOST -> {
                pSafe += -0.05 + 0.11 * p;
                pCohesive += -0.04 + 0.13 * p;
                pAware += -0.15 + 0.32 * p;
                pLonely -= 0.02 * p;
                pleasant += 0.3 * p;
            }
            case NOORD -> {
                pSafe += 0.02 * p;
                pCohesive += 0.06 * p;
            }
            case CENTRUM -> {
                pSafe -= 0.06;
                pCohesive += -0.05 + 0.03 * p;
                pLonely += 0.03;
            }
            case COMPARISON -> {
                // nothing changes but chance
            }
        }
        boolean isLonely = random.nextDouble() < pLonely;
        for (String question : QUESTIONS) {
            if (random.nextDouble() < 0.05) {
                continue; // not answered
            }
            String answer;
            if (random.nextDouble() < 0.01) {
                answer = ""; // "don't know": read, warned about, left out
            } else {
                answer = switch (question) {
                    case "wl01" -> Integer.toString(mark(pleasant));
                    case "wl04" ->
                        random.nextDouble() < pSafe
                                ? (random.nextDouble() < 0.45 ? "1" : "2")
                                : Integer.toString(3 + pick(new double[] {60, 28, 12}));
                    case "zw00" -> Integer.toString(mark(isLonely ? 6.3 : 7.7));
                    case "zw04" ->
                        isLonely ? (random.nextDouble() < 0.75 ? "3" : "4") : (random.nextDouble() < 0.6 ? "1" : "2");
                    case "sc01" ->
                        random.nextDouble() < pCohesive
                                ? (random.nextDouble() < 0.3 ? "1" : "2")
                                : Integer.toString(3 + pick(new double[] {55, 30, 15}));
                    default -> random.nextDouble() < pAware ? "1" : "0";
                };
            }
            files.row(Table.SURVEY_RESPONSES, respondent, area, when, question, answer, w);
        }
    }

    /** A mark from 1 to 10 around {@code mean}. */
    private int mark(double mean) {
        return (int) Math.max(1, Math.min(10, Math.round(mean + 1.1 * random.nextGaussian())));
    }

    // ---- the descriptor

    private List<String> properties() {
        String scope = settings.municipality().isEmpty()
                ? "the Netherlands (CBS 2022 region list)"
                : settings.enschede()
                        ? "Enschede (GM0153), the reference case"
                        : "municipality " + settings.municipality().get().value();
        String name = settings.municipality().isEmpty()
                ? "welfare-synthetic-nl"
                : "welfare-synthetic-" + settings.municipality().get().value().toLowerCase(Locale.ROOT);
        List<String> properties = new ArrayList<>();
        properties.add("\"profile\": \"tabular-data-package\"");
        properties.add("\"name\": " + PackageFiles.quote(name));
        properties.add("\"title\": "
                + PackageFiles.quote("SYNTHETIC welfare data package: " + scope + ", " + settings.from() + "-"
                        + settings.to() + ", " + settings.residents() + " synthetic residents"));
        properties.add("\"description\": "
                + PackageFiles.quote("Written by 'welfare generate'. The areas are real (CBS table 85318NED, 2022);"
                        + " every person, answer, support episode, assessment and participation is synthetic, drawn"
                        + " from seed " + settings.seed() + ". The Enschede boroughs are an illustrative table; the"
                        + " named initiatives, their links, the Oost provisions and the shelter pilot follow the"
                        + " sources of the reference case (docs/reference.md). Not a statistic to quote."));
        properties.add("\"synthetic\": true");
        properties.add("\"generator\": {\"command\": \"welfare generate\", \"seed\": " + settings.seed()
                + ", \"residents\": " + settings.residents() + ", \"from\": " + settings.from() + ", \"to\": "
                + settings.to() + ", \"scope\": "
                + PackageFiles.quote(
                        settings.municipality().map(AreaCode::value).orElse("country"))
                + intensityProperty() + "}");
        StringBuilder sources = new StringBuilder("\"sources\": [{\"title\": \"CBS, Kerncijfers wijken en buurten"
                + " 2022 (85318NED), region list\", \"path\": \"https://opendata.cbs.nl/statline/#/CBS/nl/dataset/"
                + "85318NED\"}");
        if (boroughs.isPresent()) {
            for (String source : EnschedeReference.SOURCES) {
                sources.append(", {\"title\": ")
                        .append(PackageFiles.quote(source))
                        .append('}');
            }
        }
        properties.add(sources.append(']').toString());
        properties.add("\"licenses\": [{\"name\": \"CC-BY-4.0\", \"title\": \"Areas: Statistics Netherlands (CBS),"
                + " CC BY 4.0; the synthetic rows: no rights reserved\"}]");
        return properties;
    }

    /** The descriptor's record of a non-standard intensity (nothing at the standard rates, as before it existed). */
    private String intensityProperty() {
        Intensity rates = settings.intensity();
        return rates.standard() ? "" : ", " + rates.descriptorProperty();
    }

    private Map<Table, String> extra() {
        Map<Table, String> extra = new EnumMap<>(Table.class);
        extra.put(Table.AREAS, "\"vintage\": " + ReferenceData.VINTAGE.getValue());
        if (boroughs.isPresent()) {
            extra.put(
                    Table.COHORTS,
                    "\"cohortDescriptions\": [{\"cohort\": "
                            + PackageFiles.quote(EnschedeReference.SHELTER_PILOT.value())
                            + ", \"description\": " + PackageFiles.quote(EnschedeReference.SHELTER_DESCRIPTION) + "}]");
            extra.put(
                    Table.AREA_GROUPINGS,
                    "\"description\": \"Enschede's boroughs (stadsdelen): an ILLUSTRATIVE table, Enschede publishes"
                            + " none\"");
        }
        return extra;
    }

    // ---- helpers

    private void report() {
        long total = settings.residents();
        while (nextReport <= 10 && residentsDone * 10 >= total * nextReport) {
            if (nextReport < 10) {
                progress.accept(String.format(
                        Locale.ROOT, "  %d%% of the residents (%,d of %,d)", nextReport * 10, residentsDone, total));
            }
            nextReport++;
        }
    }

    private String day(int epochDay) {
        int at = epochDay - burnStart;
        if (at >= 0 && at < dayText.length) {
            String text = dayText[at];
            if (text == null) {
                text = LocalDate.ofEpochDay(epochDay).toString();
                dayText[at] = text;
            }
            return text;
        }
        return LocalDate.ofEpochDay(epochDay).toString();
    }

    private int yearOf(int epochDay) {
        return LocalDate.ofEpochDay(epochDay).getYear();
    }

    private int pick(double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double draw = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            draw -= weights[i];
            if (draw < 0 && weights[i] > 0) {
                return i;
            }
        }
        for (int i = weights.length - 1; i >= 0; i--) {
            if (weights[i] > 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private static String pad(long number, int digits) {
        String text = Long.toString(number);
        if (text.length() >= digits) {
            return text;
        }
        return "0".repeat(digits - text.length()) + text;
    }

    private static String capital(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
