package nl.welfare.adapters.files.datapackage;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;
import nl.welfare.adapters.files.datapackage.CsvFile.Header;
import nl.welfare.adapters.files.datapackage.CsvFile.RowReader;
import nl.welfare.adapters.files.datapackage.Row.Col;
import nl.welfare.adapters.files.fault.FileFault;
import nl.welfare.domain.area.Area;
import nl.welfare.domain.area.AreaCode;
import nl.welfare.domain.area.AreaGroup;
import nl.welfare.domain.area.AreaGrouping;
import nl.welfare.domain.area.AreaHierarchy;
import nl.welfare.domain.area.AreaLevel;
import nl.welfare.domain.area.AreaPopulation;
import nl.welfare.domain.community.Activity;
import nl.welfare.domain.community.ActivityId;
import nl.welfare.domain.community.CommunityChecks;
import nl.welfare.domain.community.Initiative;
import nl.welfare.domain.community.InitiativeId;
import nl.welfare.domain.community.InitiativeLead;
import nl.welfare.domain.community.InitiativeLink;
import nl.welfare.domain.community.Participation;
import nl.welfare.domain.community.ParticipationRole;
import nl.welfare.domain.resident.Cohort;
import nl.welfare.domain.resident.CohortMembership;
import nl.welfare.domain.resident.CohortName;
import nl.welfare.domain.resident.LadderAssessment;
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
import nl.welfare.domain.survey.ReferenceQuestions;
import nl.welfare.domain.survey.RespondentId;
import nl.welfare.domain.survey.SurveyQuestion;
import nl.welfare.domain.survey.SurveyResponse;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violation;
import nl.welfare.indicators.dataset.Dataset;
import org.jspecify.annotations.Nullable;

/**
 * One read of one package: the descriptor, then each resource in {@link Resource} order, each row parsed into its
 * domain value (whose {@code validate} reports the domain's own rules), checked against the rows it refers to and
 * added to a {@link Dataset.Builder}.
 *
 * <p>Strict (the default): every fault is reported, and once there is an error nothing more is added to the builder
 * (nothing will be returned), which keeps a broken ten-million-row file from costing memory. References are checked
 * against every row whose id could be read, so that one bad row does not make every row that names it a fault too.
 *
 * <p>Lenient: a row with an error is left out and the rest is read; references are checked against the rows that
 * passed, so a row that names a row left out is left out as well, with a fault of the reference's rule.
 */
final class PackageReading {

    private final Path folder;
    private final boolean lenient;
    private final Faults faults = new Faults();
    private final Dataset.Builder builder = Dataset.builder();
    private Optional<Year> vintage = Optional.empty();

    private final Ids<AreaCode> areas = new Ids<>();
    private final Ids<InitiativeId> initiatives = new Ids<>();
    private final Ids<ProvisionId> provisions = new Ids<>();
    private final Ids<ActivityId> activities = new Ids<>();
    private final Ids<ResidentId> residents = new Ids<>();
    private final Map<String, Optional<SurveyQuestion>> questions = new HashMap<>();

    PackageReading(Path folder, boolean lenient) {
        this.folder = folder;
        this.lenient = lenient;
    }

    /**
     * The ids of one resource's rows: every id read (to find duplicates, and in a strict read to resolve references)
     * and, in a lenient read, those of the rows that passed.
     */
    private final class Ids<T> {
        private boolean present;
        private final Map<String, T> seen = new HashMap<>();
        private final Set<String> accepted = new HashSet<>();

        /** Records the id of a row; false when an earlier row had it. */
        boolean add(String text, T id) {
            return seen.putIfAbsent(text, id) == null;
        }

        /** Records that the row with this id passed. */
        void accept(String text) {
            if (lenient) {
                accepted.add(text);
            }
        }

        /** The id {@code text} names, if a row of the resource has it. */
        @Nullable
        T known(String text) {
            return lenient && !accepted.contains(text) ? null : seen.get(text);
        }
    }

    /** Whether rows still go into the dataset: always in a lenient read, until the first error in a strict one. */
    private boolean adding() {
        return lenient || !faults.hasErrors();
    }

