package nl.welfare.domain.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("A question code")
class QuestionCodeTest {

    @Test
    @DisplayName("prints as its text, parses back and orders by text")
    void roundTrip() {
        QuestionCode wl04 = QuestionCode.of("wl04");
        assertEquals("wl04", wl04.toString());
        assertEquals(wl04, QuestionCode.parse("wl04").get());
        assertTrue(QuestionCode.of("wl01").compareTo(wl04) < 0);
        assertTrue(QuestionCode.parse("q").isValid());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "WL04", "01wl", "wl-04", "wl 04", " wl04", "abcdefghijklmnopqrstuvwxyz0123456"})
    @DisplayName("rejects anything but lower-case letters and digits starting with a letter")
    void rejectsMalformed(String text) {
        var result = QuestionCode.parse(text);
        assertEquals(QuestionCode.FORMAT, result.getError().single().rule());
        assertEquals("question", result.getError().single().field());
    }
}
