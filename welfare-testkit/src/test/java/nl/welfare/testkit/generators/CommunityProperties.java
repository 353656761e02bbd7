package nl.welfare.testkit.generators;

import static nl.welfare.testkit.generators.CommonGenerators.periods;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import nl.welfare.domain.community.Activity;
import nl.welfare.domain.community.ActivityId;
import nl.welfare.domain.community.CommunityChecks;
import nl.welfare.domain.community.Initiative;
import nl.welfare.domain.community.InitiativeId;
import nl.welfare.domain.community.InitiativeLead;
import nl.welfare.domain.community.InitiativeLink;
import nl.welfare.domain.community.Participation;
import nl.welfare.domain.community.ParticipationRole;
import nl.welfare.domain.community.Place;
import nl.welfare.domain.community.PlaceId;
import nl.welfare.domain.community.PlaceKind;
import nl.welfare.domain.time.ReportingPeriod;
import nl.welfare.testkit.generators.CommunityGenerators.InitiativeNetwork;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Community values")
class CommunityProperties {

    @Test
    @DisplayName("ids parse back from their text")
    void idsRoundTrip() {
        qt().forAll(CommunityGenerators.initiativeIds())
                .checkAssert(
                        id -> assertEquals(id, InitiativeId.parse(id.toString()).get()));
        qt().forAll(CommunityGenerators.activityIds())
                .checkAssert(
                        id -> assertEquals(id, ActivityId.parse(id.toString()).get()));
        qt().forAll(CommunityGenerators.placeIds())
                .checkAssert(id -> assertEquals(id, PlaceId.parse(id.toString()).get()));
    }

    @Test
    @DisplayName("leads, kinds and roles parse back from their code")
    void codesRoundTrip() {
        qt().forAll(CommunityGenerators.initiativeLeads())
                .checkAssert(lead ->
                        assertEquals(lead, InitiativeLead.parse(lead.code()).get()));
        qt().forAll(CommunityGenerators.placeKinds())
                .checkAssert(
                        kind -> assertEquals(kind, PlaceKind.parse(kind.code()).get()));
        qt().forAll(CommunityGenerators.participationRoles())
                .checkAssert(role ->
                        assertEquals(role, ParticipationRole.parse(role.code()).get()));
    }

    @Test
    @DisplayName("generated values pass their own validation")
    void validValuesValidate() {
        qt().forAll(CommunityGenerators.initiatives())
                .checkAssert(i -> assertEquals(
                        i,
                        Initiative.validate(i.id(), i.name(), i.area(), i.lead(), i.started(), i.ended(), i.theme())
                                .get()));
        qt().forAll(CommunityGenerators.initiativeLinks())
                .checkAssert(l -> assertEquals(
                        l,
                        InitiativeLink.validate(l.initiative(), l.otherInitiative(), l.since(), l.until())
                                .get()));
        qt().forAll(CommunityGenerators.places())
                .checkAssert(p -> assertEquals(
                        p,
                        Place.validate(p.id(), p.name(), p.kind(), p.area(), p.opened(), p.closed())
                                .get()));
        qt().forAll(CommunityGenerators.activities())
                .checkAssert(a -> assertEquals(
                        a,
                        Activity.validate(
                                        a.id(),
                                        a.name(),
                                        a.area(),
                                        a.initiativeId(),
                                        a.provisionId(),
                                        a.placeId(),
                                        a.theme())
                                .get()));
        qt().forAll(CommunityGenerators.participations())
                .checkAssert(p -> assertEquals(
                        p,
                        Participation.validate(p.resident(), p.activity(), p.area(), p.date(), p.role())
                                .get()));
    }

    @Test
    @DisplayName("each breach breaks exactly its rule")
    void breaches() {
        qt().forAll(CommunityGenerators.initiativeIdBreaches()).checkAssert(Breach::assertBreaksExactlyItsRule);
        qt().forAll(CommunityGenerators.activityIdBreaches()).checkAssert(Breach::assertBreaksExactlyItsRule);
        qt().forAll(CommunityGenerators.placeIdBreaches()).checkAssert(Breach::assertBreaksExactlyItsRule);
        qt().forAll(CommunityGenerators.initiativeLeadBreaches()).checkAssert(Breach::assertBreaksExactlyItsRule);
        qt().forAll(CommunityGenerators.placeKindBreaches()).checkAssert(Breach::assertBreaksExactlyItsRule);
        qt().forAll(CommunityGenerators.participationRoleBreaches()).checkAssert(Breach::assertBreaksExactlyItsRule);
        qt().forAll(CommunityGenerators.initiativeBreaches()).checkAssert(Breach::assertBreaksExactlyItsRule);
        qt().forAll(CommunityGenerators.initiativeLinkBreaches()).checkAssert(Breach::assertBreaksExactlyItsRule);
        qt().forAll(CommunityGenerators.placeBreaches()).checkAssert(Breach::assertBreaksExactlyItsRule);
        qt().forAll(CommunityGenerators.activityBreaches()).checkAssert(Breach::assertBreaksExactlyItsRule);
        qt().forAll(CommunityGenerators.linkCheckBreaches()).checkAssert(Breach::assertBreaksExactlyItsRule);
        qt().forAll(CommunityGenerators.participationCheckBreaches()).checkAssert(Breach::assertBreaksExactlyItsRule);
    }

