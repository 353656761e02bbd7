package nl.welfare.domain.community;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import nl.welfare.domain.area.AreaCode;
import nl.welfare.domain.resident.ResidentId;
import nl.welfare.domain.support.ProvisionId;
import nl.welfare.domain.value.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The community checks across rows")
class CommunityChecksTest {

    static final AreaCode NOORD = AreaCode.of("BU01530100");
    static final LocalDate SPRING_2018 = LocalDate.of(2018, 4, 1);

    static Initiative initiative(String id) {
        return Initiative.builder()
                .id(InitiativeId.of(id))
                .name(id)
                .area(NOORD)
                .lead(InitiativeLead.RESIDENTS)
                .started(LocalDate.of(2015, 1, 1))
                .build();
    }

    final List<Initiative> noord = List.of(initiative("beien"), initiative("buren-voor-buren"), initiative("power"));

    @Test
    @DisplayName("accept links between initiatives that exist")
    void acceptLinks() {
        var links = List.of(
                InitiativeLink.of(InitiativeId.of("beien"), InitiativeId.of("power"), SPRING_2018),
                InitiativeLink.of(InitiativeId.of("buren-voor-buren"), InitiativeId.of("beien"), SPRING_2018));
        assertEquals(links, CommunityChecks.validateLinks(noord, links).get().toJavaList());
    }

    @Test
    @DisplayName("name each end of a link that names an unknown initiative")
    void rejectUnknownInitiative() {
        var links = List.of(
                InitiativeLink.of(InitiativeId.of("beien"), InitiativeId.of("house-of-stories"), SPRING_2018),
                InitiativeLink.of(InitiativeId.of("bat"), InitiativeId.of("deppenbroek"), SPRING_2018));
        var errors = CommunityChecks.validateLinks(noord, links).getError();
        assertEquals(
                Collections.nCopies(3, CommunityChecks.LINK_UNKNOWN_INITIATIVE),
                errors.map(Violation::rule).toJavaList());
        assertEquals(
                List.of("other_initiative_id", "initiative_id", "other_initiative_id"),
                errors.map(Violation::field).toJavaList());
        assertEquals(
                List.of("house-of-stories", "bat", "deppenbroek"),
                errors.map(Violation::rejectedValue).toJavaList());
    }

    @Test
    @DisplayName("reject an activity of an unknown initiative or at an unknown place")
    void rejectActivities() {
        Activity known = Activity.builder()
                .id(ActivityId.of("walk"))
                .name("Walk")
                .area(NOORD)
                .initiativeId(InitiativeId.of("beien"))
                .build();
        Activity orphan = Activity.builder()
                .id(ActivityId.of("repair-cafe"))
                .name("Repair cafe")
                .area(NOORD)
                .initiativeId(InitiativeId.of("gone"))
                .placeId(PlaceId.of("nowhere"))
                .build();
        Activity free = Activity.of(ActivityId.of("free"), "Free", NOORD);
        assertTrue(
                CommunityChecks.validateActivities(noord, List.of(known, free)).isValid());
        assertEquals(
                CommunityChecks.ACTIVITY_UNKNOWN_INITIATIVE,
                CommunityChecks.validateActivities(noord, List.of(known, orphan, free))
                        .getError()
                        .single()
                        .rule());
        assertEquals(
                CommunityChecks.ACTIVITY_UNKNOWN_PLACE,
                CommunityChecks.validateActivityPlaces(List.of(), List.of(known, orphan))
                        .getError()
                        .single()
                        .rule());
    }

    @Test
    @DisplayName("reject an activity that names an unknown provision")
    void rejectUnknownProvision() {
        Activity walk = ImmutableActivity.copyOf(Activity.of(ActivityId.of("walk"), "Walk", NOORD))
                .withProvisionId(ProvisionId.of("buurtsport"));
        assertTrue(CommunityChecks.validateActivityProvisions(List.of(ProvisionId.of("buurtsport")), List.of(walk))
                .isValid());
        var errors = CommunityChecks.validateActivityProvisions(List.of(ProvisionId.of("vervoer")), List.of(walk))
                .getError();
        assertEquals(CommunityChecks.ACTIVITY_UNKNOWN_PROVISION, errors.single().rule());
        assertEquals("provision_id", errors.single().field());
        assertEquals("buurtsport", errors.single().rejectedValue());
    }

    @Test
    @DisplayName("reject a participation in an unknown activity or of an unknown resident")
    void rejectParticipations() {
        Activity walk = Activity.of(ActivityId.of("walk"), "Walk", NOORD);
        ResidentId resident = ResidentId.of("r-1");
        Participation known =
                Participation.of(resident, walk.id(), NOORD, LocalDate.of(2019, 3, 14), ParticipationRole.VOLUNTEER);
        Participation unknown = ImmutableParticipation.copyOf(known).withActivity(ActivityId.of("dance"));
        assertTrue(CommunityChecks.validateParticipations(List.of(walk), List.of(known))
                .isValid());
        var errors = CommunityChecks.validateParticipations(List.of(walk), List.of(known, unknown))
                .getError();
        assertEquals(
                CommunityChecks.PARTICIPATION_UNKNOWN_ACTIVITY, errors.single().rule());
        assertEquals("activity_id", errors.single().field());
        assertEquals(
                CommunityChecks.PARTICIPATION_UNKNOWN_RESIDENT,
                CommunityChecks.validateParticipationResidents(List.of(ResidentId.of("r-2")), List.of(known))
                        .getError()
                        .single()
                        .rule());
    }
}