    DataPackageRead read() {
        PackageDescriptor descriptor = PackageDescriptor.read(folder, faults);
        vintage = descriptor.vintage();
        builder.hierarchy(AreaHierarchy.of(vintage, List.of()));
        for (PackageDescriptor.Entry entry : descriptor.entries()) {
            boolean present = CsvFile.read(entry, faults, header -> reader(entry.resource(), header, descriptor));
            if (present) {
                entry.resource().factType().forEach(builder::present);
            }
        }
        faults.finish(PackageDescriptor.FILE);
        Option<Dataset> dataset = adding() ? Option.some(builder.build()) : Option.none();
        return new DataPackageRead(dataset, faults.all(), faults.rejectedRows());
    }

    private RowReader reader(Resource resource, Header header, PackageDescriptor descriptor) {
        return switch (resource) {
            case AREAS -> new AreasReader(header);
            case AREA_POPULATIONS -> new PopulationsReader(header);
            case AREA_GROUPINGS -> new GroupingsReader(header);
            case INITIATIVES -> initiatives(header);
            case INITIATIVE_LINKS -> links(header);
            case PROVISIONS -> provisions(header);
            case ACTIVITIES -> activities(header);
            case RESIDENTS -> residents(header);
            case COHORTS -> new CohortsReader(header, descriptor.cohorts());
            case PARTICIPATIONS -> participations(header);
            case LADDER_ASSESSMENTS -> ladder(header);
            case SELF_RELIANCE_ASSESSMENTS -> new SelfRelianceReader(header);
            case SUPPORT_EPISODES -> supportEpisodes(header);
            case SURVEY_RESPONSES -> surveyResponses(header);
        };
    }

    // ---- references

    /** The area the required {@code c} names: a well-formed code of an area of the {@code areas} resource. */
    private @Nullable AreaCode area(Row row, Col c) {
        String text = row.required(c);
        return text == null
                ? null
                : resolve(row, c, text, areas, t -> AreaCode.parse(c.name, t), DataPackageRules.UNKNOWN_AREA);
    }

    /** The row of {@code ids} the required {@code c} names (when the resource is present), else its parsed id. */
    private <T> @Nullable T reference(
            Row row, Col c, Ids<T> ids, Function<String, Validation<Seq<Violation>, T>> parser, Rule unknown) {
        String text = row.required(c);
        return text == null ? null : resolve(row, c, text, ids, parser, unknown);
    }

    /** As {@link #reference}, for an optional column. */
    private <T> Optional<T> optionalReference(
            Row row, Col c, Ids<T> ids, Function<String, Validation<Seq<Violation>, T>> parser, Rule unknown) {
        String text = row.text(c);
        return text.isEmpty() ? Optional.empty() : Optional.ofNullable(resolve(row, c, text, ids, parser, unknown));
    }

    private <T> @Nullable T resolve(
            Row row,
            Col c,
            String text,
            Ids<T> ids,
            Function<String, Validation<Seq<Violation>, T>> parser,
            Rule unknown) {
        if (ids.present) {
            T known = ids.known(text);
            if (known != null) {
                return known;
            }
        }
        T parsed = row.parseText(c, text, parser);
        if (parsed != null && ids.present) {
            row.repeatedFault(c, unknown, text);
            return null;
        }
        return parsed;
    }

    /** The id in the required {@code c}, or {@code null} with a fault when it is malformed or an earlier row has it. */
    private <T> @Nullable T newId(Row row, Col c, Ids<T> ids, Function<String, Validation<Seq<Violation>, T>> parser) {
        T id = row.parse(c, parser);
        if (id != null && !ids.add(row.text(c), id)) {
            row.fault(DataPackageRules.DUPLICATE_ID, row.text(c));
        }
        return id;
    }

    // ---- areas

    /** The {@code areas} rows: each an {@link Area}; at the end the {@link AreaHierarchy}, orphans reported. */
    private final class AreasReader implements RowReader {
        private final Col code;
        private final Col name;
        private final Col level;
        private final Col parent;
        private final Col population;
        private final List<Area> read = new ArrayList<>();
        private final Map<AreaCode, Long> lines = new HashMap<>();
        private final String file;

        AreasReader(Header header) {
            file = header.file();
            code = header.col("code");
            name = header.col("name");
            level = header.col("level");
            parent = header.col("parent_code");
            population = header.col("population");
            areas.present = true;
        }

