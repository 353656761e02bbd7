package nl.welfare.domain.area;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.HashSet;
import java.util.List;
import nl.welfare.domain.value.InvalidValueException;
import nl.welfare.domain.value.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("An area group")
class AreaGroupTest {

    private static final AreaCode CITY = AreaCode.of("BU01530000");
    private static final AreaCode LASONDER = AreaCode.of("BU01530001");

    @Test
    @DisplayName("holds its neighbourhoods by code")
    void members() {
        AreaGroup centrum = AreaGroup.of("CENTRUM", "Centrum", List.of(LASONDER, CITY, LASONDER));
        assertEquals(List.of(CITY, LASONDER), List.copyOf(centrum.members()));
        assertTrue(centrum.contains(CITY));
        assertFalse(centrum.contains(AreaCode.of("BU01530100")));
        assertEquals(
                centrum,
                AreaGroup.validate("CENTRUM", "Centrum", List.of(CITY, LASONDER))
                        .get());
        assertTrue(AreaGroup.validate("NOORD-1_B", "Noord", List.of(CITY)).isValid());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "centrum", "CEN TRUM", "CENTRUM!", "ÉÉN"})
    @DisplayName("rejects a code that is not upper-case letters, digits, '_' or '-'")
    void codeFormat(String code) {
        var result = AreaGroup.validate(code, "Centrum", List.of(CITY));
        AreaTest.assertBreaks(result, AreaGroup.CODE_FORMAT, "group_code");
    }

    @Test
    @DisplayName("rejects a code longer than 64 characters")
    void codeTooLong() {
        AreaTest.assertBreaks(
                AreaGroup.validate("C".repeat(65), "Centrum", List.of(CITY)), AreaGroup.CODE_FORMAT, "group_code");
    }

    @Test
    @DisplayName("rejects a blank name")
    void nameBlank() {
        AreaTest.assertBreaks(AreaGroup.validate("CENTRUM", "  ", List.of(CITY)), AreaGroup.NAME_BLANK, "group_name");
    }

    @Test
    @DisplayName("rejects a group without members, naming the group")
    void empty() {
        var result = AreaGroup.validate("CENTRUM", "Centrum", List.of());
        AreaTest.assertBreaks(result, AreaGroup.EMPTY, "area_code");
        assertEquals("CENTRUM", result.getError().single().rejectedValue());
    }

    @Test
    @DisplayName("rejects a member that is not a neighbourhood, naming it")
    void notANeighbourhood() {
        var result = AreaGroup.validate("CENTRUM", "Centrum", List.of(CITY, AreaCode.of("WK015300")));
        AreaTest.assertBreaks(result, AreaGroup.NOT_A_NEIGHBOURHOOD, "area_code");
        assertEquals("WK015300", result.getError().single().rejectedValue());
    }

    @Test
    @DisplayName("reports every broken rule at once, and its builder throws them")
    void everyRuleAtOnce() {
        var result = AreaGroup.validate("x", "", List.of());
        assertEquals(
                HashSet.of(AreaGroup.CODE_FORMAT, AreaGroup.NAME_BLANK, AreaGroup.EMPTY),
                result.getError().map(Violation::rule).toSet());
        assertThrows(
                InvalidValueException.class,
                () -> AreaGroup.builder()
                        .code("CENTRUM")
                        .name("Centrum")
                        .addMember(AreaCode.of("GM0153"))
                        .build());
    }
}
