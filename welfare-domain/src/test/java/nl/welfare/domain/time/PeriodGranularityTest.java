package nl.welfare.domain.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("A period granularity")
class PeriodGranularityTest {

    @Test
    @DisplayName("parses from the word the command line uses")
    void parses() {
        for (PeriodGranularity g : PeriodGranularity.values()) {
            assertEquals(g, PeriodGranularity.parse(g.code()).get());
        }
        assertEquals(3, PeriodGranularity.parse("Quarter").get().months());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "week", "2019"})
    @DisplayName("rejects a word that names no granularity")
    void rejectsUnknown(String text) {
        assertEquals(
                PeriodGranularity.KNOWN,
                PeriodGranularity.parse(text).getError().single().rule());
    }
}
