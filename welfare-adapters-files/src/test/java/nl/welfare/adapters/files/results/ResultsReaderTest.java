package nl.welfare.adapters.files.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.Seq;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.welfare.adapters.files.fault.FileFault;
import nl.welfare.adapters.files.fault.FileFaultException;
import nl.welfare.domain.time.ReportingPeriod;
import nl.welfare.domain.value.Rule;
import nl.welfare.indicators.definition.IndicatorId;
import nl.welfare.indicators.engine.ImmutableIndicatorResult;
import nl.welfare.indicators.engine.IndicatorResult;
import nl.welfare.indicators.engine.ResultStatus;
import nl.welfare.indicators.stats.Interval;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The results reader")
class ResultsReaderTest {

    private static final String HEADER = "indicator,area_code,area_level,period,status,numerator,denominator,"
            + "sample_size,value,ci_low,ci_high,target,assessment,baseline_period,change,change_ci_low,change_ci_high,"
            + "trend";

    private static Path resource(String name) {
        try {
            return Path.of(Objects.requireNonNull(ResultsReaderTest.class.getResource("/results/" + name))
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Seq<IndicatorResult> read(String csv) {
        try {
            return ResultsReader.read(new StringReader(csv), "results.csv");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Seq<FileFault> faults(String csv) {
        return assertThrows(FileFaultException.class, () -> read(csv)).faults();
    }

    /** The one fault of a file with one row after the header. */
    private static FileFault faultOf(String row) {
        Seq<FileFault> faults = faults(HEADER + "\n" + row + "\n");
        assertEquals(1, faults.size(), faults::toString);
        return faults.head();
    }

    private static void assertFault(FileFault fault, Rule rule, long line, int column, String field) {
        assertEquals(rule, fault.rule(), fault::message);
        assertEquals(Optional.of(line), fault.line(), fault::message);
        assertEquals(Optional.of(column), fault.column(), fault::message);
        assertEquals(Optional.of(field), fault.field(), fault::message);
    }

    @Test
    @DisplayName("reads past the labels and the disclosure marker, and refuses any other extra column")
    void extraColumns() {
        ResultLabels labels = ResultLabels.of(
                List.of(nl.welfare.indicators.catalogue.ReferenceCatalogue.FEELS_SAFE),
                nl.welfare.domain.area.AreaHierarchy.of(Optional.empty(), List.of()),
                List.of());
        String written = Outputs.written(
                ExampleTables.withoutDisclosureControl(), ResultsFormat.CSV, ResultsOptions.PLAIN.withLabels(labels));
        assertTrue(written.startsWith(String.join(
                        ",",
                        java.util.stream.Stream.of(ResultColumn.values())
                                .map(ResultColumn::header)
                                .toList())
                + ",indicator_name,unit,polarity,area_name,disclosure_control\r\n"));
        assertEquals(ExampleTables.ROWS, read(written).asJava());
        String odd = written.replaceFirst("area_name", "remarks");
        FileFaultException e = assertThrows(FileFaultException.class, () -> read(odd));
        assertEquals(ResultsReader.HEADER, e.faults().head().rule());
    }

    @Test
    @DisplayName("reads back exactly what the writer wrote")
    void roundTrip() {
        assertEquals(
                ExampleTables.ROWS,
                read(Outputs.written(ExampleTables.standard(), ResultsFormat.CSV))
                        .asJava());
    }

    @Test
    @DisplayName("reads a file of format 1.0 as pandas writes it back: byte order mark, LF, 412.0 and 1.2e-05")
    void pandas() throws IOException {
        Seq<IndicatorResult> results = ResultsReader.readFile(resource("pandas-edited.csv"));
        // format 1.0 has no comparison with the benchmark: not compared, no benchmark area
        assertEquals(
                List.of(
                        ExampleTables.VOLUNTEERS,
                        ImmutableIndicatorResult.copyOf(ExampleTables.FEELS_SAFE_SUPPRESSED)
                                .withBenchmarkArea(Optional.empty())),
                results.take(2).asJava());
        IndicatorResult ratio = results.get(2);
        assertEquals(Optional.of(250003L), ratio.sampleSize());
        assertEquals(Optional.of(0.000012), ratio.value());
        assertEquals(Optional.of(Interval.of(0.0000025, 0.000035)), ratio.interval());
    }

    @Test
    @DisplayName("lists every fault of a file at once, each with its line, column and rule, and reads nothing")
    void everyFault() throws IOException {
        FileFaultException e =
                assertThrows(FileFaultException.class, () -> ResultsReader.readFile(resource("faults.csv")));
        Seq<FileFault> faults = e.faults();
        assertEquals(11, faults.size(), e::getMessage);
        assertFault(faults.get(0), IndicatorId.FORMAT, 2, 1, "indicator");
        assertFault(faults.get(1), ResultsReader.REQUIRED, 3, 2, "area_code");
        assertFault(faults.get(2), ReportingPeriod.FORMAT, 3, 4, "period");
        assertFault(faults.get(3), ResultStatus.KNOWN, 3, 5, "status");
        assertFault(faults.get(4), ResultsReader.NUMBER, 4, 6, "numerator");
        assertEquals(Optional.of("163,5"), faults.get(4).rejected());
        assertFault(faults.get(5), ResultsReader.WHOLE_NUMBER, 4, 8, "sample_size");
        assertFault(faults.get(6), ResultsReader.INTERVAL_BOUNDS, 4, 10, "ci_low");
        assertFault(faults.get(7), Interval.LOWER_ABOVE_UPPER, 4, 16, "change_ci_low");
        assertFault(faults.get(8), IndicatorResult.NUMBERS_WITHOUT_DATA, 5, 5, "status");
        assertEquals(ResultsReader.FIELD_COUNT, faults.get(9).rule());
        assertEquals(Optional.of(6L), faults.get(9).line());
        assertEquals(Optional.empty(), faults.get(9).column());
        assertFault(faults.get(10), ResultsReader.NUMBER, 7, 9, "value");
        assertTrue(e.getMessage().startsWith("11 faults:\nfaults.csv, line 2, column 1 (indicator):"), e::getMessage);
    }

    @Test
    @DisplayName("breaks results-reader.header for columns in another order, missing, extra, or no header at all")
    void header() {
        assertEquals(
                ResultsReader.HEADER,
                faults(HEADER.replace("period,status", "status,period"))
                        .single()
                        .rule());
        assertEquals(
                ResultsReader.HEADER,
                faults(HEADER.replace(",trend", "")).single().rule());
        assertEquals(ResultsReader.HEADER, faults(HEADER + ",note").single().rule());
        assertEquals(ResultsReader.HEADER, faults("").single().rule());
        assertEquals(0, read(HEADER + "\r\n").size());
    }

    @Test
    @DisplayName("breaks results-reader.field-count for a row with fields missing or extra")
    void fieldCount() {
        FileFault fault = faultOf("volunteers,GM0153,municipality,2019,NO_DATA,,,,,,,,,,,,,,");
        assertEquals(ResultsReader.FIELD_COUNT, fault.rule());
        assertEquals(Optional.of("19 fields, the header has 18"), fault.rejected());
    }

    @Test
    @DisplayName("breaks results-reader.required for an empty indicator, area, level, period or status")
    void required() {
        assertFault(
                faultOf(",GM0153,municipality,2019,NO_DATA,,,,,,,,,,,,,"), ResultsReader.REQUIRED, 2, 1, "indicator");
        assertFault(
                faultOf("volunteers,GM0153,,2019,NO_DATA,,,,,,,,,,,,,"), ResultsReader.REQUIRED, 2, 3, "area_level");
        assertFault(
                faultOf("volunteers,GM0153,municipality,2019,,,,,,,,,,,,,,"), ResultsReader.REQUIRED, 2, 5, "status");
    }

    @Test
    @DisplayName("breaks results-reader.number for a decimal comma, NaN, an infinity or a Java suffix")
    void number() {
        for (String bad : List.of("\"0,8\"", "NaN", "Infinity", "1e400", "0.8d", "0x1p3", "eight", "1.2.3")) {
            FileFault fault = faultOf("volunteers,GM0153,municipality,2019,NO_DATA,,,,,,," + bad + ",ACHIEVED,,,,,");
            assertFault(fault, ResultsReader.NUMBER, 2, 12, "target");
        }
        IndicatorResult ok = read(HEADER + "\nvolunteers,GM0153,municipality,2019,NO_DATA,,,,,,,+.5E1,ACHIEVED,,,,,\n")
                .single();
        assertEquals(Optional.of(5.0), ok.target());
    }

    @Test
    @DisplayName("breaks results-reader.whole-number for a sample size with a fraction, and reads 412.0 as 412")
    void wholeNumber() {
        assertFault(
                faultOf("volunteers,GM0153,municipality,2019,OK,,,12.5,12,,,,,,,,,"),
                ResultsReader.WHOLE_NUMBER,
                2,
                8,
                "sample_size");
        assertEquals(
                Optional.of(9007199254740993L),
                read(HEADER + "\nvolunteers,GM0153,municipality,2019,OK,,,9007199254740993,12,,,,,,,,,\n")
                        .single()
                        .sampleSize());
        // found by the round-trip property: the largest sample size is no double below 2^63
        assertEquals(
                Optional.of(Long.MAX_VALUE),
                read(HEADER + "\nvolunteers,GM0153,municipality,2019,OK,,,9223372036854775807,12,,,,,,,,,\n")
                        .single()
                        .sampleSize());
        assertFault(
                faultOf("volunteers,GM0153,municipality,2019,OK,,,9223372036854775808,12,,,,,,,,,"),
                ResultsReader.WHOLE_NUMBER,
                2,
                8,
                "sample_size");
    }

    @Test
    @DisplayName("breaks results-reader.interval-bounds for one bound of an interval without the other")
    void intervalBounds() {
        assertFault(
                faultOf("feels-safe,GM0153,municipality,2019,OK,,,12,0.5,,0.7,,,,,,,"),
                ResultsReader.INTERVAL_BOUNDS,
                2,
                11,
                "ci_high");
        assertFault(
                faultOf("feels-safe,GM0153,municipality,2019,OK,,,12,0.5,,,,,2018,0.1,0.05,,"),
                ResultsReader.INTERVAL_BOUNDS,
                2,
                16,
                "change_ci_low");
    }

    @Test
    @DisplayName("breaks results-reader.bad-quoting for a quote that is never closed")
    void quoting() {
        Seq<FileFault> faults = faults(HEADER + "\nvolunteers,\"GM0153,municipality,2019,NO_DATA,,,,,,,,,,,,,\n");
        assertEquals(ResultsReader.BAD_QUOTING, faults.last().rule());
    }

    @Test
    @DisplayName("reports a result's own rules at the column they concern")
    void resultRules() {
        assertFault(
                faultOf("volunteers,GM0153,municipality,2019,OK,12,,,,,,,,,,,,"),
                IndicatorResult.OK_WITHOUT_VALUE,
                2,
                9,
                "value");
        assertFault(
                faultOf("volunteers,GM0153,municipality,2019,NO_DATA,,,,,,,0.8,,,,,,"),
                IndicatorResult.ASSESSMENT_WITHOUT_TARGET,
                2,
                13,
                "assessment");
        assertFault(
                faultOf("volunteers,GM0153,municipality,2019,OK,,,-1,3,,,,,,,,,"),
                IndicatorResult.SAMPLE_SIZE_NEGATIVE,
                2,
                8,
                "sample_size");
    }
}
