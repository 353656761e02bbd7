package nl.welfare.testkit.generators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.vavr.collection.SortedSet;
import io.vavr.collection.TreeSet;
import java.time.LocalDate;
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
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The resident generators")
class ResidentProperties {

    @Test
    @DisplayName("make residents and ids that validate to themselves")
    void validResidents() {
        qt().forAll(ResidentGenerators.residents())
                .checkAssert(r -> assertEquals(
                        r, Resident.validate(r.id(), r.area(), r.birthYear()).get()));
        qt().forAll(ResidentGenerators.residentIds())
                .checkAssert(
                        id -> assertEquals(id, ResidentId.parse(id.toString()).get()));
    }

    @Test
    @DisplayName("make cohort names, memberships and cohorts that validate to themselves")
    void validCohorts() {
        qt().forAll(ResidentGenerators.cohortNames())
                .checkAssert(name ->
                        assertEquals(name, CohortName.parse(name.toString()).get()));
        qt().forAll(ResidentGenerators.cohortMemberships())
                .checkAssert(m -> assertEquals(
                        m,
                        CohortMembership.validate(m.cohort(), m.resident(), m.joined(), m.left())
                                .get()));
        qt().forAll(ResidentGenerators.cohorts())
                .checkAssert(c -> assertEquals(
                        c,
                        Cohort.validate(c.name(), c.description(), c.memberships())
                                .get()));
    }

    @Test
    @DisplayName("make assessments that validate to themselves")
    void validAssessments() {
        qt().forAll(ResidentGenerators.ladderAssessments())
                .checkAssert(a -> assertEquals(
                        a,
                        LadderAssessment.validate(
                                        a.resident(), a.date(), a.rung().number())
                                .get()));
        qt().forAll(ResidentGenerators.selfRelianceAssessments())
                .checkAssert(a -> assertEquals(
                        a,
                        SelfRelianceAssessment.validate(a.resident(), a.date(), a.scores())
                                .get()));
    }

    @Test
    @DisplayName("make breaches that each break exactly their rule")
    void breaches() {
        qt().forAll(ResidentGenerators.residentIdBreaches()).checkAssert(Breach::assertBreaksExactlyItsRule);
        qt().forAll(ResidentGenerators.residentBreaches()).checkAssert(Breach::assertBreaksExactlyItsRule);
        qt().forAll(ResidentGenerators.cohortNameBreaches()).checkAssert(Breach::assertBreaksExactlyItsRule);
        qt().forAll(ResidentGenerators.cohortMembershipBreaches()).checkAssert(Breach::assertBreaksExactlyItsRule);
        qt().forAll(ResidentGenerators.cohortBreaches()).checkAssert(Breach::assertBreaksExactlyItsRule);
        qt().forAll(ResidentGenerators.participationRungBreaches()).checkAssert(Breach::assertBreaksExactlyItsRule);
        qt().forAll(ResidentGenerators.ladderAssessmentBreaches()).checkAssert(Breach::assertBreaksExactlyItsRule);
        qt().forAll(ResidentGenerators.selfRelianceDomainBreaches()).checkAssert(Breach::assertBreaksExactlyItsRule);
        qt().forAll(ResidentGenerators.selfRelianceScoreBreaches()).checkAssert(Breach::assertBreaksExactlyItsRule);
        qt().forAll(ResidentGenerators.selfRelianceAssessmentBreaches())
                .checkAssert(Breach::assertBreaksExactlyItsRule);
    }

    @Test
    @DisplayName("make breaches of every cohort rule")
    void everyCohortRule() {
        qt().forAll(ResidentGenerators.overlappingMembershipBreaches())
                .checkAssert(b -> assertEquals(Cohort.OVERLAPPING_MEMBERSHIP, b.rule()));
        qt().forAll(ResidentGenerators.foreignMembershipBreaches())
                .checkAssert(b -> assertEquals(Cohort.FOREIGN_MEMBERSHIP, b.rule()));
        qt().forAll(ResidentGenerators.blankDescriptionBreaches())
                .checkAssert(b -> assertEquals(Cohort.BLANK_DESCRIPTION, b.rule()));
    }

    @Test
    @DisplayName("make citizen service numbers that the resident id recognises")
    void nationalIds() {
        qt().forAll(ResidentGenerators.nationalIds())
                .checkAssert(text -> assertEquals(
                        ResidentId.NOT_A_NATIONAL_ID,
                        ResidentId.parse(text).getError().single().rule()));
    }

    @Test
    @DisplayName("find the same members on a date as a naive search of the memberships")
    void membersOnAgreesWithNaiveCheck() {
        qt().forAll(ResidentGenerators.cohorts(), CommonGenerators.dates()).checkAssert((cohort, day) -> {
            SortedSet<ResidentId> naive = TreeSet.empty();
            for (CohortMembership m : cohort.memberships()) {
                boolean joined = !m.joined().isAfter(day);
                boolean notYetLeft = m.left().isEmpty() || !m.left().get().isBefore(day);
                if (joined && notYetLeft) {
                    naive = naive.add(m.resident());
                }
            }
            assertEquals(naive, cohort.membersOn(day));
            for (ResidentId r : cohort.residents()) {
                assertEquals(naive.contains(r), cohort.isMember(r, day));
            }
        });
    }

    @Test
    @DisplayName("find the same members in a period as a day-by-day check")
    void membersInAgreesWithDayByDayCheck() {
        qt().forAll(ResidentGenerators.cohorts(), CommonGenerators.periods()).checkAssert((cohort, period) -> {
            SortedSet<ResidentId> dayByDay = TreeSet.empty();
            for (LocalDate d = period.start(); !d.isAfter(period.end()); d = d.plusDays(1)) {
                dayByDay = dayByDay.addAll(cohort.membersOn(d));
            }
            assertEquals(dayByDay, cohort.membersIn(period));
        });
    }

    @Test
    @DisplayName("give every membership of a cohort to a resident at most once on any day")
    void noOverlapInGeneratedCohorts() {
        qt().forAll(ResidentGenerators.cohorts(), CommonGenerators.dates()).checkAssert((cohort, day) -> {
            long spellsOnDay =
                    cohort.memberships().stream().filter(m -> m.isActiveOn(day)).count();
            assertEquals(spellsOnDay, cohort.membersOn(day).size());
        });
    }

    @Test
    @DisplayName("round-trip enums through their code or number")
    void enumRoundTrips() {
        qt().forAll(ResidentGenerators.selfRelianceDomains())
                .checkAssert(
                        d -> assertEquals(d, SelfRelianceDomain.parse(d.code()).get()));
        qt().forAll(ResidentGenerators.selfRelianceScores())
                .checkAssert(s ->
                        assertEquals(s, SelfRelianceScore.validate(s.number()).get()));
        qt().forAll(ResidentGenerators.participationRungs())
                .checkAssert(r ->
                        assertEquals(r, ParticipationRung.validate(r.number()).get()));
    }

    @Test
    @DisplayName("order rungs the way their numbers are ordered")
    void rungOrder() {
        qt().forAll(ResidentGenerators.participationRungs(), ResidentGenerators.participationRungs())
                .checkAssert((a, b) -> assertEquals(a.number() > b.number(), a.isHigherThan(b)));
        qt().forAll(ResidentGenerators.selfRelianceAssessments())
                .checkAssert(a -> assertTrue(
                        a.allSufficient() == a.scores().values().stream().allMatch(s -> s.number() >= 4)));
    }
}
