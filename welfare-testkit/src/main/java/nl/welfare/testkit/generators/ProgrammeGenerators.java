package nl.welfare.testkit.generators;

import static nl.welfare.testkit.generators.CommonGenerators.areaCodes;
import static nl.welfare.testkit.generators.CommonGenerators.dates;
import static nl.welfare.testkit.generators.CommonGenerators.datesBetween;
import static nl.welfare.testkit.generators.CommonGenerators.identifierTexts;
import static nl.welfare.testkit.generators.CommonGenerators.ids;
import static nl.welfare.testkit.generators.CommonGenerators.malformedIdentifierTexts;
import static nl.welfare.testkit.generators.CommonGenerators.periods;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import nl.welfare.domain.area.AreaCode;
import nl.welfare.domain.programme.Alliance;
import nl.welfare.domain.programme.AreaProgramme;
import nl.welfare.domain.programme.AttendeeKind;
import nl.welfare.domain.programme.Bottleneck;
import nl.welfare.domain.programme.Budget;
import nl.welfare.domain.programme.Commission;
import nl.welfare.domain.programme.CommissionId;
import nl.welfare.domain.programme.GoalId;
import nl.welfare.domain.programme.Meeting;
import nl.welfare.domain.programme.MeetingId;
import nl.welfare.domain.programme.MeetingKind;
import nl.welfare.domain.programme.Organisation;
import nl.welfare.domain.programme.OrganisationId;
import nl.welfare.domain.programme.OrganisationKind;
import nl.welfare.domain.programme.Policy;
import nl.welfare.domain.programme.PolicyGoal;
import nl.welfare.domain.programme.PolicyId;
import nl.welfare.domain.programme.ProgrammeId;
import nl.welfare.domain.time.ReportingPeriod;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violation;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * Generators of programme values (policies, goals, organisations, alliances, commissions, borough programmes,
 * bottlenecks, budgets, meetings): valid values of every type, and for every rule a generator of {@link Breach}es that
 * break exactly that rule.
 *
 * <p>Boroughs are group codes: Enschede's five ({@code NOORD}, {@code OOST}, ...) mixed with other well-formed codes.
 * Values that belong together are generated together: {@link #areaProgrammesUnder(Commission)} and
 * {@link #budgetsFor(AreaProgramme)} pass the cross-object checks of their parent.
 *
 * <pre>{@code
 * qt().forAll(ProgrammeGenerators.commissions()).checkAssert(c -> assertTrue(c.fullTerm().contains(c.term().end())));
 * qt().forAll(ProgrammeGenerators.commissionBreaches()).checkAssert(Breach::assertBreaksExactlyItsRule);
 * }</pre>
 */
public final class ProgrammeGenerators {

    /** Enschede's five boroughs, as group codes. */
    public static final List<String> ENSCHEDE_BOROUGHS = List.of("CENTRUM", "NOORD", "OOST", "WEST", "ZUID");

    private static final List<String> WORDS = List.of(
            "Nieuw Enschedees Welzijn",
            "A higher participation rate",
            "Liveable neighbourhoods",
            "Residents do not know the general provisions for special transport",
            "Social connection needs support",
            "Connect the resident initiatives",
            "Twentse Alliantie",
            "Alifa",
            "Vizier",
            "Eurus",
            "Saxion",
            "Wijkraad",
            "Buurthuis");

    private ProgrammeGenerators() {}

    // ---------------------------------------------------------------------------------------------------------------
    // Small values

    /** Texts that are not blank: phrases from the sources and identifier-like words. */
    public static Gen<String> texts() {
        return Generate.pick(WORDS).mix(identifierTexts().map(t -> "Text " + t));
    }

    /** Texts that are blank: empty or only white space. */
    public static Gen<String> blankTexts() {
        return Generate.pick(List.of("", " ", "   ", "\t", " \n "));
    }

    /** Borough group codes: Enschede's five and other well-formed codes. */
    public static Gen<String> boroughs() {
        return Generate.pick(ENSCHEDE_BOROUGHS).mix(identifierTexts());
    }

    /** Texts that are not well-formed group codes. */
    public static Gen<String> malformedBoroughs() {
        return malformedIdentifierTexts();
    }

    /** Policy ids. */
    public static Gen<PolicyId> policyIds() {
        return ids(PolicyId::of);
    }

    /** Goal ids. */
    public static Gen<GoalId> goalIds() {
        return ids(GoalId::of);
    }

    /** Organisation ids (also of alliances). */
    public static Gen<OrganisationId> organisationIds() {
        return ids(OrganisationId::of);
    }

    /** Commission ids. */
    public static Gen<CommissionId> commissionIds() {
        return ids(CommissionId::of);
    }

    /** Programme ids. */
    public static Gen<ProgrammeId> programmeIds() {
        return ids(ProgrammeId::of);
    }

    /** Meeting ids. */
    public static Gen<MeetingId> meetingIds() {
        return ids(MeetingId::of);
    }

    /** Breaches of {@link PolicyId#FORMAT}. */
    public static Gen<Breach<PolicyId>> policyIdBreaches() {
        return idBreaches(PolicyId.FORMAT, "policy id", PolicyId::parse);
    }

    /** Breaches of {@link GoalId#FORMAT}. */
    public static Gen<Breach<GoalId>> goalIdBreaches() {
        return idBreaches(GoalId.FORMAT, "goal id", GoalId::parse);
    }

    /** Breaches of {@link OrganisationId#FORMAT}. */
    public static Gen<Breach<OrganisationId>> organisationIdBreaches() {
        return idBreaches(OrganisationId.FORMAT, "organisation id", OrganisationId::parse);
    }

    /** Breaches of {@link CommissionId#FORMAT}. */
    public static Gen<Breach<CommissionId>> commissionIdBreaches() {
        return idBreaches(CommissionId.FORMAT, "commission id", CommissionId::parse);
    }

    /** Breaches of {@link ProgrammeId#FORMAT}. */
    public static Gen<Breach<ProgrammeId>> programmeIdBreaches() {
        return idBreaches(ProgrammeId.FORMAT, "programme id", ProgrammeId::parse);
    }

    /** Breaches of {@link MeetingId#FORMAT}. */
    public static Gen<Breach<MeetingId>> meetingIdBreaches() {
        return idBreaches(MeetingId.FORMAT, "meeting id", MeetingId::parse);
    }

    private static <I> Gen<Breach<I>> idBreaches(
            Rule rule, String kind, Function<String, Validation<Seq<Violation>, I>> parse) {
        return malformedIdentifierTexts()
                .map(text -> Breach.of(rule, kind + " '" + text + "'", () -> parse.apply(text)));
    }

    /** Kinds of organisation. */
    public static Gen<OrganisationKind> organisationKinds() {
        return Generate.enumValues(OrganisationKind.class);
    }

    /** Kinds of meeting. */
    public static Gen<MeetingKind> meetingKinds() {
        return Generate.enumValues(MeetingKind.class);
    }

    /** Kinds of attendee. */
    public static Gen<AttendeeKind> attendeeKinds() {
        return Generate.enumValues(AttendeeKind.class);
    }

    /** Breaches of {@link OrganisationKind#KNOWN}: texts that name no kind. */
    public static Gen<Breach<OrganisationKind>> organisationKindBreaches() {
        return unknownCodes()
                .map(t -> Breach.of(OrganisationKind.KNOWN, "kind '" + t + "'", () -> OrganisationKind.parse(t)));
    }

    /** Breaches of {@link MeetingKind#KNOWN}: texts that name no kind. */
    public static Gen<Breach<MeetingKind>> meetingKindBreaches() {
        return unknownCodes().map(t -> Breach.of(MeetingKind.KNOWN, "kind '" + t + "'", () -> MeetingKind.parse(t)));
    }

    /** Breaches of {@link AttendeeKind#KNOWN}: texts that name no kind. */
    public static Gen<Breach<AttendeeKind>> attendeeKindBreaches() {
        return unknownCodes()
                .map(t -> Breach.of(AttendeeKind.KNOWN, "attendee kind '" + t + "'", () -> AttendeeKind.parse(t)));
    }

    private static Gen<String> unknownCodes() {
        return Generate.pick(List.of("", " ", "church", "round table", "welfare organisation"))
                .mix(identifierTexts().map(t -> "not-" + t));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Policies and goals

    /** Goals, with and without a description. */
    public static Gen<PolicyGoal> policyGoals() {
        return goalIds()
                .zip(
                        texts(),
                        optionals(texts()),
                        (id, name, description) -> PolicyGoal.builder()
                                .id(id)
                                .name(name)
                                .description(description)
                                .build());
    }

    /** Breaches of every rule of {@link PolicyGoal}. */
    public static Gen<Breach<PolicyGoal>> policyGoalBreaches() {
        Gen<Breach<PolicyGoal>> blankName = policyGoals()
                .zip(
                        blankTexts(),
                        (g, blank) -> breach(
                                PolicyGoal.BLANK_NAME,
                                "name '" + blank + "'",
                                () -> PolicyGoal.validate(g.id(), blank, g.description())));
        Gen<Breach<PolicyGoal>> blankDescription = policyGoals()
                .zip(
                        blankTexts(),
                        (g, blank) -> breach(
                                PolicyGoal.BLANK_DESCRIPTION,
                                "description '" + blank + "'",
                                () -> PolicyGoal.validate(g.id(), g.name(), Optional.of(blank))));
        return blankName.mix(blankDescription);
    }

    /** 1 to 6 goals with distinct ids. */
    public static Gen<List<PolicyGoal>> distinctGoals() {
        return distinctGoals(1, 6);
    }

    private static Gen<List<PolicyGoal>> distinctGoals(int min, int max) {
        return in -> {
            int n = integers().between(min, max).generate(in);
            Map<GoalId, PolicyGoal> byId = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                PolicyGoal goal = policyGoals().generate(in);
                GoalId id = GoalId.of(goal.id().value() + "." + i);
                byId.put(
                        id,
                        PolicyGoal.builder()
                                .id(id)
                                .name(goal.name())
                                .description(goal.description())
                                .build());
            }
            return List.copyOf(byId.values());
        };
    }

    /** Policies with 1 to 6 goals. */
    public static Gen<Policy> policies() {
        return in -> Policy.builder()
                .id(policyIds().generate(in))
                .name(texts().generate(in))
                .commissioner(organisationIds().generate(in))
                .adopted(dates().generate(in))
                .vision(texts().generate(in))
                .addAllGoals(distinctGoals().generate(in))
                .build();
    }

    /** Breaches of every rule of {@link Policy}. */
    public static Gen<Breach<Policy>> policyBreaches() {
        Gen<Breach<Policy>> blankName = policies()
                .zip(
                        blankTexts(),
                        (p, blank) -> breach(
                                Policy.BLANK_NAME,
                                "name '" + blank + "'",
                                () -> Policy.validate(
                                        p.id(), blank, p.commissioner(), p.adopted(), p.vision(), p.goals())));
        Gen<Breach<Policy>> blankVision = policies()
                .zip(
                        blankTexts(),
                        (p, blank) -> breach(
                                Policy.BLANK_VISION,
                                "vision '" + blank + "'",
                                () -> Policy.validate(
                                        p.id(), p.name(), p.commissioner(), p.adopted(), blank, p.goals())));
        Gen<Breach<Policy>> noGoals = policies()
                .map(p -> breach(
                        Policy.NO_GOALS,
                        "no goals",
                        () -> Policy.validate(p.id(), p.name(), p.commissioner(), p.adopted(), p.vision(), List.of())));
        Gen<Breach<Policy>> duplicateGoal = policies().zip(texts(), (p, name) -> {
            List<PolicyGoal> goals = new ArrayList<>(p.goals());
            goals.add(PolicyGoal.of(p.goals().get(0).id(), name));
            return breach(
                    Policy.DUPLICATE_GOAL,
                    "goal " + p.goals().get(0).id() + " twice",
                    () -> Policy.validate(p.id(), p.name(), p.commissioner(), p.adopted(), p.vision(), goals));
        });
        return blankName.mix(blankVision).mix(noGoals).mix(duplicateGoal);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Organisations and alliances

    /** Organisations of every kind. */
    public static Gen<Organisation> organisations() {
        return organisationIds().zip(texts(), organisationKinds(), Organisation::of);
    }

    /** Breaches of {@link Organisation#BLANK_NAME}. */
    public static Gen<Breach<Organisation>> organisationBreaches() {
        return organisations()
                .zip(
                        blankTexts(),
                        (o, blank) -> breach(
                                Organisation.BLANK_NAME,
                                "name '" + blank + "'",
                                () -> Organisation.validate(o.id(), blank, o.kind())));
    }

    /** Alliances of 2 to 5 members. */
    public static Gen<Alliance> alliances() {
        return in -> {
            OrganisationId id = organisationIds().generate(in);
            return Alliance.builder()
                    .id(id)
                    .name(texts().generate(in))
                    .formed(dates().generate(in))
                    .addAllMembers(membersOtherThan(id, integers().between(2, 5).generate(in)))
                    .build();
        };
    }

    private static Set<OrganisationId> membersOtherThan(OrganisationId id, int count) {
        Set<OrganisationId> members = new LinkedHashSet<>();
        for (int i = 0; i < count; i++) {
            members.add(OrganisationId.of(id.value() + ".member-" + i));
        }
        return members;
    }

    /** Breaches of every rule of {@link Alliance}. */
    public static Gen<Breach<Alliance>> allianceBreaches() {
        Gen<Breach<Alliance>> blankName = alliances()
                .zip(
                        blankTexts(),
                        (a, blank) -> breach(
                                Alliance.BLANK_NAME,
                                "name '" + blank + "'",
                                () -> Alliance.validate(a.id(), blank, a.formed(), a.members())));
        Gen<Breach<Alliance>> tooFew = alliances()
                .zip(
                        integers().between(0, 1),
                        (a, n) -> breach(
                                Alliance.TOO_FEW_MEMBERS,
                                n + " members",
                                () -> Alliance.validate(a.id(), a.name(), a.formed(), membersOtherThan(a.id(), n))));
        Gen<Breach<Alliance>> itself = alliances().map(a -> {
            Set<OrganisationId> members = new LinkedHashSet<>(a.members());
            members.add(a.id());
            return breach(
                    Alliance.MEMBER_IS_ITSELF,
                    "members " + members,
                    () -> Alliance.validate(a.id(), a.name(), a.formed(), members));
        });
        return blankName.mix(tooFew).mix(itself);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Commissions

    /** Commissions with and without an extension, boroughs, or several areas. */
    public static Gen<Commission> commissions() {
        return in -> commission(in, false);
    }

    /** Commissions whose goals are some of the goals of {@code policy}, commissioned by its commissioner. */
    public static Gen<Commission> commissionsServing(Policy policy) {
        return in -> {
            Commission c = commission(in, false);
            List<GoalId> goals = new ArrayList<>(policy.goalIds());
            int keep = integers().between(1, goals.size()).generate(in);
            OrganisationId contractor = c.contractor().equals(policy.commissioner())
                    ? OrganisationId.of(c.contractor().value() + ".contractor")
                    : c.contractor();
            return rebuild(c, policy.commissioner(), contractor, Set.copyOf(goals.subList(0, keep)));
        };
    }

    private static Commission commission(RandomnessSource in, boolean needsBoroughs) {
        OrganisationId commissioner =
                OrganisationId.of(organisationIds().generate(in).value() + ".commissioner");
        OrganisationId contractor =
                OrganisationId.of(organisationIds().generate(in).value() + ".contractor");
        ReportingPeriod term = periods().generate(in);
        Optional<LocalDate> extensionEnd = optionals(integers().between(1, 1500))
                .generate(in)
                .map(d -> term.end().plusDays(d));
        return Commission.builder()
                .id(commissionIds().generate(in))
                .commissioner(commissioner)
                .contractor(contractor)
                .term(term)
                .extensionEnd(extensionEnd)
                .addAllAreas(setOf(areaCodes(), 1, 3).generate(in))
                .addAllBoroughs(setOf(boroughs(), needsBoroughs ? 1 : 0, 4).generate(in))
                .addAllGoals(setOf(goalIds(), 1, 5).generate(in))
                .build();
    }

    private static Commission rebuild(
            Commission c, OrganisationId commissioner, OrganisationId contractor, Set<GoalId> goals) {
        return Commission.builder()
                .id(c.id())
                .commissioner(commissioner)
                .contractor(contractor)
                .term(c.term())
                .extensionEnd(c.extensionEnd())
                .addAllAreas(c.areas())
                .addAllBoroughs(c.boroughs())
                .addAllGoals(goals)
                .build();
    }

    /** Validates the fields of {@code c}, with the changes {@code edit} makes to them. */
    private static Validation<Seq<Violation>, Commission> validateCommission(
            Commission c, Consumer<CommissionInput> edit) {
        CommissionInput i = new CommissionInput(c);
        edit.accept(i);
        return Commission.validate(
                i.id, i.commissioner, i.contractor, i.term, i.extensionEnd, i.areas, i.boroughs, i.goals);
    }

    /** The input fields of a commission, to change one of them in a breach. */
    private static final class CommissionInput {
        CommissionId id;
        OrganisationId commissioner;
        OrganisationId contractor;
        ReportingPeriod term;
        Optional<LocalDate> extensionEnd;
        Set<AreaCode> areas;
        Set<String> boroughs;
        Set<GoalId> goals;

        CommissionInput(Commission c) {
            id = c.id();
            commissioner = c.commissioner();
            contractor = c.contractor();
            term = c.term();
            extensionEnd = c.extensionEnd();
            areas = c.areas();
            boroughs = c.boroughs();
            goals = c.goals();
        }
    }

    /** Breaches of every rule of {@link Commission} checked when it is built. */
    public static Gen<Breach<Commission>> commissionBreaches() {
        Gen<Breach<Commission>> self = commissions()
                .map(c -> breach(
                        Commission.SELF_COMMISSIONED,
                        "contractor " + c.commissioner() + " = commissioner",
                        () -> validateCommission(c, i -> i.contractor = i.commissioner)));
        Gen<Breach<Commission>> noAreas = commissions()
                .map(c ->
                        breach(Commission.NO_AREAS, "no areas", () -> validateCommission(c, i -> i.areas = Set.of())));
        Gen<Breach<Commission>> boroughFormat = commissions().zip(malformedBoroughs(), (c, bad) -> {
            Set<String> boroughs = new LinkedHashSet<>(c.boroughs());
            boroughs.add(bad);
            return breach(
                    Commission.BOROUGH_FORMAT,
                    "borough '" + bad + "'",
                    () -> validateCommission(c, i -> i.boroughs = boroughs));
        });
        Gen<Breach<Commission>> noGoals = commissions()
                .map(c ->
                        breach(Commission.NO_GOALS, "no goals", () -> validateCommission(c, i -> i.goals = Set.of())));
        Gen<Breach<Commission>> extensionBeforeEnd = commissions()
                .zip(integers().between(0, 1000), (c, d) -> {
                    LocalDate end = c.term().end().minusDays(d);
                    return breach(
                            Commission.EXTENSION_BEFORE_END,
                            "extension to " + end + " of term " + c.term(),
                            () -> validateCommission(c, i -> i.extensionEnd = Optional.of(end)));
                });
        Gen<Breach<Commission>> extensionYearRange = commissions()
                .zip(integers().between(0, 5000), (c, d) -> {
                    LocalDate end = LocalDate.of(10000, 1, 1).plusDays(d);
                    return breach(
                            Commission.EXTENSION_YEAR_RANGE,
                            "extension to " + end,
                            () -> validateCommission(c, i -> i.extensionEnd = Optional.of(end)));
                });
        return self.mix(noAreas)
                .mix(boroughFormat)
                .mix(noGoals)
                .mix(extensionBeforeEnd)
                .mix(extensionYearRange);
    }

    /** Breaches of {@link Commission#GOAL_NOT_IN_POLICY}: a commission that names a goal its policy lacks. */
    public static Gen<Breach<Commission>> commissionPolicyBreaches() {
        return policies()
                .flatMap(p -> commissionsServing(p).zip(goalIds(), (c, extra) -> {
                    GoalId unknown = GoalId.of("X-not-in-policy." + extra.value());
                    Set<GoalId> goals = new LinkedHashSet<>(c.goals());
                    goals.add(unknown);
                    Commission wider = rebuild(c, c.commissioner(), c.contractor(), goals);
                    return breach(Commission.GOAL_NOT_IN_POLICY, "goal " + unknown, () -> wider.validateAgainst(p));
                }));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Bottlenecks and programmes

    /** Bottlenecks in any borough. */
    public static Gen<Bottleneck> bottlenecks() {
        return boroughs().flatMap(ProgrammeGenerators::bottlenecksIn);
    }

    /** Bottlenecks in {@code borough}, with or without a goal. */
    public static Gen<Bottleneck> bottlenecksIn(String borough) {
        return bottlenecksIn(borough, optionals(goalIds()));
    }

    private static Gen<Bottleneck> bottlenecksIn(String borough, Gen<Optional<GoalId>> goals) {
        return dates().zip(
                        texts(),
                        goals,
                        (identified, description, goal) -> Bottleneck.builder()
                                .borough(borough)
                                .identified(identified)
                                .description(description)
                                .goal(goal)
                                .build());
    }

    /** Breaches of every rule of {@link Bottleneck}. */
    public static Gen<Breach<Bottleneck>> bottleneckBreaches() {
        Gen<Breach<Bottleneck>> blank = bottlenecks()
                .zip(
                        blankTexts(),
                        (b, blankText) -> breach(
                                Bottleneck.BLANK_DESCRIPTION,
                                "description '" + blankText + "'",
                                () -> Bottleneck.validate(b.borough(), b.identified(), blankText, b.goal())));
        Gen<Breach<Bottleneck>> borough = bottlenecks()
                .zip(
                        malformedBoroughs(),
                        (b, bad) -> breach(
                                Bottleneck.BOROUGH_FORMAT,
                                "borough '" + bad + "'",
                                () -> Bottleneck.validate(bad, b.identified(), b.description(), b.goal())));
        return blank.mix(borough);
    }

    /** Programmes of any commission, borough and period. */
    public static Gen<AreaProgramme> areaProgrammes() {
        return in -> {
            String borough = boroughs().generate(in);
            return AreaProgramme.builder()
                    .id(programmeIds().generate(in))
                    .commission(commissionIds().generate(in))
                    .borough(borough)
                    .period(periods().generate(in))
                    .addAllBottlenecks(listOf(bottlenecksIn(borough), 0, 3).generate(in))
                    .addAllGoals(distinctGoals(0, 3).generate(in))
                    .addAllInterventions(listOf(texts(), 0, 3).generate(in))
                    .build();
        };
    }

    /**
     * Programmes that pass {@link AreaProgramme#validateAgainst(Commission)}: of {@code commission}, in a borough it
     * covers, within its full term, with bottlenecks that relate to its goals or to none.
     */
    public static Gen<AreaProgramme> areaProgrammesUnder(Commission commission) {
        Gen<String> boroughs = commission.boroughs().isEmpty()
                ? boroughs()
                : Generate.pick(List.copyOf(new TreeSet<>(commission.boroughs())));
        Gen<Optional<GoalId>> goals = optionals(Generate.pick(List.copyOf(new TreeSet<>(commission.goals()))));
        ReportingPeriod full = commission.fullTerm();
        return in -> {
            String borough = boroughs.generate(in);
            LocalDate start = datesBetween(full.start(), full.end()).generate(in);
            LocalDate end = datesBetween(start, full.end()).generate(in);
            return AreaProgramme.builder()
                    .id(programmeIds().generate(in))
                    .commission(commission.id())
                    .borough(borough)
                    .period(ReportingPeriod.range(start, end))
                    .addAllBottlenecks(
                            listOf(bottlenecksIn(borough, goals), 0, 3).generate(in))
                    .addAllGoals(distinctGoals(0, 3).generate(in))
                    .addAllInterventions(listOf(texts(), 0, 3).generate(in))
                    .build();
        };
    }

    /** Validates the fields of {@code p}, with the changes {@code edit} makes to them. */
    private static Validation<Seq<Violation>, AreaProgramme> validateProgramme(
            AreaProgramme p, Consumer<ProgrammeInput> edit) {
        ProgrammeInput i = new ProgrammeInput(p);
        edit.accept(i);
        return AreaProgramme.validate(i.id, i.commission, i.borough, i.period, i.bottlenecks, i.goals, i.interventions);
    }

    /** The input fields of a programme, to change one of them in a breach. */
    private static final class ProgrammeInput {
        ProgrammeId id;
        CommissionId commission;
        String borough;
        ReportingPeriod period;
        List<Bottleneck> bottlenecks;
        List<PolicyGoal> goals;
        List<String> interventions;

        ProgrammeInput(AreaProgramme p) {
            id = p.id();
            commission = p.commission();
            borough = p.borough();
            period = p.period();
            bottlenecks = p.bottlenecks();
            goals = p.goals();
            interventions = p.interventions();
        }
    }

    /** Breaches of every rule of {@link AreaProgramme} checked when it is built. */
    public static Gen<Breach<AreaProgramme>> areaProgrammeBreaches() {
        Gen<Breach<AreaProgramme>> boroughFormat = areaProgrammes()
                .zip(
                        malformedBoroughs(),
                        (p, bad) -> breach(
                                AreaProgramme.BOROUGH_FORMAT,
                                "borough '" + bad + "'",
                                () -> validateProgramme(p, i -> {
                                    i.borough = bad;
                                    i.bottlenecks = List.of();
                                })));
        Gen<Breach<AreaProgramme>> elsewhere = areaProgrammes().zip(bottlenecks(), (p, b) -> {
            Bottleneck other = Bottleneck.builder()
                    .borough(p.borough() + ".elsewhere")
                    .identified(b.identified())
                    .description(b.description())
                    .goal(b.goal())
                    .build();
            List<Bottleneck> bottlenecks = new ArrayList<>(p.bottlenecks());
            bottlenecks.add(other);
            return breach(
                    AreaProgramme.BOTTLENECK_ELSEWHERE,
                    "bottleneck in " + other.borough() + " for " + p.borough(),
                    () -> validateProgramme(p, i -> i.bottlenecks = bottlenecks));
        });
        Gen<Breach<AreaProgramme>> duplicateGoal = areaProgrammes().zip(policyGoals(), texts(), (p, g, name) -> {
            List<PolicyGoal> goals = new ArrayList<>(p.goals());
            goals.add(g);
            goals.add(PolicyGoal.of(g.id(), name));
            return breach(
                    AreaProgramme.DUPLICATE_GOAL,
                    "goal " + g.id() + " twice",
                    () -> validateProgramme(p, i -> i.goals = goals));
        });
        Gen<Breach<AreaProgramme>> blankIntervention = areaProgrammes().zip(blankTexts(), (p, blank) -> {
            List<String> interventions = new ArrayList<>(p.interventions());
            interventions.add(blank);
            return breach(
                    AreaProgramme.BLANK_INTERVENTION,
                    "intervention '" + blank + "'",
                    () -> validateProgramme(p, i -> i.interventions = interventions));
        });
        return boroughFormat.mix(elsewhere).mix(duplicateGoal).mix(blankIntervention);
    }

    /**
     * Breaches of every rule of {@link AreaProgramme#validateAgainst(Commission)}: each generated pair of a commission
     * and a programme under it, with one thing changed.
     */
    public static Gen<Breach<AreaProgramme>> areaProgrammeCommissionBreaches() {
        Gen<Breach<AreaProgramme>> otherCommission = commissions()
                .flatMap(c -> areaProgrammesUnder(c).map(p -> {
                    CommissionId other = CommissionId.of(c.id().value() + ".other");
                    AreaProgramme moved = rebuildProgramme(p, other, p.borough(), p.period(), p.bottlenecks());
                    return breach(
                            AreaProgramme.OTHER_COMMISSION,
                            "commission " + other + " checked against " + c.id(),
                            () -> moved.validateAgainst(c));
                }));
        Gen<Breach<AreaProgramme>> boroughNotCommissioned = in -> {
            Commission c = commission(in, true);
            AreaProgramme p = areaProgrammesUnder(c).generate(in);
            String borough = "NOT-COMMISSIONED." + identifierTexts().generate(in);
            AreaProgramme moved = rebuildProgramme(p, p.commission(), borough, p.period(), List.of());
            return breach(
                    AreaProgramme.BOROUGH_NOT_COMMISSIONED,
                    "borough " + borough + " for boroughs " + c.boroughs(),
                    () -> moved.validateAgainst(c));
        };
        Gen<Breach<AreaProgramme>> outsideTerm = in -> {
            Commission c = commissions().generate(in);
            AreaProgramme p = areaProgrammesUnder(c).generate(in);
            int days = integers().between(1, 800).generate(in);
            ReportingPeriod period = Generate.booleans().generate(in)
                    ? ReportingPeriod.range(
                            c.fullTerm().start().minusDays(days), p.period().end())
                    : ReportingPeriod.range(
                            p.period().start(), c.fullTerm().end().plusDays(days));
            AreaProgramme moved = rebuildProgramme(p, p.commission(), p.borough(), period, p.bottlenecks());
            return breach(
                    AreaProgramme.OUTSIDE_COMMISSION_TERM,
                    "period " + period + " for full term " + c.fullTerm(),
                    () -> moved.validateAgainst(c));
        };
        Gen<Breach<AreaProgramme>> unknownGoal = in -> {
            Commission c = commissions().generate(in);
            AreaProgramme p = areaProgrammesUnder(c).generate(in);
            GoalId unknown = GoalId.of("X-unknown." + identifierTexts().generate(in));
            List<Bottleneck> bottlenecks = new ArrayList<>(p.bottlenecks());
            bottlenecks.add(bottlenecksIn(p.borough(), Generate.constant(Optional.of(unknown)))
                    .generate(in));
            AreaProgramme moved = rebuildProgramme(p, p.commission(), p.borough(), p.period(), bottlenecks);
            return breach(AreaProgramme.UNKNOWN_GOAL, "bottleneck goal " + unknown, () -> moved.validateAgainst(c));
        };
        return otherCommission.mix(boroughNotCommissioned).mix(outsideTerm).mix(unknownGoal);
    }

    private static AreaProgramme rebuildProgramme(
            AreaProgramme p,
            CommissionId commission,
            String borough,
            ReportingPeriod period,
            List<Bottleneck> bottlenecks) {
        return AreaProgramme.builder()
                .id(p.id())
                .commission(commission)
                .borough(borough)
                .period(period)
                .addAllBottlenecks(bottlenecks)
                .addAllGoals(p.goals())
                .addAllInterventions(p.interventions())
                .build();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Budgets

    /** Amounts in euros from 0 to about 20 million: whole cents, some written without decimals. */
    public static Gen<BigDecimal> amounts() {
        Gen<BigDecimal> cents = longs().between(0, 2_000_000_000L).map(c -> BigDecimal.valueOf(c, 2));
        Gen<BigDecimal> euros = longs().between(0, 20_000_000L).map(e -> BigDecimal.valueOf(e));
        return cents.mix(euros);
    }

    /** Budgets of any programme, borough and year. */
    public static Gen<Budget> budgets() {
        return programmeIds()
                .zip(
                        boroughs(),
                        integers().between(2010, 2030),
                        amounts(),
                        (p, b, y, a) -> Budget.of(p, b, Year.of(y), a));
    }

    /** Budgets that pass {@link Budget#validateAgainst(AreaProgramme)}: of {@code programme}, in a year it runs. */
    public static Gen<Budget> budgetsFor(AreaProgramme programme) {
        return integers()
                .between(
                        programme.period().start().getYear(),
                        programme.period().end().getYear())
                .zip(amounts(), (y, a) -> Budget.of(programme.id(), programme.borough(), Year.of(y), a));
    }

    /** Breaches of every rule of {@link Budget} checked when it is built. */
    public static Gen<Breach<Budget>> budgetBreaches() {
        Gen<Breach<Budget>> negative = budgets().zip(longs().between(1, 2_000_000_000L), (b, c) -> {
            BigDecimal amount = BigDecimal.valueOf(-c, 2);
            return breach(
                    Budget.NEGATIVE,
                    "amount " + amount,
                    () -> Budget.validate(b.programme(), b.borough(), b.year(), amount));
        });
        Gen<Breach<Budget>> precision = budgets()
                .zip(
                        longs().between(0, 100_000_000L),
                        integers().between(1, 9),
                        integers().between(3, 6),
                        (b, whole, last, scale) -> {
                            BigDecimal amount = BigDecimal.valueOf(whole * 10 + last, scale);
                            return breach(
                                    Budget.PRECISION,
                                    "amount " + amount,
                                    () -> Budget.validate(b.programme(), b.borough(), b.year(), amount));
                        });
        Gen<Breach<Budget>> borough = budgets()
                .zip(
                        malformedBoroughs(),
                        (b, bad) -> breach(
                                Budget.BOROUGH_FORMAT,
                                "borough '" + bad + "'",
                                () -> Budget.validate(b.programme(), bad, b.year(), b.amount())));
        return negative.mix(precision).mix(borough);
    }

    /** Breaches of every rule of {@link Budget#validateAgainst(AreaProgramme)}. */
    public static Gen<Breach<Budget>> budgetProgrammeBreaches() {
        Gen<Breach<Budget>> otherProgramme = areaProgrammes()
                .flatMap(p -> budgetsFor(p).map(b -> {
                    Budget moved =
                            Budget.of(ProgrammeId.of(p.id().value() + ".other"), b.borough(), b.year(), b.amount());
                    return breach(
                            Budget.OTHER_PROGRAMME,
                            "programme " + moved.programme() + " checked against " + p.id(),
                            () -> moved.validateAgainst(p));
                }));
        Gen<Breach<Budget>> otherBorough = areaProgrammes()
                .flatMap(p -> budgetsFor(p).map(b -> {
                    Budget moved = Budget.of(b.programme(), b.borough() + ".other", b.year(), b.amount());
                    return breach(
                            Budget.OTHER_BOROUGH,
                            "borough " + moved.borough() + " for " + p.borough(),
                            () -> moved.validateAgainst(p));
                }));
        Gen<Breach<Budget>> outsidePeriod = areaProgrammes()
                .flatMap(p -> budgetsFor(p).zip(integers().between(1, 5), Generate.booleans(), (b, n, before) -> {
                    Year year = before
                            ? Year.of(p.period().start().getYear() - n)
                            : Year.of(p.period().end().getYear() + n);
                    Budget moved = Budget.of(b.programme(), b.borough(), year, b.amount());
                    return breach(
                            Budget.OUTSIDE_PROGRAMME_PERIOD,
                            "year " + year + " for period " + p.period(),
                            () -> moved.validateAgainst(p));
                }));
        return otherProgramme.mix(otherBorough).mix(outsidePeriod);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Meetings

    /** Counts of attendees per kind: 1 to 5 kinds, each 0 to 200, at least one above zero. */
    public static Gen<Map<AttendeeKind, Integer>> attendeeCounts() {
        return in -> {
            Map<AttendeeKind, Integer> counts = new EnumMap<>(AttendeeKind.class);
            int kinds = integers().between(1, AttendeeKind.values().length).generate(in);
            for (int i = 0; i < kinds; i++) {
                counts.put(
                        attendeeKinds().generate(in), integers().between(0, 200).generate(in));
            }
            AttendeeKind someone = attendeeKinds().generate(in);
            counts.put(
                    someone,
                    counts.getOrDefault(someone, 0) + integers().between(1, 60).generate(in));
            return counts;
        };
    }

    /** Meetings of every kind, in any area. */
    public static Gen<Meeting> meetings() {
        return in -> Meeting.builder()
                .id(meetingIds().generate(in))
                .date(dates().generate(in))
                .area(areaCodes().generate(in))
                .kind(meetingKinds().generate(in))
                .putAllAttendees(attendeeCounts().generate(in))
                .build();
    }

    /** Breaches of every rule of {@link Meeting}. */
    public static Gen<Breach<Meeting>> meetingBreaches() {
        Gen<Breach<Meeting>> negative = meetings()
                .zip(attendeeKinds(), integers().between(1, 1000), (m, kind, n) -> {
                    Map<AttendeeKind, Integer> counts = new EnumMap<>(AttendeeKind.class);
                    counts.put(kind, -n);
                    AttendeeKind other = AttendeeKind.values()[(kind.ordinal() + 1) % AttendeeKind.values().length];
                    counts.put(other, Math.max(1, m.count(other)));
                    return breach(
                            Meeting.NEGATIVE_COUNT,
                            "attendees " + counts,
                            () -> Meeting.validate(m.id(), m.date(), m.area(), m.kind(), counts));
                });
        Gen<Breach<Meeting>> none = meetings().map(m -> {
            Map<AttendeeKind, Integer> zeros = new EnumMap<>(AttendeeKind.class);
            m.attendees().keySet().stream().skip(1).forEach(k -> zeros.put(k, 0));
            return breach(
                    Meeting.NO_ATTENDEES,
                    "attendees " + zeros,
                    () -> Meeting.validate(m.id(), m.date(), m.area(), m.kind(), zeros));
        });
        return negative.mix(none);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Helpers

    private static <T> Breach<T> breach(
            Rule rule, String description, Supplier<Validation<Seq<Violation>, T>> attempt) {
        return Breach.of(rule, description, attempt);
    }

    private static <T> Gen<Optional<T>> optionals(Gen<T> values) {
        return Generate.booleans().zip(values, (present, v) -> present ? Optional.of(v) : Optional.empty());
    }

    private static <T> Gen<List<T>> listOf(Gen<T> values, int min, int max) {
        return in -> {
            int n = integers().between(min, max).generate(in);
            List<T> list = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                list.add(values.generate(in));
            }
            return list;
        };
    }

    /**
     * Sets of {@code min} to {@code max} values. Duplicates are redrawn a few times, so a set may come out smaller, but
     * never empty when {@code min} is at least one.
     */
    private static <T> Gen<Set<T>> setOf(Gen<T> values, int min, int max) {
        return in -> {
            int n = integers().between(min, max).generate(in);
            Set<T> set = new LinkedHashSet<>();
            for (int tries = 0; set.size() < n && tries < 10 * n; tries++) {
                set.add(values.generate(in));
            }
            return set;
        };
    }
}
