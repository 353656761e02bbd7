package nl.welfare.testkit.generators;

import static nl.welfare.testkit.generators.CommonGenerators.dates;
import static nl.welfare.testkit.generators.CommonGenerators.datesBetween;
import static nl.welfare.testkit.generators.CommonGenerators.endsFrom;
import static nl.welfare.testkit.generators.CommonGenerators.neighbourhoodCodes;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of residents (bewoners), cohorts and assessments: valid values of every type of
 * {@code nl.welfare.domain.resident}, and for every rule a generator of {@link Breach} values that break exactly that
 * rule.
 *
 * <pre>{@code
 * qt().forAll(ResidentGenerators.cohorts(), CommonGenerators.dates())
 *         .checkAssert((cohort, day) -> assertEquals(naive(cohort, day), cohort.membersOn(day)));
 * qt().forAll(ResidentGenerators.cohortBreaches()).checkAssert(Breach::assertBreaksExactlyItsRule);
 * }</pre>
 */
public final class ResidentGenerators {

    private static final String KEBAB_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789";

    /** The latest first day of a generated membership, so that several spells still fit before 2031. */
    private static final LocalDate LATEST_FIRST_JOIN = LocalDate.of(2026, 12, 31);

    private ResidentGenerators() {}

    // ---------------------------------------------------------------- residents

    /** Pseudonymous resident ids (never a citizen service number). */
    public static Gen<ResidentId> residentIds() {
        return CommonGenerators.ids(ResidentId::of);
    }

    /**
     * Breaches of the resident id's rules: malformed texts ({@link ResidentId#FORMAT}) and valid citizen service
     * numbers ({@link ResidentId#NOT_A_NATIONAL_ID}).
     */
    public static Gen<Breach<ResidentId>> residentIdBreaches() {
        Gen<Breach<ResidentId>> malformed = CommonGenerators.malformedIdentifierTexts()
                .map(text -> Breach.of(ResidentId.FORMAT, "resident id '" + text + "'", () -> ResidentId.parse(text)));
        Gen<Breach<ResidentId>> nationalIds = nationalIds()
                .map(text -> Breach.of(
                        ResidentId.NOT_A_NATIONAL_ID, "the BSN-like text " + text, () -> ResidentId.parse(text)));
        return malformed.mix(nationalIds);
    }

    /** Nine-digit texts that pass the eleven test of the Dutch citizen service number (BSN). */
    public static Gen<String> nationalIds() {
        // No assumption (QuickTheories may give up on filtered generators): step to the next number that has one.
        return integers().between(0, 99_999_000).map(n -> {
            String eight = String.format("%08d", n);
            while (!hasCheckDigit(eight)) {
                eight = String.format("%08d", Integer.parseInt(eight) + 1);
            }
            return eight + checkDigit(eight);
        });
    }