        @Override
        public void read(Row row) {
            AreaCode areaCode = row.parse(code, t -> AreaCode.parse("code", t));
            String areaName = row.required(name);
            AreaLevel areaLevel = row.parse(level, AreaLevel::parse);
            Optional<AreaCode> parentCode = row.optionalParse(parent, t -> AreaCode.parse("parent_code", t));
            Optional<Integer> inhabitants = row.optionalInteger(population);
            if (areaCode != null && lines.putIfAbsent(areaCode, row.line()) != null) {
                row.fault(code, AreaHierarchy.DUPLICATE_CODE, areaCode.value());
            } else if (areaCode != null) {
                areas.add(areaCode.value(), areaCode);
            }
            if (row.rejected() || areaCode == null || areaName == null || areaLevel == null) {
                return;
            }
            Area area = row.valid(Area.validate(areaCode, areaName, areaLevel, parentCode, inhabitants));
            if (area != null) {
                read.add(area);
            }
        }

        @Override
        public void end() {
            List<Area> kept = new ArrayList<>(read);
            boolean first = true;
            while (true) {
                Validation<Seq<Violation>, AreaHierarchy> hierarchy = AreaHierarchy.validate(vintage, kept);
                if (hierarchy.isValid()) {
                    builder.hierarchy(hierarchy.get());
                    kept.forEach(a -> areas.accept(a.code().value()));
                    return;
                }
                Set<String> orphans = new HashSet<>();
                for (Violation v : hierarchy.getError()) {
                    orphans.add(v.rejectedValue());
                    if (first || lenient) {
                        long line = lines.getOrDefault(AreaCode.of(v.rejectedValue()), 1L);
                        faults.add(FileFault.builder()
                                .file(file)
                                .rule(v.rule())
                                .line(line)
                                .column(code.index + 1)
                                .field(v.field())
                                .rejected(v.rejectedValue())
                                .build());
                        faults.rowRejected();
                    }
                }
                if (!kept.removeIf(a -> orphans.contains(a.code().value()))) {
                    builder.hierarchy(AreaHierarchy.of(vintage, List.of()));
                    return;
                }
                first = false;
            }
        }
    }

    // ---- populations and groupings

    /** The {@code area_populations} rows, each area and year once. */
    private final class PopulationsReader implements RowReader {
        private final Col area;
        private final Col year;
        private final Col population;
        private final Set<AreaPopulationKey> seen = new HashSet<>();

        private record AreaPopulationKey(AreaCode area, int year) {}

        PopulationsReader(Header header) {
            area = header.col("area_code");
            year = header.col("year");
            population = header.col("population");
        }

        @Override
        public void read(Row row) {
            AreaCode code = area(row, area);
            Integer inYear = row.integer(year);
            Integer inhabitants = row.integer(population);
            if (code != null && inYear != null && !seen.add(new AreaPopulationKey(code, inYear))) {
                row.fault(DataPackageRules.DUPLICATE_KEY, code + " " + inYear);
            }
            if (row.rejected() || code == null || inYear == null || inhabitants == null) {
                return;
            }
            AreaPopulation counted = row.valid(AreaPopulation.validate(code, Year.of(inYear), inhabitants));
            if (counted != null && adding()) {
                builder.add(counted);
            }
        }
    }

    /**
     * The {@code area_groupings} rows: one grouping per {@code grouping}, one group per {@code group_code}, one
     * member per row; each row is checked as a group of one ({@link AreaGroup#validate}), and against the rows before
     * it (the group's name, a neighbourhood in two groups of the grouping).
     */
    private final class GroupingsReader implements RowReader {
        private final Col grouping;
        private final Col groupCode;
        private final Col groupName;
        private final Col area;
        private final Map<String, Map<String, GroupRows>> groupings = new LinkedHashMap<>();
        private final Map<String, Set<AreaCode>> members = new HashMap<>();
        private final Map<String, Long> firstLines = new HashMap<>();
        private final String file;

        private final class GroupRows {
            final String name;
            final List<AreaCode> members = new ArrayList<>();

            GroupRows(String name) {
                this.name = name;
            }
        }

