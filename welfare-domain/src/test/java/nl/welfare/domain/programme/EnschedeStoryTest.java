package nl.welfare.domain.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.welfare.domain.time.ReportingPeriod;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The Enschede story of the sources")
class EnschedeStoryTest {

    @Test
    @DisplayName("has a policy with five goals, adopted by the municipality")
    void policy() {
        assertEquals("Nieuw Enschedees Welzijn", Enschede.POLICY.name());
        assertEquals(5, Enschede.POLICY.goals().size());
        assertEquals(Enschede.MUNICIPALITY.id(), Enschede.POLICY.commissioner());
        assertEquals(OrganisationKind.MUNICIPALITY, Enschede.MUNICIPALITY.kind());
    }

    @Test
    @DisplayName("has the Twentse Alliantie of Alifa, Vizier and Eurus as one contractor")
    void alliance() {
        assertEquals(
                Set.of(Enschede.ALIFA.id(), Enschede.VIZIER.id(), Enschede.EURUS.id()), Enschede.ALLIANCE.members());
        List.of(Enschede.ALIFA, Enschede.VIZIER, Enschede.EURUS)
                .forEach(o -> assertEquals(OrganisationKind.WELFARE_ORGANISATION, o.kind()));
        assertEquals(Enschede.ALLIANCE.id(), Enschede.COMMISSION.contractor());
    }

    @Test
    @DisplayName("commissions the alliance for Noord, Oost and Centrum for 2018/2022, with the policy's five goals")
    void commission() {
        Commission c = Enschede.COMMISSION;
        assertEquals(ReportingPeriod.parse("2018/2022").get(), c.term());
        assertEquals(Set.of("NOORD", "OOST", "CENTRUM"), c.boroughs());
        assertEquals(Enschede.POLICY.goalIds(), c.goals());
        assertTrue(c.validateAgainst(Enschede.POLICY).isValid());
    }

    @Test
    @DisplayName("is in force from 2018 to 2022, and to the end of 2024 if extended")
    void inForce() {
        Commission c = Enschede.COMMISSION;
        LocalDate before = LocalDate.of(2017, 12, 31);
        LocalDate inside = LocalDate.of(2020, 6, 15);
        LocalDate inExtension = LocalDate.of(2023, 9, 1);
        LocalDate after = LocalDate.of(2025, 1, 1);

        assertFalse(c.isInForce(before));
        assertTrue(c.isInForce(inside));
        assertFalse(c.isInForce(inExtension));
        assertFalse(c.isInForce(after));

        assertFalse(c.isInForceIncludingExtension(before));
        assertTrue(c.isInForceIncludingExtension(inside));
        assertTrue(c.isInForceIncludingExtension(inExtension));
        assertFalse(c.isInForceIncludingExtension(after));

        assertEquals("2018/2024", c.fullTerm().toString());
    }

    @Test
    @DisplayName("has a programme in Oost built on its own bottlenecks, within the commission")
    void oost() {
        AreaProgramme oost = Enschede.OOST;
        assertEquals("OOST", oost.borough());
        assertEquals(List.of(Enschede.SPECIAL_TRANSPORT, Enschede.SOCIAL_CONNECTION), oost.bottlenecks());
        assertTrue(oost.bottlenecks().get(0).description().contains("special transport"));
        assertTrue(oost.validateAgainst(Enschede.COMMISSION).isValid());
    }

    @Test
    @DisplayName("began with round-table conversations on 26 May 2016 with 60 attendees")
    void roundTable() {
        Meeting m = Enschede.ROUND_TABLE;
        assertEquals(LocalDate.of(2016, 5, 26), m.date());
        assertEquals(MeetingKind.ROUND_TABLE, m.kind());
        assertEquals(60, m.attendeeCount());
        assertFalse(Enschede.COMMISSION.isInForceIncludingExtension(m.date()));
    }
}
