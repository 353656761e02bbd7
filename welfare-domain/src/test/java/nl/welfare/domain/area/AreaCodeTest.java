package nl.welfare.domain.area;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import io.vavr.control.Option;
import nl.welfare.domain.value.InvalidValueException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("An area code")
class AreaCodeTest {

    @Test
    @DisplayName("knows its level and its parent's code at every level")
    void knowsLevelAndParent() {
        assertEquals(AreaLevel.COUNTRY, AreaCode.of("NL00").level());
        assertEquals(Option.none(), AreaCode.of("NL00").parent());
        assertEquals(Option.some(AreaCode.NETHERLANDS), AreaCode.of("GM0153").parent());
        assertEquals(Option.some(AreaCode.of("GM0153")), AreaCode.of("WK015300").parent());
        assertEquals(
                Option.some(AreaCode.of("WK015300")), AreaCode.of("BU01530000").parent());
        assertEquals(AreaLevel.NEIGHBOURHOOD, AreaCode.of("BU01530000").level());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"", "NL01", "GM153", "GM01530", "WK0153", "BU015300", "gm0153", "GM01a3", " GM0153", "XX0153"})
    @DisplayName("rejects text that is not a CBS code, naming the rule")
    void rejectsMalformed(String text) {
        var result = AreaCode.parse(text);
        assertTrue(result.isInvalid());
        assertEquals(AreaCode.FORMAT, result.getError().single().rule());
        assertEquals(text, result.getError().single().rejectedValue());
        assertThrows(InvalidValueException.class, () -> AreaCode.of(text));
    }

    @Test
    @DisplayName("parses back from its text, and lies below exactly the codes on its path")
    void roundTripsAndPaths() {
        qt().forAll(
                        integers().between(0, 9999),
                        integers().between(0, 99),
                        integers().between(0, 99))
                .checkAssert((gm, wk, bu) -> {
                    String gmDigits = String.format("%04d", gm);
                    AreaCode neighbourhood = AreaCode.of("BU" + gmDigits + String.format("%02d%02d", wk, bu));
                    assertEquals(
                            neighbourhood,
                            AreaCode.parse(neighbourhood.toString()).get());
                    AreaCode district = neighbourhood.parent().get();
                    AreaCode municipality = district.parent().get();
                    assertTrue(neighbourhood.isBelow(district));
                    assertTrue(neighbourhood.isBelow(municipality));
                    assertTrue(neighbourhood.isBelow(AreaCode.NETHERLANDS));
                    assertFalse(district.isBelow(neighbourhood));
                    assertFalse(neighbourhood.isBelow(neighbourhood));
                    assertEquals(AreaCode.NETHERLANDS, municipality.parent().get());
                });
    }

    @Test
    @DisplayName("is never parsed from arbitrary text unless it is well formed")
    void arbitraryText() {
        qt().forAll(strings().allPossible().ofLengthBetween(0, 12))
                .checkAssert(text -> assertEquals(
                        AreaCode.isWellFormed(text), AreaCode.parse(text).isValid()));
    }
}