        GroupingsReader(Header header) {
            grouping = header.col("grouping");
            groupCode = header.col("group_code");
            groupName = header.col("group_name");
            area = header.col("area_code");
            file = header.file();
        }

        @Override
        public void read(Row row) {
            String name =
                    row.parse(grouping, t -> AreaGrouping.validate(t, List.of()).map(AreaGrouping::name));
            String code = row.required(groupCode);
            String title = row.required(groupName);
            String areaText = row.required(area);
            AreaCode member = areaText == null
                    ? null
                    : resolve(
                            row, area, areaText, areas, t -> AreaCode.parse("area_code", t), AreaGrouping.UNKNOWN_AREA);
            if (code != null && title != null && member != null) {
                row.valid(AreaGroup.validate(code, title, List.of(member)));
            }
            if (name == null || code == null || title == null || member == null) {
                return;
            }
            Map<String, GroupRows> groups = groupings.computeIfAbsent(name, n -> new LinkedHashMap<>());
            GroupRows group = groups.get(code);
            if (group != null && !group.name.equals(title)) {
                row.fault(groupName, DataPackageRules.GROUP_NAME_MISMATCH, title);
            }
            Set<AreaCode> grouped = members.computeIfAbsent(name, n -> new HashSet<>());
            if (grouped.contains(member)) {
                row.fault(area, AreaGrouping.DUPLICATE_MEMBER, member.value());
            }
            if (row.rejected()) {
                return;
            }
            grouped.add(member);
            firstLines.putIfAbsent(name, row.line());
            if (group == null) {
                group = new GroupRows(title);
                groups.put(code, group);
            }
            group.members.add(member);
        }

        @Override
        public void end() {
            groupings.forEach((name, groups) -> {
                List<AreaGroup> built = new ArrayList<>();
                groups.forEach((code, rows) -> built.add(AreaGroup.of(code, rows.name, rows.members)));
                Validation<Seq<Violation>, AreaGrouping> valid = AreaGrouping.validate(name, built);
                if (valid.isInvalid()) {
                    long line = firstLines.getOrDefault(name, 1L);
                    valid.getError().forEach(v -> faults.add(FileFault.of(file, line, Optional.empty(), v)));
                } else if (adding()) {
                    builder.grouping(valid.get());
                }
            });
        }
    }

    // ---- community

    private RowReader initiatives(Header header) {
        Col id = header.col("id");
        Col name = header.col("name");
        Col area = header.col("area_code");
        Col lead = header.col("lead");
        Col started = header.col("started");
        Col ended = header.col("ended");
        Col theme = header.col("theme");
        initiatives.present = true;
        return row -> {
            InitiativeId initiative = newId(row, id, initiatives, InitiativeId::parse);
            String text = row.required(name);
            AreaCode code = area(row, area);
            InitiativeLead led = row.parse(lead, InitiativeLead::parse);
            LocalDate start = row.date(started);
            Optional<LocalDate> end = row.optionalDate(ended);
            Optional<String> about = row.optional(theme);
            if (row.rejected() || initiative == null || text == null || code == null || led == null || start == null) {
                return;
            }
            Initiative valid = row.valid(Initiative.validate(initiative, text, code, led, start, end, about));
            if (valid != null) {
                initiatives.accept(initiative.value());
                if (adding()) {
                    builder.add(valid);
                }
            }
        };
    }

    private RowReader links(Header header) {
        Col initiative = header.col("initiative_id");
        Col other = header.col("other_initiative_id");
        Col since = header.col("since");
        Col until = header.col("until");
        Rule unknown = CommunityChecks.LINK_UNKNOWN_INITIATIVE;
        return row -> {
            InitiativeId one = reference(row, initiative, initiatives, InitiativeId::parse, unknown);
            InitiativeId two = reference(row, other, initiatives, InitiativeId::parse, unknown);
            LocalDate start = row.date(since);
            Optional<LocalDate> end = row.optionalDate(until);
            if (row.rejected() || one == null || two == null || start == null) {
                return;
            }
            InitiativeLink link = row.valid(InitiativeLink.validate(one, two, start, end));
            if (link != null && adding()) {
                builder.add(link);
            }
        };
    }

