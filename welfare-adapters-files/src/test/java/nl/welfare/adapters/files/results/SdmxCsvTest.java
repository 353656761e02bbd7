package nl.welfare.adapters.files.results;

import static nl.welfare.adapters.files.results.Outputs.crlf;
import static nl.welfare.adapters.files.results.Outputs.written;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import nl.welfare.domain.time.ReportingPeriod;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The results as SDMX-CSV 2.0")
class SdmxCsvTest {

    private static final String HEADER = "STRUCTURE,STRUCTURE_ID,ACTION,INDICATOR,REF_AREA,TIME_PERIOD,OBS_VALUE,"
            + "OBS_STATUS,CONF_STATUS,AREA_LEVEL,NUMERATOR,DENOMINATOR,SAMPLE_SIZE,CI_LOW,CI_HIGH,TARGET,ASSESSMENT,"
            + "BASELINE_PERIOD,CHANGE,CHANGE_CI_LOW,CHANGE_CI_HIGH,TREND,BENCHMARK_AREA,BENCHMARK_COMPARISON,"
            + "COMPARISON_METHOD";

    private static final String FLOW = "dataflow,WELFARE:DF_INDICATORS(1.1.0),I,";

    @Test
    @DisplayName("writes one observation per result, with status codes and no number of a suppressed cell")
    void rows() {
        assertEquals(
                crlf(
                        HEADER,
                        FLOW
                                + "volunteers,GM0153,2019,412,A,F,municipality,412,,412,,,,,2018,37,,,IMPROVED,,NOT_COMPARED,",
                        FLOW + "feels-safe,WK015301,2019-Q2,0.7776,A,F,district,163.5,210.25,214,0.7131,0.8305,0.8,"
                                + "INCONCLUSIVE,2018-Q2,0.05,-0.0125,0.1124,NO_SIGNIFICANT_CHANGE,GM0153,SIMILAR,"
                                + "NON_OVERLAPPING_INTERVALS",
                        FLOW
                                + "feels-safe,BU01530101,2019-Q2,,Q,C,neighbourhood,,,,,,0.8,NOT_ASSESSABLE,2018-Q2,,,,,GM0153,NOT_COMPARED,",
                        FLOW + "individual-support-per-1000,GM0153,2018-01-01/P5Y,7.7268,A,F,municipality,1234,159703,"
                                + "1234,7.3,8.17,,,,,,,,,NOT_COMPARED,",
                        FLOW + "collective-to-individual-ratio,oost,2019-03,0.000012,A,F,borough,3,250000,250003,"
                                + "0.0000025,0.000035,,,,,,,,,NOT_COMPARED,",
                        FLOW
                                + "collective-provisions-offered,WK015302,2019-03,,O,F,district,,,,,,,,,,,,,,NOT_COMPARED,",
                        FLOW + "pleasant-to-live-mean,GM0153,2019-03-14/P49D,7.3915,A,F,municipality,7391.5,1000,1003,"
                                + "7.25,7.533,,,,,,,,,NOT_COMPARED,"),
                written(ExampleTables.standard(), ResultsFormat.SDMX_CSV));
    }

    @Test
    @DisplayName("marks every published row N (not for publication) when disclosure control was turned off")
    void withoutDisclosureControl() {
        String[] lines = written(ExampleTables.withoutDisclosureControl(), ResultsFormat.SDMX_CSV)
                .split("\r\n");
        assertEquals(1 + ExampleTables.ROWS.size(), lines.length);
        assertEquals(
                FLOW + "volunteers,GM0153,2019,412,A,N,municipality,412,,412,,,,,2018,37,,,IMPROVED,,NOT_COMPARED,",
                lines[1]);
        assertEquals(
                FLOW + "collective-provisions-offered,WK015302,2019-03,,O,N,district,,,,,,,,,,,,,,NOT_COMPARED,",
                lines[6]);
        // a suppressed cell stays confidential whatever the table says
        assertEquals(
                FLOW
                        + "feels-safe,BU01530101,2019-Q2,,Q,C,neighbourhood,,,,,,0.8,NOT_ASSESSABLE,2018-Q2,,,,,GM0153,NOT_COMPARED,",
                lines[3]);
    }

    @Test
    @DisplayName("gives years, quarters and months as they are, and any other period as an SDMX time range")
    void timePeriods() {
        assertEquals("2019", SdmxCsv.timePeriod(ReportingPeriod.year(2019)));
        assertEquals("2019-Q2", SdmxCsv.timePeriod(ReportingPeriod.quarter(2019, 2)));
        assertEquals("2019-03", SdmxCsv.timePeriod(ReportingPeriod.month(2019, 3)));
        assertEquals("2018-01-01/P5Y", SdmxCsv.timePeriod(ReportingPeriod.years(2018, 2022)));
        assertEquals("2019-01-01/P2Y", SdmxCsv.timePeriod(ReportingPeriod.years(2019, 2020)));
        assertEquals(
                "2019-02-01/P3M",
                SdmxCsv.timePeriod(ReportingPeriod.range(LocalDate.of(2019, 2, 1), LocalDate.of(2019, 4, 30))));
        assertEquals(
                "2019-07-01/P6M",
                SdmxCsv.timePeriod(ReportingPeriod.range(LocalDate.of(2019, 7, 1), LocalDate.of(2019, 12, 31))));
        assertEquals(
                "2019-03-14/P49D",
                SdmxCsv.timePeriod(ReportingPeriod.range(LocalDate.of(2019, 3, 14), LocalDate.of(2019, 5, 1))));
        assertEquals(
                "2020-02-29/P1D",
                SdmxCsv.timePeriod(ReportingPeriod.range(LocalDate.of(2020, 2, 29), LocalDate.of(2020, 2, 29))));
    }
}
