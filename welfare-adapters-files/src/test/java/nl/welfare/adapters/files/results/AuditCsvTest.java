package nl.welfare.adapters.files.results;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import nl.welfare.indicators.disclosure.AuditRecord;
import nl.welfare.indicators.disclosure.CellKey;
import nl.welfare.indicators.disclosure.QuantityKey;
import nl.welfare.indicators.disclosure.QuantityRange;
import nl.welfare.indicators.disclosure.SuppressionReason;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The disclosure audit as CSV")
class AuditCsvTest {

    @Test
    @DisplayName("writes one record per audited quantity, one for a cell without any, and Inf for no upper bound")
    void records() throws IOException {
        CellKey small = CellKey.of("feels-safe", "BU01530001", "2022");
        QuantityKey respondents = QuantityKey.of("survey_responses where question = vl01", "BU01530001", "2022");
        CellKey shared = CellKey.of("loneliness", "BU01530001", "2022");
        List<AuditRecord> audit = List.of(
                AuditRecord.of(
                        small,
                        SuppressionReason.PRIMARY_BELOW_MINIMUM,
                        "6 respondents, below the minimum of 10",
                        List.of(
                                QuantityRange.of("count", respondents, 6, 0, 18, true),
                                QuantityRange.of("numerator", respondents, 4, 0, Double.POSITIVE_INFINITY, false)),
                        false),
                AuditRecord.of(
                        shared, SuppressionReason.SHARED_COUNT, "publishes the count of " + small, List.of(), true));
        StringWriter out = new StringWriter();
        AuditCsv.write(audit, out);
        assertEquals(
                String.join(",", AuditCsv.HEADER) + "\r\n"
                        + "feels-safe,BU01530001,2022,PRIMARY_BELOW_MINIMUM,\"6 respondents, below the minimum of 10\","
                        + "false,count,survey_responses where question = vl01 @ BU01530001 2022,6,0,18,true\r\n"
                        + "feels-safe,BU01530001,2022,PRIMARY_BELOW_MINIMUM,\"6 respondents, below the minimum of 10\","
                        + "false,numerator,survey_responses where question = vl01 @ BU01530001 2022,4,0,Inf,false\r\n"
                        + "loneliness,BU01530001,2022,SHARED_COUNT,publishes the count of " + small
                        + ",true,,,,,,\r\n",
                out.toString());
    }
}
