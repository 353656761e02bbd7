package nl.welfare.adapters.files.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.welfare.indicators.catalogue.ReferenceCatalogue;
import nl.welfare.indicators.engine.IndicatorResult;
import nl.welfare.indicators.engine.ResultStatus;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The XLSX workbook, read back with Apache POI. */
@DisplayName("The results as an XLSX workbook")
class ResultsWorkbookTest {

    @TempDir
    Path folder;

    private XSSFWorkbook written(boolean disclosure) throws IOException {
        Path file = folder.resolve("results.xlsx");
        ResultsOptions options = ResultsOptions.PLAIN
                .withLabels(ResultsOptionsTest.labels())
                .withProvenance(Map.of("data package", "oost"));
        List<Path> files = ResultsWriter.writeFile(
                disclosure ? ExampleTables.standard() : ExampleTables.withoutDisclosureControl(),
                ResultsFormat.XLSX,
                CsvDialect.STANDARD,
                options,
                file);
        assertEquals(List.of(file), files, "no descriptor beside a workbook: its metadata is inside");
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        for (Cell cell : row) {
            texts.add(
                    cell.getCellType() == CellType.NUMERIC
                            ? String.valueOf(cell.getNumericCellValue())
                            : cell.getStringCellValue());
        }
        return texts;
    }

    private static Cell cell(Sheet sheet, int row, String header) {
        List<String> headers = texts(sheet.getRow(0));
        return sheet.getRow(row).getCell(headers.indexOf(header));
    }

    @Test
    @DisplayName("has a sheet of results with names, units, shares as percentages and suppressed cells marked")
    void results() throws IOException {
        try (XSSFWorkbook book = written(true)) {
            assertEquals(2, book.getNumberOfSheets());
            assertEquals("Results", book.getSheetName(0));
            assertEquals("Definitions", book.getSheetName(1));
            Sheet sheet = book.getSheetAt(0);
            assertEquals(ExampleTables.ROWS.size(), sheet.getLastRowNum());
            for (int i = 0; i < ExampleTables.ROWS.size(); i++) {
                IndicatorResult r = ExampleTables.ROWS.get(i);
                int at = i + 1;
                assertEquals(
                        r.indicator().value(), cell(sheet, at, "Indicator id").getStringCellValue());
                assertEquals(r.area(), cell(sheet, at, "Area code").getStringCellValue());
                assertEquals(r.status().code(), cell(sheet, at, "Status").getStringCellValue());
                assertEquals(
                        r.benchmarkComparison().code(),
                        cell(sheet, at, "Compared with benchmark").getStringCellValue());
                Cell value = cell(sheet, at, "Value");
                if (r.status() == ResultStatus.SUPPRESSED) {
                    assertEquals("x", value.getStringCellValue());
                } else if (r.value().isPresent()) {
                    assertEquals(CellType.NUMERIC, value.getCellType());
                    // the exact value in the cell, whatever the format shows
                    assertEquals(r.value().get(), value.getNumericCellValue());
                } else {
                    assertTrue(value == null || value.getCellType() == CellType.BLANK, "no data: an empty cell");
                }
            }
            int feelsSafe = ExampleTables.ROWS.indexOf(ExampleTables.FEELS_SAFE) + 1;
            assertEquals("0.0%", cell(sheet, feelsSafe, "Value").getCellStyle().getDataFormatString());
            assertEquals("0.0%", cell(sheet, feelsSafe, "CI low").getCellStyle().getDataFormatString());
            assertEquals(
                    ReferenceCatalogue.FEELS_SAFE.name(),
                    cell(sheet, feelsSafe, "Indicator").getStringCellValue());
            assertEquals(
                    ReferenceCatalogue.FEELS_SAFE.unit(),
                    cell(sheet, feelsSafe, "Unit").getStringCellValue());
            assertEquals("Binnenstad", cell(sheet, feelsSafe, "Area").getStringCellValue());
            int volunteers = ExampleTables.ROWS.indexOf(ExampleTables.VOLUNTEERS) + 1;
            assertEquals(
                    "General", cell(sheet, volunteers, "Value").getCellStyle().getDataFormatString());
            assertEquals(
                    "0", cell(sheet, volunteers, "Sample size").getCellStyle().getDataFormatString());
            assertTrue(!texts(sheet.getRow(0)).contains("Disclosure control"));
        }
    }

    @Test
    @DisplayName("has a sheet of definitions and provenance")
    void definitions() throws IOException {
        try (XSSFWorkbook book = written(true)) {
            Sheet sheet = book.getSheet("Definitions");
            List<List<String>> rows = new ArrayList<>();
            for (Row row : sheet) {
                rows.add(texts(row));
            }
            assertTrue(
                    rows.stream()
                            .anyMatch(r -> r.get(0).equals("feels-safe")
                                    && r.get(1).equals(ReferenceCatalogue.FEELS_SAFE.name())
                                    && r.get(4).equals("higher_is_better")),
                    rows::toString);
            assertTrue(
                    rows.stream().anyMatch(r -> r.equals(List.of("disclosure control", "minimum 10, band 1-4"))),
                    rows::toString);
            assertTrue(rows.stream().anyMatch(r -> r.equals(List.of("data package", "oost"))), rows::toString);
            assertTrue(rows.stream().noneMatch(r -> r.get(0).equals("NOT FOR PUBLICATION")));
            assertEquals(
                    "1.1",
                    book.getProperties()
                            .getCustomProperties()
                            .getProperty("results_version")
                            .getLpwstr());
        }
    }

    @Test
    @DisplayName("says in its properties, its provenance and every row when disclosure control was turned off")
    void withoutDisclosureControl() throws IOException {
        try (XSSFWorkbook book = written(false)) {
            Sheet sheet = book.getSheetAt(0);
            List<String> headers = texts(sheet.getRow(0));
            assertEquals("Disclosure control", headers.get(headers.size() - 1));
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                assertEquals("NONE", sheet.getRow(r).getCell(headers.size() - 1).getStringCellValue());
            }
            assertTrue(book.getProperties().getCoreProperties().getDescription().startsWith("NOT FOR PUBLICATION"));
            assertEquals(
                    "none",
                    book.getProperties()
                            .getCustomProperties()
                            .getProperty("disclosure")
                            .getLpwstr());
            Row first = book.getSheet("Definitions")
                    .getRow(ExampleTables.ROWS.stream()
                                    .map(IndicatorResult::indicator)
                                    .distinct()
                                    .toList()
                                    .size()
                            + 3);
            assertEquals("NOT FOR PUBLICATION", first.getCell(0).getStringCellValue());
        }
    }
}