    @Test
    @DisplayName("the breaches of a type cover each of its rules")
    void breachesCoverEveryRule() {
        Set<Object> rules = new HashSet<>();
        qt().withExamples(200).forAll(CommunityGenerators.initiativeBreaches()).checkAssert(b -> rules.add(b.rule()));
        qt().withExamples(200)
                .forAll(CommunityGenerators.initiativeLinkBreaches())
                .checkAssert(b -> rules.add(b.rule()));
        qt().withExamples(200).forAll(CommunityGenerators.placeBreaches()).checkAssert(b -> rules.add(b.rule()));
        assertEquals(
                Set.of(
                        Initiative.NAME_BLANK,
                        Initiative.END_BEFORE_START,
                        InitiativeLink.SELF_LINK,
                        InitiativeLink.END_BEFORE_START,
                        Place.NAME_BLANK,
                        Place.CLOSED_BEFORE_OPENED),
                rules);
    }

    @Test
    @DisplayName("an initiative is active in a period exactly when it is active on one of its days")
    void initiativeActiveInAgreesWithDays() {
        qt().forAll(CommunityGenerators.initiatives(), periods())
                .checkAssert((initiative, period) ->
                        assertEquals(activeOnSomeDay(period, initiative::isActiveOn), initiative.isActiveIn(period)));
    }

    @Test
    @DisplayName("a link is active in a period exactly when it is active on one of its days")
    void linkActiveInAgreesWithDays() {
        qt().forAll(CommunityGenerators.initiativeLinks(), periods())
                .checkAssert((link, period) ->
                        assertEquals(activeOnSomeDay(period, link::isActiveOn), link.isActiveIn(period)));
    }

    @Test
    @DisplayName("a link connects its two ends both ways, however it is written")
    void linksAreUndirected() {
        qt().forAll(CommunityGenerators.initiativeLinks()).checkAssert(link -> {
            InitiativeLink reversed = InitiativeLink.validate(
                            link.otherInitiative(), link.initiative(), link.since(), link.until())
                    .get();
            assertNotEquals(link, reversed);
            assertEquals(link.normalised(), reversed.normalised());
            assertEquals(link.normalised(), link.normalised().normalised());
            assertTrue(
                    link.normalised().initiative().compareTo(link.normalised().otherInitiative()) < 0);
            assertEquals(Option.some(link.otherInitiative()), link.other(link.initiative()));
            assertEquals(Option.some(link.initiative()), link.other(link.otherInitiative()));
            assertEquals(link.other(link.initiative()), reversed.other(link.initiative()));
            assertTrue(reversed.connects(link.initiative()) && reversed.connects(link.otherInitiative()));
        });
    }

    @Test
    @DisplayName("a network links only different initiatives that exist")
    void networks() {
        qt().forAll(CommunityGenerators.initiativeNetworks()).checkAssert((InitiativeNetwork network) -> {
            Set<InitiativeId> ids = new HashSet<>();
            network.initiatives().forEach(i -> assertTrue(ids.add(i.id()), "distinct ids"));
            assertTrue(CommunityChecks.validateLinks(network.initiatives(), network.links())
                    .isValid());
            network.links().forEach(l -> assertFalse(l.initiative().equals(l.otherInitiative())));
        });
    }

    @Test
    @DisplayName("a place is open in a period exactly when it is open on one of its days")
    void placeOpenInAgreesWithDays() {
        qt().forAll(CommunityGenerators.places(), periods())
                .checkAssert((place, period) ->
                        assertEquals(activeOnSomeDay(period, place::isOpenOn), place.isOpenIn(period)));
    }

    private static boolean activeOnSomeDay(ReportingPeriod period, java.util.function.Predicate<LocalDate> on) {
        for (LocalDate day = period.start(); !day.isAfter(period.end()); day = day.plusDays(1)) {
            if (on.test(day)) {
                return true;
            }
        }
        return false;
    }
}
