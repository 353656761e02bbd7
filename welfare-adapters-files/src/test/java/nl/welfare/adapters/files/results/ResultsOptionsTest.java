package nl.welfare.adapters.files.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import nl.welfare.domain.area.Area;
import nl.welfare.domain.area.AreaCode;
import nl.welfare.domain.area.AreaGroup;
import nl.welfare.domain.area.AreaGrouping;
import nl.welfare.domain.area.AreaHierarchy;
import nl.welfare.indicators.catalogue.ReferenceCatalogue;
import nl.welfare.indicators.definition.IndicatorDefinition;
import nl.welfare.indicators.engine.IndicatorResult;
import nl.welfare.indicators.engine.ResultStatus;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The labels ({@code --labels}) and display rounding ({@code --round-values}) in every text format. */
@DisplayName("The results' labels and display rounding")
class ResultsOptionsTest {

    /** The labels of the example tables: two of its indicators, its areas and a borough OOST. */
    static ResultLabels labels() {
        AreaHierarchy hierarchy = AreaHierarchy.of(
                Optional.empty(),
                List.of(
                        Area.of(AreaCode.of("GM0153"), "Utrecht"),
                        Area.of(AreaCode.of("WK015301"), "Binnenstad"),
                        Area.of(AreaCode.of("WK015302"), "Oost"),
                        Area.of(AreaCode.of("BU01530101"), "Domplein")));
        AreaGrouping boroughs = AreaGrouping.of(
                "borough", List.of(AreaGroup.of("OOST", "Stadsdeel Oost", List.of(AreaCode.of("BU01530101")))));
        return ResultLabels.of(
                List.of(ReferenceCatalogue.VOLUNTEERS, ReferenceCatalogue.FEELS_SAFE), hierarchy, List.of(boroughs));
    }

