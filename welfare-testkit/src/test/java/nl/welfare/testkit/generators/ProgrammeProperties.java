package nl.welfare.testkit.generators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.vavr.Tuple;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

@DisplayName("Programme values")
class ProgrammeProperties {

    private static <T> void assertValidAs(T expected, Validation<Seq<Violation>, T> result) {
        assertTrue(result.isValid(), () -> "expected " + expected + " to be valid, got " + result);
        assertEquals(expected, result.get());
    }

    @Test
    @DisplayName("have identifiers that parse back from their text")
    void identifiersRoundTrip() {
        qt().forAll(ProgrammeGenerators.policyIds())
                .checkAssert(id -> assertValidAs(id, PolicyId.parse(id.toString())));
        qt().forAll(ProgrammeGenerators.goalIds()).checkAssert(id -> assertValidAs(id, GoalId.parse(id.toString())));
        qt().forAll(ProgrammeGenerators.organisationIds())
                .checkAssert(id -> assertValidAs(id, OrganisationId.parse(id.toString())));
        qt().forAll(ProgrammeGenerators.commissionIds())
                .checkAssert(id -> assertValidAs(id, CommissionId.parse(id.toString())));
        qt().forAll(ProgrammeGenerators.programmeIds())
                .checkAssert(id -> assertValidAs(id, ProgrammeId.parse(id.toString())));
        qt().forAll(ProgrammeGenerators.meetingIds())
                .checkAssert(id -> assertValidAs(id, MeetingId.parse(id.toString())));
    }

    @Test
    @DisplayName("have kinds that parse back from their code")
    void kindsRoundTrip() {
        qt().forAll(ProgrammeGenerators.organisationKinds())
                .checkAssert(k -> assertValidAs(k, OrganisationKind.parse(k.code())));
        qt().forAll(ProgrammeGenerators.meetingKinds()).checkAssert(k -> assertValidAs(k, MeetingKind.parse(k.code())));
        qt().forAll(ProgrammeGenerators.attendeeKinds())
                .checkAssert(k -> assertValidAs(k, AttendeeKind.parse(k.code())));
    }

    @Test
    @DisplayName("that are generated valid pass validation as the same value")
    void validValuesValidate() {
        qt().forAll(ProgrammeGenerators.policyGoals())
                .checkAssert(g -> assertValidAs(g, PolicyGoal.validate(g.id(), g.name(), g.description())));
        qt().forAll(ProgrammeGenerators.policies())
                .checkAssert(p -> assertValidAs(
                        p, Policy.validate(p.id(), p.name(), p.commissioner(), p.adopted(), p.vision(), p.goals())));
        qt().forAll(ProgrammeGenerators.organisations())
                .checkAssert(o -> assertValidAs(o, Organisation.validate(o.id(), o.name(), o.kind())));
        qt().forAll(ProgrammeGenerators.alliances())
                .checkAssert(a -> assertValidAs(a, Alliance.validate(a.id(), a.name(), a.formed(), a.members())));
        qt().forAll(ProgrammeGenerators.commissions())
                .checkAssert(c -> assertValidAs(
                        c,
                        Commission.validate(
                                c.id(),
                                c.commissioner(),
                                c.contractor(),
                                c.term(),
                                c.extensionEnd(),
                                c.areas(),
                                c.boroughs(),
                                c.goals())));
        qt().forAll(ProgrammeGenerators.bottlenecks())
                .checkAssert(b ->
                        assertValidAs(b, Bottleneck.validate(b.borough(), b.identified(), b.description(), b.goal())));
        qt().forAll(ProgrammeGenerators.areaProgrammes())
                .checkAssert(p -> assertValidAs(
                        p,
                        AreaProgramme.validate(
                                p.id(),
                                p.commission(),
                                p.borough(),
                                p.period(),
                                p.bottlenecks(),
                                p.goals(),
                                p.interventions())));
        qt().forAll(ProgrammeGenerators.budgets())
                .checkAssert(b -> assertValidAs(b, Budget.validate(b.programme(), b.borough(), b.year(), b.amount())));
        qt().forAll(ProgrammeGenerators.meetings())
                .checkAssert(
                        m -> assertValidAs(m, Meeting.validate(m.id(), m.date(), m.area(), m.kind(), m.attendees())));
    }