    private static int weightedSum(String eightDigits) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (9 - i) * (eightDigits.charAt(i) - '0');
        }
        return sum;
    }

    private static int checkDigit(String eightDigits) {
        return weightedSum(eightDigits) % 11;
    }

    private static boolean hasCheckDigit(String eightDigits) {
        int digit = checkDigit(eightDigits);
        return digit <= 9 && weightedSum(eightDigits) != digit;
    }

    /** Birth years from 1920 to 2020. */
    public static Gen<Year> birthYears() {
        return integers().between(1920, 2020).map(Year::of);
    }

    /** Residents of Enschede's neighbourhoods, about a third without a birth year. */
    public static Gen<Resident> residents() {
        return residentIds()
                .zip(
                        neighbourhoodCodes(),
                        birthYears().toOptionals(30),
                        (id, area, birthYear) -> Resident.builder()
                                .id(id)
                                .area(area)
                                .birthYear(birthYear)
                                .build());
    }

    /** Breaches of {@link Resident#BIRTH_YEAR_RANGE}: birth years before 1900 or after 2100. */
    public static Gen<Breach<Resident>> residentBreaches() {
        Gen<Integer> implausible =
                integers().between(-9999, 1899).mix(integers().between(2101, 99_999));
        return residents()
                .zip(
                        implausible,
                        (r, year) -> Breach.of(
                                Resident.BIRTH_YEAR_RANGE,
                                "birth year " + year,
                                () -> Resident.validate(r.id(), r.area(), Optional.of(Year.of(year)))));
    }

    // ---------------------------------------------------------------- cohorts

    /** Kebab-case cohort names of one to four words, such as {@code shelter-pilot} or {@code q3x-7}. */
    public static Gen<CohortName> cohortNames() {
        Gen<CohortName> random =
                lists().of(kebabWords()).ofSizeBetween(1, 4).map(words -> CohortName.of(String.join("-", words)));
        return random.mix(Generate.constant(CohortName.of("shelter-pilot")), 20);
    }

    private static Gen<String> kebabWords() {
        return Generate.intArrays(integers().between(1, 8), integers().between(0, KEBAB_CHARS.length() - 1))
                .map(is -> {
                    StringBuilder s = new StringBuilder();
                    for (int i : is) {
                        s.append(KEBAB_CHARS.charAt(i));
                    }
                    return s.toString();
                });
    }

    /**
     * Breaches of {@link CohortName#FORMAT}: empty, upper case, white space, underscores, stray or doubled hyphens,
     * too long.
     */
    public static Gen<Breach<CohortName>> cohortNameBreaches() {
        return integers().between(0, 7).zip(cohortNames(), (kind, name) -> {
            String text = malformedCohortName(kind, name.value());
            return Breach.of(CohortName.FORMAT, "cohort name '" + text + "'", () -> CohortName.parse(text));
        });
    }

    private static String malformedCohortName(int kind, String valid) {
        switch (kind) {
            case 0:
                return "";
            case 1:
                return "X" + valid;
            case 2:
                return valid + " pilot";
            case 3:
                return valid + "_pilot";
            case 4:
                return "-" + valid;
            case 5:
                return valid + "-";
            case 6:
                return valid + "--pilot";
            default:
                return valid + "-" + "a".repeat(64);
        }
    }

    /** Single memberships of any cohort, open in about a third of cases. */
    public static Gen<CohortMembership> cohortMemberships() {
        return cohortNames()
                .zip(
                        residentIds(),
                        spans(),
                        (name, resident, span) -> CohortMembership.builder()
                                .cohort(name)
                                .resident(resident)
                                .joined(span.first)
                                .left(span.last)
                                .build());
    }

    /** Breaches of {@link CohortMembership#LEFT_BEFORE_JOINED}: a left date 1 to 1000 days before the joined date. */
    public static Gen<Breach<CohortMembership>> cohortMembershipBreaches() {
        return cohortMemberships()
                .zip(
                        integers().between(1, 1000),
                        (m, days) -> Breach.of(
                                CohortMembership.LEFT_BEFORE_JOINED,
                                "left " + days + " days before joining " + m.joined(),
                                () -> CohortMembership.validate(
                                        m.cohort(),
                                        m.resident(),
                                        m.joined(),
                                        Optional.of(m.joined().minusDays(days)))));
    }

    /**
     * Cohorts of up to eight residents, each with one to three memberships that leave before they rejoin, in an order
     * that is not always by date; with or without a description.
     */
    public static Gen<Cohort> cohorts() {
        return cohorts(0);
    }

    private static Gen<Cohort> cohorts(int minimumMembers) {
        Gen<Map.Entry<ResidentId, List<Span>>> members =
                residentIds().zip(memberSpans(), Map::<ResidentId, List<Span>>entry);
        return cohortNames()
                .zip(
                        descriptions(),
                        lists().of(members).ofSizeBetween(minimumMembers, 8),
                        (name, description, plan) -> {
                            Map<ResidentId, List<Span>> byResident = new LinkedHashMap<>();
                            plan.forEach(e -> byResident.putIfAbsent(e.getKey(), e.getValue()));
                            List<CohortMembership> memberships = new ArrayList<>();
                            int index = 0;
                            for (Map.Entry<ResidentId, List<Span>> e : byResident.entrySet()) {
                                List<CohortMembership> spells = new ArrayList<>();
                                for (Span span : e.getValue()) {
                                    spells.add(CohortMembership.validate(name, e.getKey(), span.first, span.last)
                                            .get());
                                }
                                if (index++ % 2 == 1) {
                                    Collections.reverse(spells);
                                }
                                memberships.addAll(spells);
                            }
                            return Cohort.builder()
                                    .name(name)
                                    .description(description)
                                    .addAllMemberships(memberships)
                                    .build();
                        });
    }

    private static Gen<Optional<String>> descriptions() {
        return Generate.pick(List.of(
                        "Men living at the shelter in Centrum",
                        "Residents far from the labour market",
                        "Volunteers of the neighbourhood living room"))
                .toOptionals(40);
    }

    /**
     * Breaches of every rule of {@link Cohort}: {@link Cohort#OVERLAPPING_MEMBERSHIP} (a resident's extra membership
     * that shares a day with one they have), {@link Cohort#FOREIGN_MEMBERSHIP} (a new resident's membership naming
     * another cohort) and {@link Cohort#BLANK_DESCRIPTION}.
     */
    public static Gen<Breach<Cohort>> cohortBreaches() {
        return overlappingMembershipBreaches().mix(foreignMembershipBreaches()).mix(blankDescriptionBreaches());
    }

    /** Breaches of {@link Cohort#OVERLAPPING_MEMBERSHIP}. */
    public static Gen<Breach<Cohort>> overlappingMembershipBreaches() {
        return cohorts(1)
                .zip(
                        integers().between(0, Integer.MAX_VALUE),
                        integers().between(0, 400),
                        integers().between(0, 400).toOptionals(30),
                        (cohort, pick, offset, length) -> {
                            CohortMembership m = cohort.memberships()
                                    .get(pick % cohort.memberships().size());
                            long span = m.left()
                                    .map(l -> l.toEpochDay() - m.joined().toEpochDay())
                                    .orElse(400L);
                            LocalDate joined = m.joined().plusDays(offset % (span + 1));
                            Optional<LocalDate> left = length.map(joined::plusDays);
                            CohortMembership extra = CohortMembership.validate(
                                            cohort.name(), m.resident(), joined, left)
                                    .get();
                            return Breach.of(
                                    Cohort.OVERLAPPING_MEMBERSHIP,
                                    extra + " added to " + cohort,
                                    () -> Cohort.validate(cohort.name(), cohort.description(), with(cohort, extra)));
                        });
    }

    /** Breaches of {@link Cohort#FOREIGN_MEMBERSHIP}. */
    public static Gen<Breach<Cohort>> foreignMembershipBreaches() {
        return cohorts().zip(dates(), (cohort, joined) -> {
            ResidentId stranger = ResidentId.of("stranger");
            for (int i = 0; cohort.residents().contains(stranger); i++) {
                stranger = ResidentId.of("stranger-" + i);
            }
            CohortMembership foreign =
                    CohortMembership.of(CohortName.of(cohort.name().value() + "-other"), stranger, joined);
            return Breach.of(
                    Cohort.FOREIGN_MEMBERSHIP,
                    foreign + " added to " + cohort,
                    () -> Cohort.validate(cohort.name(), cohort.description(), with(cohort, foreign)));
        });
    }

    /** Breaches of {@link Cohort#BLANK_DESCRIPTION}: empty or white-space descriptions. */
    public static Gen<Breach<Cohort>> blankDescriptionBreaches() {
        return cohorts()
                .zip(
                        blanks(),
                        (cohort, blank) -> Breach.of(
                                Cohort.BLANK_DESCRIPTION,
                                "description '" + blank + "'",
                                () -> Cohort.validate(cohort.name(), Optional.of(blank), cohort.memberships())));
    }

    private static List<CohortMembership> with(Cohort cohort, CohortMembership extra) {
        List<CohortMembership> memberships = new ArrayList<>(cohort.memberships());
        memberships.add(extra);
        return memberships;
    }

    // ---------------------------------------------------------------- participation ladder

    /** Every rung of the participation ladder. */
    public static Gen<ParticipationRung> participationRungs() {
        return Generate.enumValues(ParticipationRung.class);
    }

    /** Numbers that are not a rung: below 1 or above 6. */
    public static Gen<Integer> numbersOutsideRungs() {
        return integers()
                .between(Integer.MIN_VALUE, 0)
                .mix(integers().between(7, Integer.MAX_VALUE))
                .mix(Generate.pick(List.of(0, 7)));
    }

    /** Breaches of {@link ParticipationRung#IN_RANGE}. */
    public static Gen<Breach<ParticipationRung>> participationRungBreaches() {
        return numbersOutsideRungs()
                .map(n -> Breach.of(ParticipationRung.IN_RANGE, "rung " + n, () -> ParticipationRung.validate(n)));
    }

    /** Ladder assessments of any resident on any date. */
    public static Gen<LadderAssessment> ladderAssessments() {
        return residentIds().zip(dates(), participationRungs(), LadderAssessment::of);
    }

    /** Breaches of {@link ParticipationRung#IN_RANGE} through {@link LadderAssessment#validate}. */
    public static Gen<Breach<LadderAssessment>> ladderAssessmentBreaches() {
        return ladderAssessments()
                .zip(
                        numbersOutsideRungs(),
                        (a, n) -> Breach.of(
                                ParticipationRung.IN_RANGE,
                                "rung " + n,
                                () -> LadderAssessment.validate(a.resident(), a.date(), n)));
    }

    // ---------------------------------------------------------------- self-reliance matrix

    /** Every domain of the self-reliance matrix. */
    public static Gen<SelfRelianceDomain> selfRelianceDomains() {
        return Generate.enumValues(SelfRelianceDomain.class);
    }

    /** Breaches of {@link SelfRelianceDomain#KNOWN}: near misses and texts that name no domain. */
    public static Gen<Breach<SelfRelianceDomain>> selfRelianceDomainBreaches() {
        Gen<String> nearMisses = Generate.pick(List.of(
                "", "income", "work-and-education", "work and education", "adl", "finance", "health", "justice_"));
        Gen<String> unknown = nearMisses.mix(CommonGenerators.identifierTexts().map(t -> t + "-x"));
        return unknown.map(text ->
                Breach.of(SelfRelianceDomain.KNOWN, "domain '" + text + "'", () -> SelfRelianceDomain.parse(text)));
    }

    /** Every score of the self-reliance matrix. */
    public static Gen<SelfRelianceScore> selfRelianceScores() {
        return Generate.enumValues(SelfRelianceScore.class);
    }

    /** Breaches of {@link SelfRelianceScore#IN_RANGE}: numbers below 1 or above 5. */
    public static Gen<Breach<SelfRelianceScore>> selfRelianceScoreBreaches() {
        Gen<Integer> outside = integers()
                .between(Integer.MIN_VALUE, 0)
                .mix(integers().between(6, Integer.MAX_VALUE))
                .mix(Generate.pick(List.of(0, 6)));
        return outside.map(
                n -> Breach.of(SelfRelianceScore.IN_RANGE, "score " + n, () -> SelfRelianceScore.validate(n)));
    }

    /** Self-reliance assessments scoring 1 to 13 domains. */
    public static Gen<SelfRelianceAssessment> selfRelianceAssessments() {
        Gen<Map.Entry<SelfRelianceDomain, SelfRelianceScore>> entries =
                selfRelianceDomains().zip(selfRelianceScores(), Map::entry);
        return residentIds().zip(dates(), lists().of(entries).ofSizeBetween(1, 13), (resident, date, scored) -> {
            Map<SelfRelianceDomain, SelfRelianceScore> scores = new EnumMap<>(SelfRelianceDomain.class);
            scored.forEach(e -> scores.put(e.getKey(), e.getValue()));
            return SelfRelianceAssessment.validate(resident, date, scores).get();
        });
    }

    /** Breaches of {@link SelfRelianceAssessment#NO_DOMAINS}: an assessment without scores. */
    public static Gen<Breach<SelfRelianceAssessment>> selfRelianceAssessmentBreaches() {
        return residentIds()
                .zip(
                        dates(),
                        (resident, date) -> Breach.of(
                                SelfRelianceAssessment.NO_DOMAINS,
                                "no scores for " + resident + " on " + date,
                                () -> SelfRelianceAssessment.validate(resident, date, Map.of())));
    }

    // ---------------------------------------------------------------- shared

    /** Empty and white-space texts. */
    static Gen<String> blanks() {
        return Generate.pick(List.of("", " ", "\t", "  \n "));
    }

    /** A first day and an optional last day on or after it. */
    private static final class Span {
        final LocalDate first;
        final Optional<LocalDate> last;

        Span(LocalDate first, Optional<LocalDate> last) {
            this.first = first;
            this.last = last;
        }
    }

    /** Spans starting between 2010 and 2026, open in about a third of cases. */
    private static Gen<Span> spans() {
        return datesBetween(CommonGenerators.EARLIEST, LATEST_FIRST_JOIN)
                .flatMap(first -> endsFrom(first).map(last -> new Span(first, last)));
    }

    /** One to three spans that do not share a day, in date order; only the last may be open. */
    private static Gen<List<Span>> memberSpans() {
        return datesBetween(CommonGenerators.EARLIEST, LATEST_FIRST_JOIN)
                .zip(
                        lists().of(integers().between(0, 400)).ofSizeBetween(1, 6),
                        Generate.booleans(),
                        (start, steps, lastOpen) -> {
                            List<Span> spans = new ArrayList<>();
                            LocalDate joined = start;
                            for (int i = 0; i < steps.size(); i += 2) {
                                LocalDate left = joined.plusDays(steps.get(i));
                                boolean last = i + 2 >= steps.size();
                                spans.add(new Span(joined, last && lastOpen ? Optional.empty() : Optional.of(left)));
                                if (!last) {
                                    joined = left.plusDays(1L + steps.get(i + 1));
                                }
                            }
                            return spans;
                        });
    }
}
