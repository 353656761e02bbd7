package nl.welfare.adapters.files.results;

import static nl.welfare.adapters.files.results.Outputs.crlf;
import static nl.welfare.adapters.files.results.Outputs.written;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.welfare.domain.time.ReportingPeriod;
import nl.welfare.indicators.definition.IndicatorId;
import nl.welfare.indicators.disclosure.DisclosureRules;
import nl.welfare.indicators.engine.IndicatorResult;
import nl.welfare.indicators.engine.IndicatorTable;
import nl.welfare.indicators.engine.ResultStatus;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The tidy results CSV")
class TidyCsvTest {

    private static final String HEADER =
            "indicator,area_code,area_level,period,status,numerator,denominator,sample_size,"
                    + "value,ci_low,ci_high,target,assessment,baseline_period,change,change_ci_low,change_ci_high,trend,"
                    + "benchmark_area,benchmark_comparison,comparison_method";

    @Test
    @DisplayName("has exactly the columns of the results table, in order")
    void header() {
        assertEquals(
                HEADER,
                Stream.of(ResultColumn.values()).map(ResultColumn::header).collect(Collectors.joining(",")));
        assertEquals(
                crlf(HEADER), written(IndicatorTable.of(List.of(), DisclosureRules.standard()), ResultsFormat.CSV));
    }

    @Test
    @DisplayName("writes one row per result: counts, shares, rates, ratios and means, suppressed and without data")
    void rows() {
        assertEquals(
                crlf(
                        HEADER,
                        "volunteers,GM0153,municipality,2019,OK,412,,412,412,,,,,2018,37,,,IMPROVED,,NOT_COMPARED,",
                        "feels-safe,WK015301,district,2019-Q2,OK,163.5,210.25,214,0.7776,0.7131,0.8305,0.8,INCONCLUSIVE,"
                                + "2018-Q2,0.05,-0.0125,0.1124,NO_SIGNIFICANT_CHANGE,GM0153,SIMILAR,NON_OVERLAPPING_INTERVALS",
                        "feels-safe,BU01530101,neighbourhood,2019-Q2,SUPPRESSED,,,,,,,0.8,NOT_ASSESSABLE,2018-Q2,,,,,"
                                + "GM0153,NOT_COMPARED,",
                        "individual-support-per-1000,GM0153,municipality,2018/2022,OK,1234,159703,1234,7.7268,7.3,8.17"
                                + ",,,,,,,,,NOT_COMPARED,",
                        "collective-to-individual-ratio,oost,borough,2019-03,OK,3,250000,250003,0.000012,0.0000025,"
                                + "0.000035,,,,,,,,,NOT_COMPARED,",
                        "collective-provisions-offered,WK015302,district,2019-03,NO_DATA,,,,,,,,,,,,,,,NOT_COMPARED,",
                        "pleasant-to-live-mean,GM0153,municipality,2019-03-14/2019-05-01,OK,7391.5,1000,1003,7.3915,"
                                + "7.25,7.533,,,,,,,,,NOT_COMPARED,"),
                written(ExampleTables.standard(), ResultsFormat.CSV));
    }

    @Test
    @DisplayName("says in every row, without a comment line, when disclosure control was turned off")
    void disclosureMarker() {
        String[] standard = written(ExampleTables.standard(), ResultsFormat.CSV).split("\r\n");
        String[] none = written(ExampleTables.withoutDisclosureControl(), ResultsFormat.CSV)
                .split("\r\n");
        assertEquals(standard.length, none.length);
        assertEquals(standard[0] + ",disclosure_control", none[0]);
        for (int i = 1; i < standard.length; i++) {
            assertEquals(standard[i] + ",NONE", none[i]);
        }
    }

    @Test
    @DisplayName("quotes a field with a comma or a double quote, as RFC 4180 has it")
    void quoting() {
        IndicatorResult odd = IndicatorResult.withoutNumbers(
                IndicatorId.of("volunteers"),
                "oost, \"centrum\"",
                "stadsdeel",
                ReportingPeriod.year(2020),
                ResultStatus.NO_DATA);
        assertEquals(
                crlf(HEADER, "volunteers,\"oost, \"\"centrum\"\"\",stadsdeel,2020,NO_DATA,,,,,,,,,,,,,,,NOT_COMPARED,"),
                written(IndicatorTable.of(List.of(odd), DisclosureRules.standard()), ResultsFormat.CSV));
    }
}
