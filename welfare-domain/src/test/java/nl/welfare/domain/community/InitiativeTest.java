package nl.welfare.domain.community;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.List;
import java.time.LocalDate;
import java.util.Optional;
import nl.welfare.domain.area.AreaCode;
import nl.welfare.domain.time.ReportingPeriod;
import nl.welfare.domain.value.InvalidValueException;
import nl.welfare.domain.value.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("An initiative")
class InitiativeTest {

    static final AreaCode DEPPENBROEK = AreaCode.of("BU01530100");

    static Initiative beien() {
        return Initiative.builder()
                .id(InitiativeId.of("beien"))
                .name("Beien")
                .area(DEPPENBROEK)
                .lead(InitiativeLead.RESIDENTS)
                .started(LocalDate.of(2015, 4, 1))
                .theme("meeting neighbours")
                .build();
    }

    static Initiative validate(String name, LocalDate started, Optional<LocalDate> ended) {
        return Initiative.validate(
                        InitiativeId.of("power"),
                        name,
                        DEPPENBROEK,
                        InitiativeLead.JOINT,
                        started,
                        ended,
                        Optional.empty())
                .get();
    }

    @Test
    @DisplayName("of Noord, led by residents and still running, is active in 2018 and today")
    void beienIsActive() {
        Initiative beien = beien();
        assertTrue(beien.isActiveIn(ReportingPeriod.year(2018)));
        assertTrue(beien.isActiveOn(LocalDate.of(2022, 12, 31)));
        assertFalse(beien.isActiveIn(ReportingPeriod.year(2014)));
        assertTrue(beien.isResidentLed());
        assertEquals(Optional.of("meeting neighbours"), beien.theme());
    }

    @Test
    @DisplayName("is active in a period it overlaps by a single day at either end")
    void activeAtTheEdges() {
        Initiative i = validate("Power", LocalDate.of(2018, 3, 1), Optional.of(LocalDate.of(2019, 1, 1)));
        assertTrue(i.isActiveIn(ReportingPeriod.year(2019)));
        assertTrue(i.isActiveIn(ReportingPeriod.range(LocalDate.of(2017, 1, 1), LocalDate.of(2018, 3, 1))));
        assertFalse(i.isActiveIn(ReportingPeriod.range(LocalDate.of(2017, 1, 1), LocalDate.of(2018, 2, 28))));
        assertFalse(i.isActiveIn(ReportingPeriod.quarter(2019, 2)));
        assertTrue(i.isActiveOn(LocalDate.of(2018, 3, 1)));
        assertTrue(i.isActiveOn(LocalDate.of(2019, 1, 1)));
        assertFalse(i.isActiveOn(LocalDate.of(2019, 1, 2)));
        assertFalse(i.isActiveOn(LocalDate.of(2018, 2, 28)));
    }

    @Test
    @DisplayName("may end on the day it started")
    void oneDay() {
        LocalDate day = LocalDate.of(2019, 6, 1);
        assertTrue(validate("Street party", day, Optional.of(day)).isActiveOn(day));
    }

    @Test
    @DisplayName("rejects an end before its start")
    void rejectsEndBeforeStart() {
        var result = Initiative.validate(
                InitiativeId.of("power"),
                "Power",
                DEPPENBROEK,
                InitiativeLead.PROFESSIONALS,
                LocalDate.of(2018, 3, 1),
                Optional.of(LocalDate.of(2018, 2, 28)),
                Optional.empty());
        Violation v = result.getError().single();
        assertEquals(Initiative.END_BEFORE_START, v.rule());
        assertEquals("ended", v.field());
        assertEquals("2018-02-28", v.rejectedValue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t\n"})
    @DisplayName("rejects a blank name")
    void rejectsBlankName(String name) {
        var result = Initiative.validate(
                InitiativeId.of("power"),
                name,
                DEPPENBROEK,
                InitiativeLead.RESIDENTS,
                LocalDate.of(2018, 3, 1),
                Optional.empty(),
                Optional.empty());
        assertEquals(Initiative.NAME_BLANK, result.getError().single().rule());
        assertEquals("name", result.getError().single().field());
    }

    @Test
    @DisplayName("reports a blank name and an end before its start together")
    void reportsEveryRule() {
        var result = Initiative.validate(
                InitiativeId.of("power"),
                " ",
                DEPPENBROEK,
                InitiativeLead.RESIDENTS,
                LocalDate.of(2018, 3, 1),
                Optional.of(LocalDate.of(2017, 3, 1)),
                Optional.empty());
        assertEquals(
                List.of(Initiative.NAME_BLANK, Initiative.END_BEFORE_START),
                result.getError().map(Violation::rule));
        assertThrows(
                InvalidValueException.class,
                () -> ImmutableInitiative.copyOf(beien()).withName(""));
    }
}
