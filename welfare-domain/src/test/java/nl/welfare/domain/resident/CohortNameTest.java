package nl.welfare.domain.resident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import nl.welfare.domain.value.InvalidValueException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("A cohort name")
class CohortNameTest {

    @ParameterizedTest
    @ValueSource(strings = {"shelter-pilot", "pilot", "centrum-2019", "2019-a"})
    @DisplayName("is a kebab-case word that prints as its text")
    void kebab(String text) {
        assertEquals(text, CohortName.parse(text).get().toString());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"", "Shelter-pilot", "shelter pilot", "shelter_pilot", "-pilot", "pilot-", "shelter--pilot", "é"
            })
    @DisplayName("rejects text that is not kebab-case with the format rule, in field cohort")
    void rejectsMalformed(String text) {
        var result = CohortName.parse(text);
        assertEquals(CohortName.FORMAT, result.getError().single().rule());
        assertEquals("cohort", result.getError().single().field());
        assertThrows(InvalidValueException.class, () -> CohortName.of(text));
    }

    @Test
    @DisplayName("rejects a name longer than 64 characters")
    void rejectsTooLong() {
        assertEquals(
                CohortName.FORMAT,
                CohortName.parse("a".repeat(65)).getError().single().rule());
        assertEquals("a".repeat(64), CohortName.of("a".repeat(64)).value());
    }
}