    private RowReader provisions(Header header) {
        Col id = header.col("id");
        Col name = header.col("name");
        Col kind = header.col("kind");
        Col area = header.col("area_code");
        Col started = header.col("started");
        Col ended = header.col("ended");
        provisions.present = true;
        return row -> {
            ProvisionId provision = newId(row, id, provisions, t -> ProvisionId.parse("id", t));
            String text = row.required(name);
            ProvisionKind of = row.parse(kind, ProvisionKind::parse);
            AreaCode code = area(row, area);
            LocalDate start = row.date(started);
            Optional<LocalDate> end = row.optionalDate(ended);
            if (row.rejected() || provision == null || text == null || of == null || code == null || start == null) {
                return;
            }
            Provision valid = row.valid(Provision.validate(provision, text, of, code, start, end));
            if (valid != null) {
                provisions.accept(provision.value());
                if (adding()) {
                    builder.add(valid);
                }
            }
        };
    }

    private RowReader activities(Header header) {
        Col id = header.col("id");
        Col name = header.col("name");
        Col area = header.col("area_code");
        Col initiative = header.col("initiative_id");
        Col provision = header.col("provision_id");
        Col theme = header.col("theme");
        activities.present = true;
        return row -> {
            ActivityId activity = newId(row, id, activities, ActivityId::parse);
            String text = row.required(name);
            AreaCode code = area(row, area);
            Optional<InitiativeId> of = optionalReference(
                    row, initiative, initiatives, InitiativeId::parse, CommunityChecks.ACTIVITY_UNKNOWN_INITIATIVE);
            Optional<ProvisionId> in = optionalReference(
                    row, provision, provisions, ProvisionId::parse, CommunityChecks.ACTIVITY_UNKNOWN_PROVISION);
            Optional<String> about = row.optional(theme);
            if (row.rejected() || activity == null || text == null || code == null) {
                return;
            }
            Activity valid = row.valid(Activity.validate(activity, text, code, of, in, Optional.empty(), about));
            if (valid != null) {
                activities.accept(activity.value());
                if (adding()) {
                    builder.add(valid);
                }
            }
        };
    }

    private RowReader participations(Header header) {
        Col resident = header.col("resident_id");
        Col activity = header.col("activity_id");
        Col area = header.col("area_code");
        Col date = header.col("date");
        Col role = header.col("role");
        return row -> {
            ResidentId who = reference(
                    row, resident, residents, ResidentId::parse, CommunityChecks.PARTICIPATION_UNKNOWN_RESIDENT);
            ActivityId what = reference(
                    row, activity, activities, ActivityId::parse, CommunityChecks.PARTICIPATION_UNKNOWN_ACTIVITY);
            AreaCode where = area(row, area);
            LocalDate when = row.date(date);
            ParticipationRole as = row.parse(role, ParticipationRole::parse);
            if (row.rejected() || who == null || what == null || where == null || when == null || as == null) {
                return;
            }
            Participation valid = row.valid(Participation.validate(who, what, where, when, as));
            if (valid != null && adding()) {
                builder.add(valid);
            }
        };
    }

    // ---- residents

    private RowReader residents(Header header) {
        Col id = header.col("id");
        Col area = header.col("area_code");
        Col birthYear = header.col("birth_year");
        residents.present = true;
        return row -> {
            ResidentId resident = newId(row, id, residents, ResidentId::parse);
            AreaCode code = area(row, area);
            Optional<Integer> born = row.optionalInteger(birthYear);
            if (row.rejected() || resident == null || code == null) {
                return;
            }
            Resident valid = row.valid(Resident.validate(resident, code, born.map(Year::of)));
            if (valid != null) {
                residents.accept(resident.value());
                if (adding()) {
                    builder.add(valid);
                }
            }
        };
    }

    /**
     * The {@code cohorts} rows, each a {@link CohortMembership}; at the end each cohort is checked as a whole
     * ({@link Cohort#validate}: no two memberships of a resident overlap), and the memberships that pass are added in
     * file order, after the cohorts the descriptor describes.
     */
    private final class CohortsReader implements RowReader {
        private final Col cohort;
        private final Col resident;
        private final Col joined;
        private final Col left;
        private final String file;
        private final List<CohortMembership> read = new ArrayList<>();
        private final List<Long> lines = new ArrayList<>();