    @Test
    @DisplayName("that belong together pass the checks against each other")
    void crossObjectRules() {
        qt().forAll(ProgrammeGenerators.policies()
                        .flatMap(p -> ProgrammeGenerators.commissionsServing(p).map(c -> Tuple.of(p, c))))
                .checkAssert(pc -> assertValidAs(pc._2, pc._2.validateAgainst(pc._1)));
        qt().forAll(ProgrammeGenerators.commissions()
                        .flatMap(c -> ProgrammeGenerators.areaProgrammesUnder(c).map(p -> Tuple.of(c, p))))
                .checkAssert(cp -> assertValidAs(cp._2, cp._2.validateAgainst(cp._1)));
        qt().forAll(ProgrammeGenerators.areaProgrammes()
                        .flatMap(p -> ProgrammeGenerators.budgetsFor(p).map(b -> Tuple.of(p, b))))
                .checkAssert(pb -> assertValidAs(pb._2, pb._2.validateAgainst(pb._1)));
    }

    @Test
    @DisplayName("break exactly the rule each breach is made for")
    void breachesBreakExactlyTheirRule() {
        qt().forAll(ProgrammeGenerators.policyIdBreaches()).checkAssert(Breach::assertBreaksExactlyItsRule);
        qt().forAll(ProgrammeGenerators.goalIdBreaches()).checkAssert(Breach::assertBreaksExactlyItsRule);
        qt().forAll(ProgrammeGenerators.organisationIdBreaches()).checkAssert(Breach::assertBreaksExactlyItsRule);
        qt().forAll(ProgrammeGenerators.commissionIdBreaches()).checkAssert(Breach::assertBreaksExactlyItsRule);
        qt().forAll(ProgrammeGenerators.programmeIdBreaches()).checkAssert(Breach::assertBreaksExactlyItsRule);
        qt().forAll(ProgrammeGenerators.meetingIdBreaches()).checkAssert(Breach::assertBreaksExactlyItsRule);
        qt().forAll(ProgrammeGenerators.organisationKindBreaches()).checkAssert(Breach::assertBreaksExactlyItsRule);
        qt().forAll(ProgrammeGenerators.meetingKindBreaches()).checkAssert(Breach::assertBreaksExactlyItsRule);
        qt().forAll(ProgrammeGenerators.attendeeKindBreaches()).checkAssert(Breach::assertBreaksExactlyItsRule);
        qt().forAll(ProgrammeGenerators.policyGoalBreaches()).checkAssert(Breach::assertBreaksExactlyItsRule);
        qt().forAll(ProgrammeGenerators.policyBreaches()).checkAssert(Breach::assertBreaksExactlyItsRule);
        qt().forAll(ProgrammeGenerators.organisationBreaches()).checkAssert(Breach::assertBreaksExactlyItsRule);
        qt().forAll(ProgrammeGenerators.allianceBreaches()).checkAssert(Breach::assertBreaksExactlyItsRule);
        qt().forAll(ProgrammeGenerators.commissionBreaches()).checkAssert(Breach::assertBreaksExactlyItsRule);
        qt().forAll(ProgrammeGenerators.commissionPolicyBreaches()).checkAssert(Breach::assertBreaksExactlyItsRule);
        qt().forAll(ProgrammeGenerators.bottleneckBreaches()).checkAssert(Breach::assertBreaksExactlyItsRule);
        qt().forAll(ProgrammeGenerators.areaProgrammeBreaches()).checkAssert(Breach::assertBreaksExactlyItsRule);
        qt().forAll(ProgrammeGenerators.areaProgrammeCommissionBreaches())
                .checkAssert(Breach::assertBreaksExactlyItsRule);
        qt().forAll(ProgrammeGenerators.budgetBreaches()).checkAssert(Breach::assertBreaksExactlyItsRule);
        qt().forAll(ProgrammeGenerators.budgetProgrammeBreaches()).checkAssert(Breach::assertBreaksExactlyItsRule);
        qt().forAll(ProgrammeGenerators.meetingBreaches()).checkAssert(Breach::assertBreaksExactlyItsRule);
    }

