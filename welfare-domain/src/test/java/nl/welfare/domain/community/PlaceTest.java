package nl.welfare.domain.community;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.List;
import java.time.LocalDate;
import java.util.Optional;
import nl.welfare.domain.area.AreaCode;
import nl.welfare.domain.time.ReportingPeriod;
import nl.welfare.domain.value.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A place")
class PlaceTest {

    static final AreaCode CENTRUM = AreaCode.of("BU01530000");

    @Test
    @DisplayName("of Noord, a neighbourhood living room opened in 2018, is open from then on")
    void livingRoom() {
        Place livingRoom = Place.builder()
                .id(PlaceId.of("deppenbroek-living-room"))
                .name("Huiskamer Deppenbroek")
                .kind(PlaceKind.NEIGHBOURHOOD_LIVING_ROOM)
                .area(AreaCode.of("BU01530101"))
                .opened(LocalDate.of(2018, 9, 1))
                .build();
        assertTrue(livingRoom.isOpenIn(ReportingPeriod.year(2018)));
        assertFalse(livingRoom.isOpenIn(ReportingPeriod.quarter(2018, 2)));
        assertTrue(livingRoom.isOpenOn(LocalDate.of(2022, 1, 1)));
        assertFalse(livingRoom.isOpenOn(LocalDate.of(2018, 8, 31)));
    }

    @Test
    @DisplayName("without an opening date has always been open until it closed")
    void noOpeningDate() {
        Place shelter = Place.validate(
                        PlaceId.of("shelter-centrum"),
                        "Shelter",
                        PlaceKind.SHELTER,
                        CENTRUM,
                        Optional.empty(),
                        Optional.of(LocalDate.of(2021, 6, 30)))
                .get();
        assertTrue(shelter.isOpenOn(LocalDate.of(1990, 1, 1)));
        assertTrue(shelter.isOpenIn(ReportingPeriod.year(2021)));
        assertFalse(shelter.isOpenIn(ReportingPeriod.year(2022)));
    }

    @Test
    @DisplayName("rejects a closing date before its opening date")
    void rejectsClosedBeforeOpened() {
        var result = Place.validate(
                PlaceId.of("playground-oost"),
                "Playground",
                PlaceKind.PLAYGROUND,
                CENTRUM,
                Optional.of(LocalDate.of(2019, 5, 1)),
                Optional.of(LocalDate.of(2019, 4, 30)));
        assertEquals(Place.CLOSED_BEFORE_OPENED, result.getError().single().rule());
        assertEquals("closed", result.getError().single().field());
    }

    @Test
    @DisplayName("rejects a blank name, together with any other broken rule")
    void rejectsBlankName() {
        var result = Place.validate(
                PlaceId.of("x"),
                "",
                PlaceKind.OTHER,
                CENTRUM,
                Optional.of(LocalDate.of(2019, 5, 1)),
                Optional.of(LocalDate.of(2019, 4, 30)));
        assertEquals(
                List.of(Place.NAME_BLANK, Place.CLOSED_BEFORE_OPENED),
                result.getError().map(Violation::rule));
    }
}
