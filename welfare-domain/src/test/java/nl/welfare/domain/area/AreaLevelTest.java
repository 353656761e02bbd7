package nl.welfare.domain.area;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vavr.control.Option;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("An area level")
class AreaLevelTest {

    @Test
    @DisplayName("parses from the word files use, and steps up and down the tree")
    void parsesAndSteps() {
        for (AreaLevel level : AreaLevel.values()) {
            assertEquals(level, AreaLevel.parse(level.code()).get());
        }
        assertEquals(AreaLevel.DISTRICT, AreaLevel.parse(" District ").get());
        assertEquals(Option.some(AreaLevel.MUNICIPALITY), AreaLevel.DISTRICT.parent());
        assertEquals(Option.none(), AreaLevel.NEIGHBOURHOOD.child());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "wijk", "borough", "neighborhood"})
    @DisplayName("rejects a word that names no level")
    void rejectsUnknown(String text) {
        var error = AreaLevel.parse(text).getError().single();
        assertEquals(AreaLevel.KNOWN, error.rule());
        assertEquals("level", error.field());
    }
}
