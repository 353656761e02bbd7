package nl.welfare.domain.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.HashSet;
import java.time.LocalDate;
import java.util.Optional;
import nl.welfare.domain.area.AreaCode;
import nl.welfare.domain.time.ReportingPeriod;
import nl.welfare.domain.value.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A provision")
class ProvisionTest {

    private static final ProvisionId ID = ProvisionId.of("speciaal-vervoer-oost");
    private static final AreaCode OOST = AreaCode.of("WK015303");

    private static Provision running(String started, Optional<String> ended) {
        return Provision.validate(
                        ID,
                        "Special transport",
                        ProvisionKind.COLLECTIVE,
                        OOST,
                        LocalDate.parse(started),
                        ended.map(LocalDate::parse))
                .get();
    }

    @Test
    @DisplayName("is active in a period it overlaps by at least its first or last day")
    void activeOnEdges() {
        Provision p = running("2019-03-01", Optional.of("2019-06-30"));
        assertFalse(p.isActiveIn(ReportingPeriod.month(2019, 2)));
        assertTrue(p.isActiveIn(ReportingPeriod.month(2019, 3)));
        assertTrue(p.isActiveIn(ReportingPeriod.month(2019, 6)));
        assertFalse(p.isActiveIn(ReportingPeriod.month(2019, 7)));
        assertTrue(p.isActiveIn(ReportingPeriod.range(LocalDate.parse("2019-01-01"), LocalDate.parse("2019-03-01"))));
        assertFalse(p.isActiveIn(ReportingPeriod.range(LocalDate.parse("2019-01-01"), LocalDate.parse("2019-02-28"))));
        assertTrue(p.isActiveOn(LocalDate.parse("2019-06-30")));
        assertFalse(p.isActiveOn(LocalDate.parse("2019-07-01")));
        assertTrue(running("2019-03-01", Optional.empty()).isActiveIn(ReportingPeriod.year(2030)));
    }

    @Test
    @DisplayName("rejects an end before its start, in field ended")
    void rejectsEndBeforeStart() {
        var result = Provision.validate(
                ID,
                "Special transport",
                ProvisionKind.COLLECTIVE,
                OOST,
                LocalDate.parse("2019-03-01"),
                Optional.of(LocalDate.parse("2019-02-28")));
        assertEquals(Provision.END_BEFORE_START, result.getError().single().rule());
        assertEquals("ended", result.getError().single().field());
    }

    @Test
    @DisplayName("rejects a blank name, in field name")
    void rejectsBlankName() {
        var result = Provision.validate(
                ID, " \t", ProvisionKind.INDIVIDUAL, OOST, LocalDate.parse("2019-03-01"), Optional.empty());
        assertEquals(Provision.BLANK_NAME, result.getError().single().rule());
        assertEquals("name", result.getError().single().field());
    }

    @Test
    @DisplayName("reports every broken rule at once")
    void everyRule() {
        var result = Provision.validate(
                ID,
                "",
                ProvisionKind.INDIVIDUAL,
                OOST,
                LocalDate.parse("2019-03-01"),
                Optional.of(LocalDate.parse("2018-03-01")));
        assertEquals(
                HashSet.of(Provision.BLANK_NAME, Provision.END_BEFORE_START),
                result.getError().map(Violation::rule).toSet());
    }
}