    private static List<CsvRecord> records(String csv) {
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(csv)) {
            return reader.stream().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String field(List<String> header, CsvRecord record, String column) {
        return record.getField(header.indexOf(column));
    }

    private static Optional<IndicatorDefinition> definition(IndicatorResult r) {
        for (IndicatorDefinition d : List.of(ReferenceCatalogue.VOLUNTEERS, ReferenceCatalogue.FEELS_SAFE)) {
            if (d.id().equals(r.indicator())) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    private static String areaName(IndicatorResult r) {
        return switch (r.area()) {
            case "GM0153" -> "Utrecht";
            case "WK015301" -> "Binnenstad";
            case "WK015302" -> "Oost";
            case "BU01530101" -> "Domplein";
            // the example's borough is spelt oost, which names no group of the labels (OOST): no name
            default -> "";
        };
    }

    @Test
    @DisplayName("adds the names of indicator and area, the unit and the polarity to the tidy CSV, values exact")
    void labelsInCsv() {
        ResultsOptions options = ResultsOptions.PLAIN.withLabels(labels());
        List<CsvRecord> records = records(Outputs.written(ExampleTables.standard(), ResultsFormat.CSV, options));
        List<String> header = records.get(0).getFields();
        assertEquals(List.of("indicator_name", "unit", "polarity", "area_name"), header.subList(21, 25));
        List<CsvRecord> bare = records(Outputs.written(ExampleTables.standard(), ResultsFormat.CSV));
        for (int i = 0; i < ExampleTables.ROWS.size(); i++) {
            IndicatorResult r = ExampleTables.ROWS.get(i);
            CsvRecord row = records.get(i + 1);
            Optional<IndicatorDefinition> d = definition(r);
            assertEquals(d.map(IndicatorDefinition::name).orElse(""), field(header, row, "indicator_name"));
            assertEquals(d.map(IndicatorDefinition::unit).orElse(""), field(header, row, "unit"));
            assertEquals(d.map(x -> x.polarity().code()).orElse(""), field(header, row, "polarity"));
            assertEquals(areaName(r), field(header, row, "area_name"));
            // the table's own columns are as without labels
            assertEquals(bare.get(i + 1).getFields(), row.getFields().subList(0, 21));
        }
    }

    @Test
    @DisplayName("adds the same to SDMX-CSV as attributes and to JSON as keys, and says so in the metadata")
    void labelsInSdmxAndJson() throws IOException {
        ResultsOptions options = ResultsOptions.PLAIN.withLabels(labels()).roundedTo(2);
        List<CsvRecord> sdmx = records(Outputs.written(ExampleTables.standard(), ResultsFormat.SDMX_CSV, options));
        List<String> header = sdmx.get(0).getFields();
        assertEquals(List.of("INDICATOR_NAME", "UNIT", "POLARITY", "REF_AREA_NAME"), header.subList(25, 29));
        CsvRecord feelsSafe = sdmx.get(2);
        assertEquals(ReferenceCatalogue.FEELS_SAFE.name(), field(header, feelsSafe, "INDICATOR_NAME"));
        assertEquals("Binnenstad", field(header, feelsSafe, "REF_AREA_NAME"));
        assertEquals("0.78", field(header, feelsSafe, "OBS_VALUE"));
        JsonNode json =
                new ObjectMapper().readTree(Outputs.written(ExampleTables.standard(), ResultsFormat.JSON, options));
        assertEquals(true, json.path("metadata").path("labels").booleanValue());
        assertEquals(2, json.path("metadata").path("display_decimals").intValue());
        JsonNode row = json.path("results").get(1);
        assertEquals("Binnenstad", row.path("area_name").textValue());
        assertEquals("higher_is_better", row.path("polarity").textValue());
        assertEquals("0.78", row.path("value").decimalValue().toPlainString());
        assertEquals("-0.01", row.path("change_ci_low").decimalValue().toPlainString());
    }

    @Test
    @DisplayName("rounds every fractional number for display only when asked, to at most N decimals, half a unit away")
    void rounding() {
        qt().withExamples(200)
                .forAll(ResultGenerators.tables(), integers().between(0, 6))
                .checkAssert((table, decimals) -> {
                    ResultsOptions options = ResultsOptions.PLAIN.roundedTo(decimals);
                    List<CsvRecord> exact = records(Outputs.written(table, ResultsFormat.CSV));
                    List<CsvRecord> rounded = records(Outputs.written(table, ResultsFormat.CSV, options));
                    BigDecimal half = BigDecimal.ONE.movePointLeft(decimals).divide(BigDecimal.valueOf(2));
                    for (int i = 1; i < exact.size(); i++) {
                        for (ResultColumn c : ResultColumn.values()) {
                            String e = exact.get(i).getField(c.ordinal());
                            String r = rounded.get(i).getField(c.ordinal());
                            if (c.type() != ResultColumn.Type.NUMBER || e.isEmpty()) {
                                assertEquals(e, r, c.header());
                                continue;
                            }
                            BigDecimal x = new BigDecimal(e);
                            BigDecimal y = new BigDecimal(r);
                            assertTrue(y.scale() <= Math.max(decimals, 0), r + " has more than " + decimals);
                            assertTrue(x.subtract(y).abs().compareTo(half) <= 0, e + " rounded to " + r);
                        }
                    }
                });
    }

    @Test
    @DisplayName("leaves a suppressed row without numbers, rounded or not")
    void suppressedStaysEmpty() {
        ResultsOptions options = ResultsOptions.PLAIN.withLabels(labels()).roundedTo(0);
        List<CsvRecord> records = records(Outputs.written(ExampleTables.standard(), ResultsFormat.CSV, options));
        int suppressed = ExampleTables.ROWS.indexOf(ExampleTables.FEELS_SAFE_SUPPRESSED) + 1;
        assertEquals(ResultStatus.SUPPRESSED.code(), records.get(suppressed).getField(4));
        for (ResultColumn c : ResultColumn.values()) {
            if (c.onlyWhenOk()) {
                assertEquals("", records.get(suppressed).getField(c.ordinal()), c.header());
            }
        }
    }

    @Test
    @DisplayName("takes 0 to 15 decimals, and refuses others naming the rule")
    void decimals() {
        assertTrue(ResultsOptions.decimals(0).isValid());
        assertTrue(ResultsOptions.decimals(15).isValid());
        assertEquals(
                ResultsOptions.DECIMALS,
                ResultsOptions.decimals(16).getError().head().rule());
        assertEquals(
                ResultsOptions.DECIMALS,
                ResultsOptions.decimals(-1).getError().head().rule());
        assertThrows(IllegalArgumentException.class, () -> ResultsOptions.PLAIN.roundedTo(-1));
        assertEquals("0.78", OutputColumn.rounded("0.7776", 2));
        assertEquals("412", OutputColumn.rounded("412", 2));
        assertEquals("0", OutputColumn.rounded("-0.001", 2));
        assertEquals("400", OutputColumn.rounded("400", 0));
    }
}
