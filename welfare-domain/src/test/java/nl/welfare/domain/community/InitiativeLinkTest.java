package nl.welfare.domain.community;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Optional;
import nl.welfare.domain.time.ReportingPeriod;
import nl.welfare.domain.value.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("An initiative link")
class InitiativeLinkTest {

    static final InitiativeId BEIEN = InitiativeId.of("beien");
    static final InitiativeId BUREN_VOOR_BUREN = InitiativeId.of("buren-voor-buren");
    static final InitiativeId POWER = InitiativeId.of("power");
    static final LocalDate SPRING_2018 = LocalDate.of(2018, 4, 1);

    @Test
    @DisplayName("connects Beien, Buren voor Buren and Power in Noord from 2018, both ways")
    void noordIn2018() {
        InitiativeLink beienPower = InitiativeLink.of(POWER, BEIEN, SPRING_2018);
        InitiativeLink beienBuren = InitiativeLink.of(BEIEN, BUREN_VOOR_BUREN, SPRING_2018);

        assertTrue(beienPower.connects(BEIEN));
        assertTrue(beienPower.connects(POWER));
        assertFalse(beienPower.connects(BUREN_VOOR_BUREN));
        assertEquals(Option.some(POWER), beienPower.other(BEIEN));
        assertEquals(Option.some(BEIEN), beienPower.other(POWER));
        assertEquals(Option.none(), beienPower.other(BUREN_VOOR_BUREN));
        assertEquals(Option.some(BUREN_VOOR_BUREN), beienBuren.other(BEIEN));

        assertTrue(beienPower.isActiveIn(ReportingPeriod.year(2018)));
        assertTrue(beienPower.isActiveIn(ReportingPeriod.year(2022)));
        assertFalse(beienPower.isActiveIn(ReportingPeriod.year(2017)));
        assertFalse(beienPower.isActiveIn(ReportingPeriod.quarter(2018, 1)));
        assertTrue(beienPower.isActiveOn(SPRING_2018));
    }

    @Test
    @DisplayName("is equal only to a link given the same way round, but normalises to one form")
    void undirected() {
        InitiativeLink ab = InitiativeLink.of(BEIEN, POWER, SPRING_2018);
        InitiativeLink ba = InitiativeLink.of(POWER, BEIEN, SPRING_2018);
        assertNotEquals(ab, ba);
        assertEquals(ab.normalised(), ba.normalised());
        assertSame(ab, ab.normalised());
        assertEquals(BEIEN, ba.normalised().initiative());
    }

    @Test
    @DisplayName("is not active after its end")
    void ended() {
        var link = InitiativeLink.validate(BEIEN, POWER, SPRING_2018, Optional.of(LocalDate.of(2019, 12, 31)))
                .get();
        assertTrue(link.isActiveIn(ReportingPeriod.year(2019)));
        assertFalse(link.isActiveIn(ReportingPeriod.year(2020)));
        assertFalse(link.isActiveOn(LocalDate.of(2020, 1, 1)));
    }

    @Test
    @DisplayName("rejects a link from an initiative to itself")
    void rejectsSelfLink() {
        var result = InitiativeLink.validate(BEIEN, BEIEN, SPRING_2018, Optional.empty());
        Violation v = result.getError().single();
        assertEquals(InitiativeLink.SELF_LINK, v.rule());
        assertEquals("other_initiative_id", v.field());
        assertEquals("beien", v.rejectedValue());
    }

    @Test
    @DisplayName("rejects an end before its start")
    void rejectsEndBeforeStart() {
        var result = InitiativeLink.validate(BEIEN, POWER, SPRING_2018, Optional.of(SPRING_2018.minusDays(1)));
        assertEquals(InitiativeLink.END_BEFORE_START, result.getError().single().rule());
        assertEquals("until", result.getError().single().field());
    }

    @Test
    @DisplayName("reports a self link and an end before its start together")
    void reportsEveryRule() {
        var result = InitiativeLink.validate(POWER, POWER, SPRING_2018, Optional.of(SPRING_2018.minusYears(1)));
        assertEquals(
                List.of(InitiativeLink.SELF_LINK, InitiativeLink.END_BEFORE_START),
                result.getError().map(Violation::rule));
    }
}