        CohortsReader(Header header, Seq<PackageDescriptor.CohortEntry> described) {
            cohort = header.col("cohort");
            resident = header.col("resident_id");
            joined = header.col("joined");
            left = header.col("left");
            file = header.file();
            if (adding()) {
                described.forEach(c -> builder.add(Cohort.builder()
                        .name(c.name())
                        .description(c.description())
                        .build()));
            }
        }

        @Override
        public void read(Row row) {
            CohortName name = row.parse(cohort, CohortName::parse);
            ResidentId member =
                    reference(row, resident, residents, ResidentId::parse, DataPackageRules.UNKNOWN_RESIDENT);
            LocalDate from = row.date(joined);
            Optional<LocalDate> to = row.optionalDate(left);
            if (row.rejected() || name == null || member == null || from == null) {
                return;
            }
            CohortMembership valid = row.valid(CohortMembership.validate(name, member, from, to));
            if (valid != null) {
                read.add(valid);
                lines.add(row.line());
            }
        }

        @Override
        public void end() {
            Map<List<Object>, List<Integer>> spells = new LinkedHashMap<>();
            for (int i = 0; i < read.size(); i++) {
                CohortMembership m = read.get(i);
                spells.computeIfAbsent(List.of(m.cohort(), m.resident()), k -> new ArrayList<>())
                        .add(i);
            }
            boolean[] overlapping = new boolean[read.size()];
            for (List<Integer> group : spells.values()) {
                if (group.size() > 1) {
                    markOverlaps(group, overlapping);
                }
            }
            for (int i = 0; i < read.size(); i++) {
                if (overlapping[i]) {
                    CohortMembership m = read.get(i);
                    faults.add(FileFault.builder()
                            .file(file)
                            .rule(Cohort.OVERLAPPING_MEMBERSHIP)
                            .line(lines.get(i))
                            .column(joined.index + 1)
                            .field(joined.name)
                            .rejected(m.resident() + " " + m.joined())
                            .build());
                    faults.rowRejected();
                } else if (adding()) {
                    builder.add(read.get(i));
                }
            }
        }

        /**
         * Marks the memberships of one resident in one cohort that {@link Cohort#validate} finds overlapping: the
         * cohort names each by resident and day joined; where several share both, it names the later ones.
         */
        private void markOverlaps(List<Integer> group, boolean[] overlapping) {
            List<Integer> byJoined = new ArrayList<>(group);
            byJoined.sort((a, b) -> read.get(a).joined().compareTo(read.get(b).joined()));
            List<CohortMembership> memberships = new ArrayList<>();
            byJoined.forEach(i -> memberships.add(read.get(i)));
            Validation<Seq<Violation>, Cohort> cohortOf =
                    Cohort.validate(memberships.get(0).cohort(), Optional.empty(), memberships);
            if (cohortOf.isValid()) {
                return;
            }
            for (Violation v : cohortOf.getError()) {
                for (int k = byJoined.size() - 1; k >= 0; k--) {
                    int i = byJoined.get(k);
                    CohortMembership m = read.get(i);
                    if (!overlapping[i] && v.rejectedValue().equals(m.resident() + " " + m.joined())) {
                        overlapping[i] = true;
                        break;
                    }
                }
            }
        }
    }

    private RowReader ladder(Header header) {
        Col resident = header.col("resident_id");
        Col date = header.col("date");
        Col rung = header.col("rung");
        return row -> {
            ResidentId who = reference(row, resident, residents, ResidentId::parse, DataPackageRules.UNKNOWN_RESIDENT);
            LocalDate when = row.date(date);
            Integer step = row.integer(rung);
            if (row.rejected() || who == null || when == null || step == null) {
                return;
            }
            LadderAssessment valid = row.valid(LadderAssessment.validate(who, when, step));
            if (valid != null && adding()) {
                builder.add(valid);
            }
        };
    }

    /**
     * The {@code self_reliance_assessments} rows, one domain's score each; the rows of one resident and date make one
     * {@link SelfRelianceAssessment}, wherever they are in the file, added at the end in the order of their first row.
     */
    private final class SelfRelianceReader implements RowReader {
        private final Col resident;
        private final Col date;
        private final Col domain;
        private final Col score;
        private final Map<AssessmentKey, EnumMap<SelfRelianceDomain, SelfRelianceScore>> assessments =
                new LinkedHashMap<>();