    @Test
    @DisplayName("have a breach generator for every rule their types declare")
    void everyRuleHasABreach() throws IllegalAccessException {
        Set<Rule> declared = new HashSet<>();
        for (Class<?> type : List.of(
                PolicyId.class,
                GoalId.class,
                OrganisationId.class,
                CommissionId.class,
                ProgrammeId.class,
                MeetingId.class,
                OrganisationKind.class,
                MeetingKind.class,
                AttendeeKind.class,
                PolicyGoal.class,
                Policy.class,
                Organisation.class,
                Alliance.class,
                Commission.class,
                Bottleneck.class,
                AreaProgramme.class,
                Budget.class,
                Meeting.class)) {
            for (Field field : type.getFields()) {
                if (Modifier.isStatic(field.getModifiers()) && field.getType() == Rule.class) {
                    declared.add((Rule) field.get(null));
                }
            }
        }
        Set<Rule> breached = new HashSet<>();
        List<Gen<? extends Breach<?>>> generators = List.of(
                ProgrammeGenerators.policyIdBreaches(),
                ProgrammeGenerators.goalIdBreaches(),
                ProgrammeGenerators.organisationIdBreaches(),
                ProgrammeGenerators.commissionIdBreaches(),
                ProgrammeGenerators.programmeIdBreaches(),
                ProgrammeGenerators.meetingIdBreaches(),
                ProgrammeGenerators.organisationKindBreaches(),
                ProgrammeGenerators.meetingKindBreaches(),
                ProgrammeGenerators.attendeeKindBreaches(),
                ProgrammeGenerators.policyGoalBreaches(),
                ProgrammeGenerators.policyBreaches(),
                ProgrammeGenerators.organisationBreaches(),
                ProgrammeGenerators.allianceBreaches(),
                ProgrammeGenerators.commissionBreaches(),
                ProgrammeGenerators.commissionPolicyBreaches(),
                ProgrammeGenerators.bottleneckBreaches(),
                ProgrammeGenerators.areaProgrammeBreaches(),
                ProgrammeGenerators.areaProgrammeCommissionBreaches(),
                ProgrammeGenerators.budgetBreaches(),
                ProgrammeGenerators.budgetProgrammeBreaches(),
                ProgrammeGenerators.meetingBreaches());
        for (Gen<? extends Breach<?>> generator : generators) {
            qt().withExamples(200).forAll(generator).checkAssert(b -> breached.add(b.rule()));
        }
        assertEquals(declared, breached);
    }

    @Test
    @DisplayName("include a commission that is in force exactly on the dates of its term, or its full term if extended")
    void commissionInForce() {
        qt().forAll(ProgrammeGenerators.commissions(), CommonGenerators.dates()).checkAssert((c, date) -> {
            boolean inTerm =
                    !date.isBefore(c.term().start()) && !date.isAfter(c.term().end());
            LocalDate lastDay = c.extensionEnd().orElse(c.term().end());
            boolean inFullTerm = !date.isBefore(c.term().start()) && !date.isAfter(lastDay);
            assertEquals(inTerm, c.isInForce(date));
            assertEquals(inFullTerm, c.isInForceIncludingExtension(date));
            assertTrue(!c.isInForce(date) || c.isInForceIncludingExtension(date));
        });
        qt().forAll(ProgrammeGenerators.commissions()).checkAssert(c -> {
            assertTrue(c.isInForce(c.term().start()));
            assertTrue(c.isInForce(c.term().end()));
            assertFalse(c.isInForce(c.term().start().minusDays(1)));
            assertFalse(c.isInForce(c.term().end().plusDays(1)));
            assertTrue(c.isInForceIncludingExtension(c.fullTerm().end()));
            assertFalse(c.isInForceIncludingExtension(c.fullTerm().end().plusDays(1)));
            assertEquals(
                    c.extensionEnd().isPresent(),
                    c.isInForceIncludingExtension(c.term().end().plusDays(1)));
        });
    }

    @Test
    @DisplayName("include budgets kept in whole cents and meetings whose total is the sum of their counts")
    void amountsAndCounts() {
        qt().forAll(ProgrammeGenerators.budgets()).checkAssert(b -> {
            assertEquals(Budget.SCALE, b.amount().scale());
            assertEquals(
                    b,
                    Budget.of(b.programme(), b.borough(), b.year(), b.amount().stripTrailingZeros()));
        });
        qt().forAll(ProgrammeGenerators.meetings()).checkAssert(m -> {
            long sum = 0;
            for (AttendeeKind kind : AttendeeKind.values()) {
                sum += m.count(kind);
            }
            assertEquals(sum, m.attendeeCount());
            assertTrue(m.attendeeCount() > 0);
        });
    }
}
