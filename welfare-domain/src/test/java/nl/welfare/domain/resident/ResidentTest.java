package nl.welfare.domain.resident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Year;
import java.util.Optional;
import nl.welfare.domain.area.AreaCode;
import nl.welfare.domain.value.InvalidValueException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("A resident")
class ResidentTest {

    private static final ResidentId ID = ResidentId.of("r-7f3a9c");
    private static final AreaCode AREA = AreaCode.of("BU01530000");

    @Test
    @DisplayName("is a pseudonym, an area and at most a birth year")
    void fields() {
        Resident r = Resident.validate(ID, AREA, Optional.of(Year.of(1968))).get();
        assertEquals(ID, r.id());
        assertEquals(AREA, r.area());
        assertEquals(Optional.of(Year.of(1968)), r.birthYear());
        assertEquals(Optional.empty(), Resident.of(ID, AREA).birthYear());
    }

    @ParameterizedTest
    @ValueSource(ints = {1900, 2100})
    @DisplayName("accepts the birth years at both ends of the range")
    void acceptsEdges(int year) {
        assertTrue(Resident.validate(ID, AREA, Optional.of(Year.of(year))).isValid());
    }

    @ParameterizedTest
    @ValueSource(ints = {1899, 2101, 0, -5})
    @DisplayName("rejects a birth year outside 1900-2100 with the birth year rule, in field birth_year")
    void rejectsBirthYear(int year) {
        var result = Resident.validate(ID, AREA, Optional.of(Year.of(year)));
        assertEquals(Resident.BIRTH_YEAR_RANGE, result.getError().single().rule());
        assertEquals("birth_year", result.getError().single().field());
        assertThrows(
                InvalidValueException.class,
                () -> Resident.builder()
                        .id(ID)
                        .area(AREA)
                        .birthYear(Year.of(year))
                        .build());
    }
}
