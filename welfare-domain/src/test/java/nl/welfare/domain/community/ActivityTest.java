package nl.welfare.domain.community;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import nl.welfare.domain.area.AreaCode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("An activity")
class ActivityTest {

    @Test
    @DisplayName("may belong to an initiative and take place at a place")
    void belongs() {
        Activity walk = Activity.builder()
                .id(ActivityId.of("walk-tuesday"))
                .name("Tuesday walk")
                .area(AreaCode.of("BU01530100"))
                .initiativeId(InitiativeId.of("buren-voor-buren"))
                .placeId(PlaceId.of("deppenbroek-living-room"))
                .build();
        assertEquals(Optional.of(InitiativeId.of("buren-voor-buren")), walk.initiativeId());
        assertEquals(Optional.empty(), walk.theme());
        assertTrue(Activity.of(ActivityId.of("chores"), "Chores for neighbours", AreaCode.of("BU01530000"))
                .initiativeId()
                .isEmpty());
    }

    @Test
    @DisplayName("rejects a blank name")
    void rejectsBlankName() {
        var result = Activity.validate(
                ActivityId.of("walk-tuesday"),
                "  ",
                AreaCode.of("BU01530100"),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
        assertEquals(Activity.NAME_BLANK, result.getError().single().rule());
        assertEquals("name", result.getError().single().field());
    }
}