        private record AssessmentKey(ResidentId resident, LocalDate date) {}

        SelfRelianceReader(Header header) {
            resident = header.col("resident_id");
            date = header.col("date");
            domain = header.col("domain");
            score = header.col("score");
        }

        @Override
        public void read(Row row) {
            ResidentId who = reference(row, resident, residents, ResidentId::parse, DataPackageRules.UNKNOWN_RESIDENT);
            LocalDate when = row.date(date);
            SelfRelianceDomain of = row.parse(domain, SelfRelianceDomain::parse);
            Integer number = row.integer(score);
            SelfRelianceScore scored = number == null ? null : row.valid(SelfRelianceScore.validate(number));
            if (who == null || when == null || of == null) {
                return;
            }
            EnumMap<SelfRelianceDomain, SelfRelianceScore> scores = assessments.computeIfAbsent(
                    new AssessmentKey(who, when), k -> new EnumMap<>(SelfRelianceDomain.class));
            if (scores.containsKey(of)) {
                row.fault(DataPackageRules.DUPLICATE_KEY, who + " " + when + " " + of.code());
            }
            if (!row.rejected() && scored != null) {
                scores.put(of, scored);
            }
        }

        @Override
        public void end() {
            assessments.forEach((key, scores) -> {
                // An assessment with a score is valid: the scores were checked row by row.
                Validation<Seq<Violation>, SelfRelianceAssessment> assessment =
                        SelfRelianceAssessment.validate(key.resident(), key.date(), scores);
                if (!scores.isEmpty() && assessment.isValid() && adding()) {
                    builder.add(assessment.get());
                }
            });
        }
    }

    // ---- support

    private RowReader supportEpisodes(Header header) {
        Col id = header.col("id");
        Col resident = header.col("resident_id");
        Col area = header.col("area_code");
        Col kind = header.col("kind");
        Col provision = header.col("provision");
        Col started = header.col("started");
        Col ended = header.col("ended");
        Ids<SupportEpisodeId> episodes = new Ids<>();
        return row -> {
            SupportEpisodeId episode = newId(row, id, episodes, t -> SupportEpisodeId.parse("id", t));
            Optional<ResidentId> who =
                    optionalReference(row, resident, residents, ResidentId::parse, DataPackageRules.UNKNOWN_RESIDENT);
            AreaCode code = area(row, area);
            ProvisionKind of = row.parse(kind, ProvisionKind::parse);
            ProvisionId from = row.parse(provision, t -> ProvisionId.parse("provision", t));
            LocalDate start = row.date(started);
            Optional<LocalDate> end = row.optionalDate(ended);
            if (row.rejected() || episode == null || code == null || of == null || from == null || start == null) {
                return;
            }
            SupportEpisode valid = row.valid(SupportEpisode.validate(episode, who, code, of, from, start, end));
            if (valid != null && adding()) {
                builder.add(valid);
            }
        };
    }

    // ---- surveys

    private RowReader surveyResponses(Header header) {
        Col respondent = header.col("respondent_id");
        Col area = header.col("area_code");
        Col date = header.col("date");
        Col question = header.col("question");
        Col answer = header.col("answer");
        Col weight = header.col("weight");
        return row -> {
            RespondentId who = row.parse(respondent, RespondentId::parse);
            AreaCode where = area(row, area);
            LocalDate when = row.date(date);
            QuestionCode asked = row.parse(question, QuestionCode::parse);
            String given = row.text(answer);
            OptionalDouble weighted = row.optionalNumber(weight);
            if (row.rejected() || who == null || where == null || when == null || asked == null) {
                return;
            }
            SurveyResponse valid =
                    row.valid(SurveyResponse.validate(who, where, when, asked, given, weighted.orElse(1.0)));
            if (valid == null) {
                return;
            }
            Optional<SurveyQuestion> reference = questions.computeIfAbsent(
                    asked.value(), q -> ReferenceQuestions.byCode(asked).toJavaOptional());
            if (reference.isPresent() && !reference.get().isValidAnswer(given)) {
                row.warn(answer, DataPackageRules.INVALID_ANSWER, given);
            }
            if (adding()) {
                builder.add(valid);
            }
        };
    }
}
