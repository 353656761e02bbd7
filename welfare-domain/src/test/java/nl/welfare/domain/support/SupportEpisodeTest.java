package nl.welfare.domain.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import nl.welfare.domain.area.AreaCode;
import nl.welfare.domain.resident.ResidentId;
import nl.welfare.domain.time.ReportingPeriod;
import nl.welfare.domain.value.InvalidValueException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A support episode")
class SupportEpisodeTest {

    private static final SupportEpisodeId ID = SupportEpisodeId.of("e-1");
    private static final ResidentId R = ResidentId.of("r-1");
    private static final AreaCode AREA = AreaCode.of("BU01530000");
    private static final ProvisionId HELP = ProvisionId.of("household-help");

    private static SupportEpisode episode(
            ProvisionKind kind, Optional<ResidentId> resident, String started, String ended) {
        return SupportEpisode.validate(
                        ID,
                        resident,
                        AREA,
                        kind,
                        HELP,
                        LocalDate.parse(started),
                        Optional.of(ended).filter(e -> !e.isEmpty()).map(LocalDate::parse))
                .get();
    }

    @Test
    @DisplayName("is active in a period that contains its first or its last day, and not in the periods around it")
    void activeOnEdges() {
        SupportEpisode e = episode(ProvisionKind.INDIVIDUAL, Optional.of(R), "2019-03-31", "2019-07-01");
        assertFalse(e.isActiveIn(ReportingPeriod.range(LocalDate.parse("2019-01-01"), LocalDate.parse("2019-03-30"))));
        assertTrue(e.isActiveIn(ReportingPeriod.quarter(2019, 1)));
        assertTrue(e.isActiveIn(ReportingPeriod.quarter(2019, 2)));
        assertTrue(e.isActiveIn(ReportingPeriod.quarter(2019, 3)));
        assertTrue(e.isActiveIn(ReportingPeriod.month(2019, 7)));
        assertFalse(e.isActiveIn(ReportingPeriod.range(LocalDate.parse("2019-07-02"), LocalDate.parse("2019-12-31"))));
        assertFalse(e.isActiveIn(ReportingPeriod.year(2018)));
        assertFalse(e.isActiveOn(LocalDate.parse("2019-03-30")));
        assertTrue(e.isActiveOn(LocalDate.parse("2019-03-31")));
        assertTrue(e.isActiveOn(LocalDate.parse("2019-07-01")));
        assertFalse(e.isActiveOn(LocalDate.parse("2019-07-02")));
    }

    @Test
    @DisplayName("without an end stays active in every later period")
    void open() {
        SupportEpisode e = episode(ProvisionKind.COLLECTIVE, Optional.empty(), "2019-03-31", "");
        assertTrue(e.isActiveIn(ReportingPeriod.year(2030)));
        assertTrue(e.isActiveOn(LocalDate.MAX));
        assertFalse(e.isActiveOn(LocalDate.MIN));
    }

    @Test
    @DisplayName("started in the period that contains its start only")
    void startedIn() {
        SupportEpisode e = episode(ProvisionKind.INDIVIDUAL, Optional.of(R), "2019-03-31", "2019-07-01");
        assertTrue(e.startedIn(ReportingPeriod.quarter(2019, 1)));
        assertTrue(e.startedIn(ReportingPeriod.month(2019, 3)));
        assertFalse(e.startedIn(ReportingPeriod.quarter(2019, 2)));
        assertFalse(e.startedIn(ReportingPeriod.year(2018)));
    }

    @Test
    @DisplayName("may be collective without a resident")
    void anonymousCollective() {
        assertEquals(
                Optional.empty(),
                episode(ProvisionKind.COLLECTIVE, Optional.empty(), "2019-01-01", "")
                        .resident());
    }

    @Test
    @DisplayName("rejects individual support without a resident, in field resident_id")
    void rejectsIndividualWithoutResident() {
        var result = SupportEpisode.validate(
                ID,
                Optional.empty(),
                AREA,
                ProvisionKind.INDIVIDUAL,
                HELP,
                LocalDate.parse("2019-01-01"),
                Optional.empty());
        assertEquals(
                SupportEpisode.INDIVIDUAL_WITHOUT_RESIDENT,
                result.getError().single().rule());
        assertEquals("resident_id", result.getError().single().field());
    }

    @Test
    @DisplayName("rejects an end before its start, in field ended")
    void rejectsEndBeforeStart() {
        var result = SupportEpisode.validate(
                ID,
                Optional.of(R),
                AREA,
                ProvisionKind.INDIVIDUAL,
                HELP,
                LocalDate.parse("2019-01-01"),
                Optional.of(LocalDate.parse("2018-12-31")));
        assertEquals(SupportEpisode.END_BEFORE_START, result.getError().single().rule());
        assertEquals("ended", result.getError().single().field());
        assertThrows(
                InvalidValueException.class,
                () -> SupportEpisode.builder()
                        .id(ID)
                        .area(AREA)
                        .kind(ProvisionKind.COLLECTIVE)
                        .provision(HELP)
                        .started(LocalDate.parse("2019-01-01"))
                        .ended(LocalDate.parse("2018-12-31"))
                        .build());
    }
}
