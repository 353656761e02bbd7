package nl.welfare.adapters.files.results;

import static nl.welfare.adapters.files.results.Outputs.written;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.welfare.domain.time.ReportingPeriod;
import nl.welfare.indicators.disclosure.DisclosureRules;
import nl.welfare.indicators.engine.IndicatorResult;
import nl.welfare.indicators.engine.IndicatorTable;
import nl.welfare.indicators.engine.ResultStatus;
import nl.welfare.indicators.stats.Interval;
import nl.welfare.indicators.target.AssessmentOutcome;
import nl.welfare.indicators.target.ComparisonMethod;
import nl.welfare.indicators.target.Trend;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * On random tables, every format reads back with an ordinary reader (FastCSV, Jackson) to exactly the results written
 * (text for text, the same {@code double} for every number), in the exact column order, and no row that is not
 * {@code OK} carries a number of the result in any field.
 */
@DisplayName("The results writer on random tables")
class ResultsWriterProperties {

    /** A number as written: plain decimal notation, no exponent, no trailing zero of a fraction, no "-0". */
    private static final Pattern PLAIN = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]*[1-9])?");

    private static final List<String> SDMX_NUMBERS = List.of(
            "OBS_VALUE",
            "NUMERATOR",
            "DENOMINATOR",
            "SAMPLE_SIZE",
            "CI_LOW",
            "CI_HIGH",
            "CHANGE",
            "CHANGE_CI_LOW",
            "CHANGE_CI_HIGH",
            "TREND");

    private static List<CsvRecord> records(String csv) {
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(csv)) {
            return reader.stream().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The header of the tidy CSV and the JSON of {@code table}: the columns of the results table, then {@code
     * disclosure_control} when it went through none.
     */
    private static List<String> tidyHeader(IndicatorTable table) {
        List<String> names = headers(ResultColumn.values());
        if (!table.disclosure().enabled()) {
            names.add("disclosure_control");
        }
        return names;
    }

    private static List<String> headers(ResultColumn... columns) {
        List<String> names = new ArrayList<>();
        for (ResultColumn c : columns) {
            names.add(c.header());
        }
        return names;
    }

    /** The number written in {@code field} is {@code expected}, exactly; an empty field is an empty number. */
    private static void assertNumber(Optional<Double> expected, String field, String where) {
        if (expected.isEmpty()) {
            assertEquals("", field, where);
            return;
        }
        assertTrue(PLAIN.matcher(field).matches(), where + ": not plain decimal notation: " + field);
        assertEquals(expected.get().doubleValue(), Double.parseDouble(field), where);
    }

    private static void assertText(Optional<String> expected, String field, String where) {
        assertEquals(expected.orElse(""), field, where);
    }

    private static Optional<Double> lower(Optional<Interval> interval) {
        return interval.map(Interval::lower);
    }

    private static Optional<Double> upper(Optional<Interval> interval) {
        return interval.map(Interval::upper);
    }

    @Test
    @DisplayName("the tidy CSV reads back with FastCSV to the same fields, columns in order, numbers exactly")
    void tidyCsv() {
        qt().withExamples(300).forAll(ResultGenerators.tables()).checkAssert(table -> {
            List<CsvRecord> records = records(written(table, ResultsFormat.CSV));
            assertEquals(tidyHeader(table), records.get(0).getFields());
            assertEquals(table.size() + 1, records.size());
            for (int i = 0; i < table.size(); i++) {
                IndicatorResult r = table.results().get(i);
                List<String> f = records.get(i + 1).getFields();
                String at = "row " + (i + 1) + ": " + r;
                assertEquals(tidyHeader(table).size(), f.size(), at);
                assertEquals(r.indicator().value(), f.get(0), at);
                assertEquals(r.area(), f.get(1), at);
                assertEquals(r.areaLevel(), f.get(2), at);
                assertEquals(r.period(), ReportingPeriod.parse(f.get(3)).get(), at);
                assertEquals(r.status().name(), f.get(4), at);
                assertNumber(r.numerator(), f.get(5), at);
                assertNumber(r.denominator(), f.get(6), at);
                assertText(r.sampleSize().map(String::valueOf), f.get(7), at);
                assertNumber(r.value(), f.get(8), at);
                assertNumber(lower(r.interval()), f.get(9), at);
                assertNumber(upper(r.interval()), f.get(10), at);
                assertNumber(r.target(), f.get(11), at);
                assertText(r.assessment().map(AssessmentOutcome::name), f.get(12), at);
                assertText(r.baselinePeriod().map(ReportingPeriod::toString), f.get(13), at);
                assertNumber(r.change(), f.get(14), at);
                assertNumber(lower(r.changeInterval()), f.get(15), at);
                assertNumber(upper(r.changeInterval()), f.get(16), at);
                assertText(r.trend().map(Trend::name), f.get(17), at);
                assertText(r.benchmarkArea(), f.get(18), at);
                assertEquals(r.benchmarkComparison().name(), f.get(19), at);
                assertText(r.comparisonMethod().map(ComparisonMethod::name), f.get(20), at);
                if (!table.disclosure().enabled()) {
                    assertEquals("NONE", f.get(21), at);
                }
                if (r.status() != ResultStatus.OK) {
                    for (ResultColumn c : ResultColumn.values()) {
                        if (c.onlyWhenOk()) {
                            assertEquals("", f.get(c.ordinal()), at + ": " + c.header());
                        }
                    }
                }
            }
        });
    }

    @Test
    @DisplayName("SDMX-CSV reads back to the same observations, with status codes and no number of a row not OK")
    void sdmxCsv() {
        qt().withExamples(300).forAll(ResultGenerators.tables()).checkAssert(table -> {
            List<CsvRecord> records = records(written(table, ResultsFormat.SDMX_CSV));
            List<String> header = records.get(0).getFields();
            assertEquals(SdmxCsv.HEADER, header);
            assertEquals(
                    List.of("BENCHMARK_AREA", "BENCHMARK_COMPARISON", "COMPARISON_METHOD"),
                    header.subList(header.size() - 3, header.size()));
            assertEquals(table.size() + 1, records.size());
            boolean on = table.disclosure().enabled();
            for (int i = 0; i < table.size(); i++) {
                IndicatorResult r = table.results().get(i);
                List<String> f = records.get(i + 1).getFields();
                String at = "row " + (i + 1) + ": " + r;
                assertEquals(header.size(), f.size(), at);
                assertEquals(List.of("dataflow", "WELFARE:DF_INDICATORS(1.1.0)", "I"), f.subList(0, 3), at);
                assertEquals(r.indicator().value(), f.get(header.indexOf("INDICATOR")), at);
                assertEquals(r.area(), f.get(header.indexOf("REF_AREA")), at);
                assertEquals(r.areaLevel(), f.get(header.indexOf("AREA_LEVEL")), at);
                assertNumber(r.value(), f.get(header.indexOf("OBS_VALUE")), at);
                assertNumber(r.numerator(), f.get(header.indexOf("NUMERATOR")), at);
                assertNumber(r.denominator(), f.get(header.indexOf("DENOMINATOR")), at);
                assertText(r.sampleSize().map(String::valueOf), f.get(header.indexOf("SAMPLE_SIZE")), at);
                assertNumber(lower(r.interval()), f.get(header.indexOf("CI_LOW")), at);
                assertNumber(upper(r.interval()), f.get(header.indexOf("CI_HIGH")), at);
                assertNumber(r.target(), f.get(header.indexOf("TARGET")), at);
                assertNumber(r.change(), f.get(header.indexOf("CHANGE")), at);
                assertNumber(lower(r.changeInterval()), f.get(header.indexOf("CHANGE_CI_LOW")), at);
                assertNumber(upper(r.changeInterval()), f.get(header.indexOf("CHANGE_CI_HIGH")), at);
                assertText(r.trend().map(Trend::name), f.get(header.indexOf("TREND")), at);
                assertText(r.benchmarkArea(), f.get(header.indexOf("BENCHMARK_AREA")), at);
                assertEquals(r.benchmarkComparison().name(), f.get(header.indexOf("BENCHMARK_COMPARISON")), at);
                assertText(
                        r.comparisonMethod().map(ComparisonMethod::name),
                        f.get(header.indexOf("COMPARISON_METHOD")),
                        at);
                String obsStatus = f.get(header.indexOf("OBS_STATUS"));
                String confStatus = f.get(header.indexOf("CONF_STATUS"));
                switch (r.status()) {
                    case OK:
                        assertEquals("A", obsStatus, at);
                        assertEquals(on ? "F" : "N", confStatus, at);
                        break;
                    case SUPPRESSED:
                        assertEquals("Q", obsStatus, at);
                        assertEquals("C", confStatus, at);
                        break;
                    default:
                        assertEquals("O", obsStatus, at);
                        assertEquals(on ? "F" : "N", confStatus, at);
                }
                if (r.status() != ResultStatus.OK) {
                    for (String column : SDMX_NUMBERS) {
                        assertEquals("", f.get(header.indexOf(column)), at + ": " + column);
                    }
                }
            }
        });
    }

    @Test
    @DisplayName("JSON reads back with Jackson to the same values, every key in order, null where not applicable")
    void json() {
        ObjectMapper mapper = new ObjectMapper();
        qt().withExamples(300).forAll(ResultGenerators.tables()).checkAssert(table -> {
            JsonNode root;
            try {
                root = mapper.readTree(written(table, ResultsFormat.JSON));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            DisclosureRules disclosure = table.disclosure();
            JsonNode meta = root.path("metadata");
            assertEquals(
                    disclosure.enabled(),
                    meta.path("disclosure").path("enabled").booleanValue());
            assertEquals(
                    disclosure.toString(), meta.path("disclosure").path("rules").textValue());
            List<String> columns = new ArrayList<>();
            meta.path("columns").forEach(c -> columns.add(c.textValue()));
            assertEquals(tidyHeader(table), columns);
            assertEquals(
                    disclosure.enabled(), meta.path("disclosure").path("notice").isMissingNode(), "notice when off");
            JsonNode rows = root.path("results");
            assertEquals(table.size(), rows.size());
            for (int i = 0; i < table.size(); i++) {
                IndicatorResult r = table.results().get(i);
                JsonNode row = rows.get(i);
                String at = "row " + (i + 1) + ": " + r;
                List<String> keys = new ArrayList<>();
                row.fieldNames().forEachRemaining(keys::add);
                assertEquals(columns, keys, at);
                for (ResultColumn c : ResultColumn.values()) {
                    JsonNode node = row.path(c.header());
                    Optional<String> expected = c.text(r);
                    if (expected.isEmpty()) {
                        assertTrue(node.isNull(), at + ": " + c.header());
                    } else if (c.type() == ResultColumn.Type.TEXT) {
                        assertEquals(expected.get(), node.textValue(), at);
                    } else {
                        assertTrue(node.isNumber(), at + ": " + c.header());
                    }
                }
                assertEquals(r.indicator().value(), row.path("indicator").textValue(), at);
                assertEquals(r.area(), row.path("area_code").textValue(), at);
                assertEquals(r.period().toString(), row.path("period").textValue(), at);
                assertEquals(r.status().name(), row.path("status").textValue(), at);
                assertEquals(r.numerator(), number(row.path("numerator")), at);
                assertEquals(r.denominator(), number(row.path("denominator")), at);
                assertEquals(
                        r.sampleSize(),
                        row.path("sample_size").isNull()
                                ? Optional.empty()
                                : Optional.of(row.path("sample_size").longValue()),
                        at);
                assertEquals(r.value(), number(row.path("value")), at);
                assertEquals(lower(r.interval()), number(row.path("ci_low")), at);
                assertEquals(upper(r.interval()), number(row.path("ci_high")), at);
                assertEquals(r.target(), number(row.path("target")), at);
                assertEquals(r.change(), number(row.path("change")), at);
                assertEquals(lower(r.changeInterval()), number(row.path("change_ci_low")), at);
                assertEquals(upper(r.changeInterval()), number(row.path("change_ci_high")), at);
                if (r.status() != ResultStatus.OK) {
                    for (ResultColumn c : ResultColumn.values()) {
                        if (c.onlyWhenOk()) {
                            assertTrue(row.path(c.header()).isNull(), at + ": " + c.header());
                        }
                    }
                }
            }
        });
    }

    private static Optional<Double> number(JsonNode node) {
        return node.isNull() ? Optional.empty() : Optional.of(node.doubleValue());
    }
}
