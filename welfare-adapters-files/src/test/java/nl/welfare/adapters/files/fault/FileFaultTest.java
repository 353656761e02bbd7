package nl.welfare.adapters.files.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.List;
import java.util.Optional;
import nl.welfare.domain.resident.ParticipationRung;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A file fault")
class FileFaultTest {

    private static final Rule BAD_DATE = Rule.of("test.bad-date", "must be an ISO date (yyyy-mm-dd)");

    @Test
    @DisplayName("names its place first, then the rule, the rejected text and the rule's id")
    void message() {
        assertEquals(
                "participations.csv, line 12, column 4 (date): must be an ISO date (yyyy-mm-dd), rejected: 2019-13-01"
                        + " [test.bad-date]",
                FileFault.at("participations.csv", 12, 4, "date", BAD_DATE, "2019-13-01")
                        .message());
        assertEquals(
                "datapackage.json: must be an ISO date (yyyy-mm-dd), rejected: (empty) [test.bad-date]",
                FileFault.inFile("datapackage.json", BAD_DATE, "").message());
        assertEquals(
                "warning: a.csv, line 3: must be an ISO date (yyyy-mm-dd), rejected: x [test.bad-date]",
                FileFault.atLine("a.csv", 3, BAD_DATE, "x").asWarning().message());
    }

    @Test
    @DisplayName("takes its field and rule from a value's violation")
    void fromViolation() {
        FileFault fault = FileFault.of(
                "ladder_assessments.csv", 7, Optional.of(3), Violation.of("rung", ParticipationRung.IN_RANGE, 7));
        assertEquals(Optional.of("rung"), fault.field());
        assertEquals(ParticipationRung.IN_RANGE, fault.rule());
        assertEquals(Optional.of("7"), fault.rejected());
        assertTrue(fault.isError());
        assertFalse(fault.asWarning().isError());
    }

    @Test
    @DisplayName("an exception lists every fault, and at most the first fifty in its message")
    void exception() {
        List<FileFault> many = List.range(1, 61).map(l -> FileFault.atLine("a.csv", l, BAD_DATE, "x"));
        FileFaultException e = new FileFaultException(many);
        assertEquals(60, e.faults().size());
        assertTrue(e.getMessage().startsWith("60 faults:\na.csv, line 1:"));
        assertTrue(e.getMessage().endsWith("... and 10 more"));
        assertThrows(IllegalArgumentException.class, () -> new FileFaultException(List.empty()));
    }
}
