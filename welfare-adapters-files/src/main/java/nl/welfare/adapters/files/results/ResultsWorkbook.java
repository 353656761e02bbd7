package nl.welfare.adapters.files.results;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import nl.welfare.indicators.definition.IndicatorDefinition;
import nl.welfare.indicators.definition.IndicatorId;
import nl.welfare.indicators.definition.IndicatorKind;
import nl.welfare.indicators.disclosure.DisclosureRules;
import nl.welfare.indicators.engine.IndicatorResult;
import nl.welfare.indicators.engine.IndicatorTable;
import nl.welfare.indicators.engine.ResultStatus;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * Writes the results table as an Excel workbook (Office Open XML, {@code .xlsx}) with Apache POI, streaming rows to
 * disk (SXSSF) so that a large table is never all in memory. Two sheets:
 *
 * <ol>
 *   <li><b>{@value #RESULTS}</b>: one row per result, with the names of indicator and area next to their codes, the
 *       unit and polarity, and the numbers as numbers: the value, its interval, the target and the change of a share
 *       (a proportion, transition, network or threshold share, and the change of one) with the cell format {@code
 *       0.0%}, so 0.7776 shows as 77.8% and stays 0.7776 in the cell; every other number unformatted (or with {@code
 *       --round-values N} decimals shown, the cell still exact). A suppressed result shows {@value #SUPPRESSED} in its
 *       value cell and nothing in its other number cells; a result without data shows nothing. The comparison with the
 *       benchmark and its method are columns as in the tidy CSV. After {@code --disclosure none} a last column {@code
 *       Disclosure control} says {@code NONE} on every row.
 *   <li><b>{@value #DEFINITIONS}</b>: each indicator of the table with its name, description, unit, polarity, kind
 *       and statistical unit; then the provenance: the results format and version, the confidence level, the
 *       disclosure control (with the notice that the table is not for publication when it was turned off), the
 *       comparison method, the symbols, and what the caller gives in {@link ResultsOptions#provenance()}.
 * </ol>
 *
 * <p>The workbook's document properties carry the same: the title, the notice as its description when disclosure
 * control was off, and the custom properties {@code results_format}, {@code results_version}, {@code disclosure}.
 */
final class ResultsWorkbook {

    /** The name of the sheet of results. */
    static final String RESULTS = "Results";

    /** The name of the sheet of definitions and provenance. */
    static final String DEFINITIONS = "Definitions";

    /** What a suppressed result's value cell shows (as CBS marks confidential figures). */
    static final String SUPPRESSED = "x";

    private static final int ROWS_IN_MEMORY = 200;

    private ResultsWorkbook() {}

    /** How a column's cells are written. */
    private enum Kind {
        TEXT,
        /** A number of the result's unit: a percentage for a share. */
        VALUE,
        /** Another number: a count or a sum. */
        NUMBER,
        INTEGER
    }

    private record Column(String header, Kind kind, int width, Function<IndicatorResult, Optional<?>> cell) {}

    private static List<Column> columns(IndicatorTable table, ResultLabels labels) {
        List<Column> c = new ArrayList<>();
        c.add(new Column(
                "Indicator", Kind.TEXT, 36, r -> labels.indicator(r.indicator()).map(IndicatorDefinition::name)));
        c.add(new Column(
                "Indicator id", Kind.TEXT, 28, r -> Optional.of(r.indicator().value())));
        c.add(new Column(
                "Unit", Kind.TEXT, 20, r -> labels.indicator(r.indicator()).map(IndicatorDefinition::unit)));
        c.add(new Column(
                "Polarity",
                Kind.TEXT,
                18,
                r -> labels.indicator(r.indicator()).map(d -> d.polarity().code())));
        c.add(new Column("Area", Kind.TEXT, 28, r -> labels.areaName(r.areaLevel(), r.area())));
        c.add(new Column("Area code", Kind.TEXT, 12, r -> Optional.of(r.area())));
        c.add(new Column("Area level", Kind.TEXT, 14, r -> Optional.of(r.areaLevel())));
        c.add(new Column("Period", Kind.TEXT, 11, r -> Optional.of(r.period().toString())));
        c.add(new Column("Status", Kind.TEXT, 12, r -> Optional.of(r.status().code())));
        c.add(new Column("Value", Kind.VALUE, 12, IndicatorResult::value));
        c.add(new Column("CI low", Kind.VALUE, 10, r -> r.interval().map(i -> i.lower())));
        c.add(new Column("CI high", Kind.VALUE, 10, r -> r.interval().map(i -> i.upper())));
        c.add(new Column("Sample size", Kind.INTEGER, 12, IndicatorResult::sampleSize));
        c.add(new Column("Numerator", Kind.NUMBER, 12, IndicatorResult::numerator));
        c.add(new Column("Denominator", Kind.NUMBER, 12, IndicatorResult::denominator));
        c.add(new Column("Target", Kind.VALUE, 10, IndicatorResult::target));
        c.add(new Column("Assessment", Kind.TEXT, 16, r -> r.assessment().map(a -> a.code())));
        c.add(new Column(
                "Baseline period", Kind.TEXT, 15, r -> r.baselinePeriod().map(Object::toString)));
        c.add(new Column("Change", Kind.VALUE, 10, IndicatorResult::change));
        c.add(new Column(
                "Change CI low", Kind.VALUE, 13, r -> r.changeInterval().map(i -> i.lower())));
        c.add(new Column(
                "Change CI high", Kind.VALUE, 13, r -> r.changeInterval().map(i -> i.upper())));
        c.add(new Column("Trend", Kind.TEXT, 22, r -> r.trend().map(t -> t.code())));
        c.add(new Column("Benchmark area", Kind.TEXT, 15, IndicatorResult::benchmarkArea));
        c.add(new Column(
                "Compared with benchmark",
                Kind.TEXT,
                22,
                r -> Optional.of(r.benchmarkComparison().code())));
        c.add(new Column(
                "Comparison method", Kind.TEXT, 26, r -> r.comparisonMethod().map(m -> m.code())));
        if (!table.disclosure().enabled()) {
            c.add(new Column("Disclosure control", Kind.TEXT, 18, r -> Optional.of(OutputColumn.DISCLOSURE_NONE)));
        }
        return c;
    }

    /**
     * Whether the values of {@code definition} are fractions shown as percentages: a proportion, transition, network
     * or threshold share, or the change of one.
     */
    static boolean isShare(IndicatorDefinition definition, ResultLabels labels) {
        IndicatorKind kind = definition.kind();
        if (kind == IndicatorKind.CHANGE) {
            for (IndicatorId base : definition.measure().base()) {
                Optional<IndicatorDefinition> named = labels.indicator(base);
                if (named.isPresent() && named.get().kind() != IndicatorKind.CHANGE && isShare(named.get(), labels)) {
                    return true;
                }
            }
            return false;
        }
        return kind == IndicatorKind.PROPORTION
                || kind == IndicatorKind.TRANSITION
                || kind == IndicatorKind.NETWORK
                || kind == IndicatorKind.THRESHOLD_SHARE;
    }

    /** The number format of a share with {@code decimals} decimals of the percentage ({@code 0.0%}). */
    private static String percent(Optional<Integer> decimals) {
        int d = decimals.map(n -> Math.max(0, n - 2)).orElse(1);
        return d == 0 ? "0%" : "0." + "0".repeat(d) + "%";
    }

    private static String plain(Optional<Integer> decimals) {
        return decimals.map(d -> d == 0 ? "0" : "0." + "0".repeat(d)).orElse("General");
    }

    static void write(IndicatorTable table, ResultsOptions options, OutputStream out) throws IOException {
        ResultLabels labels = options.labels().orElseGet(() -> ResultLabels.of(List.of(), emptyHierarchy(), List.of()));
        SXSSFWorkbook workbook = new SXSSFWorkbook(new XSSFWorkbook(), ROWS_IN_MEMORY, true, true);
        try {
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            CellStyle share = workbook.createCellStyle();
            share.setDataFormat(workbook.createDataFormat().getFormat(percent(options.displayDecimals())));
            CellStyle number = workbook.createCellStyle();
            number.setDataFormat(workbook.createDataFormat().getFormat(plain(options.displayDecimals())));
            CellStyle integer = workbook.createCellStyle();
            integer.setDataFormat(workbook.createDataFormat().getFormat("0"));
            CellStyle marked = workbook.createCellStyle();
            marked.setAlignment(org.apache.poi.ss.usermodel.HorizontalAlignment.RIGHT);

            List<Column> columns = columns(table, labels);
            Sheet results = workbook.createSheet(RESULTS);
            Row top = results.createRow(0);
            for (int c = 0; c < columns.size(); c++) {
                Cell cell = top.createCell(c);
                cell.setCellValue(columns.get(c).header());
                cell.setCellStyle(header);
                results.setColumnWidth(c, columns.get(c).width() * 256);
            }
            results.createFreezePane(0, 1);
            Map<IndicatorId, Boolean> shares = new LinkedHashMap<>();
            int r = 1;
            for (IndicatorResult result : table.results()) {
                boolean isShare = shares.computeIfAbsent(
                        result.indicator(),
                        id -> labels.indicator(id).map(d -> isShare(d, labels)).orElse(false));
                Row row = results.createRow(r++);
                for (int c = 0; c < columns.size(); c++) {
                    Column column = columns.get(c);
                    if (column.header().equals("Value") && result.status() == ResultStatus.SUPPRESSED) {
                        Cell cell = row.createCell(c);
                        cell.setCellValue(SUPPRESSED);
                        cell.setCellStyle(marked);
                        continue;
                    }
                    Optional<?> value = column.cell().apply(result);
                    if (value.isEmpty()) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    switch (column.kind()) {
                        case TEXT -> cell.setCellValue(value.get().toString());
                        case INTEGER -> {
                            cell.setCellValue(((Number) value.get()).doubleValue());
                            cell.setCellStyle(integer);
                        }
                        case NUMBER -> {
                            cell.setCellValue(((Number) value.get()).doubleValue());
                            cell.setCellStyle(number);
                        }
                        case VALUE -> {
                            cell.setCellValue(((Number) value.get()).doubleValue());
                            cell.setCellStyle(isShare ? share : number);
                        }
                    }
                }
            }
            if (r > 1) {
                results.setAutoFilter(new CellRangeAddress(0, r - 1, 0, columns.size() - 1));
            }
            writeDefinitions(workbook, table, options, labels, header, shares.keySet());
            properties(workbook.getXSSFWorkbook().getProperties(), table);
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }

    private static nl.welfare.domain.area.AreaHierarchy emptyHierarchy() {
        return nl.welfare.domain.area.AreaHierarchy.of(Optional.empty(), List.of());
    }

    private static void writeDefinitions(
            SXSSFWorkbook workbook,
            IndicatorTable table,
            ResultsOptions options,
            ResultLabels labels,
            CellStyle header,
            Set<IndicatorId> inTable) {
        Sheet sheet = workbook.createSheet(DEFINITIONS);
        int[] widths = {28, 36, 70, 22, 18, 16, 16};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        int r = 0;
        r = line(
                sheet,
                r,
                header,
                "Indicator id",
                "Name",
                "Description",
                "Unit",
                "Polarity",
                "Kind",
                "Statistical unit");
        Set<IndicatorId> listed = new LinkedHashSet<>();
        for (IndicatorId id : inTable) {
            Optional<IndicatorDefinition> found = labels.indicator(id);
            if (found.isPresent()) {
                IndicatorDefinition d = found.get();
                r = line(
                        sheet,
                        r,
                        null,
                        d.id().value(),
                        d.name(),
                        d.description(),
                        d.unit(),
                        d.polarity().code(),
                        d.kind().code(),
                        d.statisticalUnit().code());
            } else {
                r = line(sheet, r, null, id.value(), "(no definition given)");
            }
            listed.add(id);
        }
        r++;
        r = line(sheet, r, header, "Provenance", "");
        DisclosureRules disclosure = table.disclosure();
        Map<String, String> about = new LinkedHashMap<>();
        if (!disclosure.enabled()) {
            about.put("NOT FOR PUBLICATION", ResultsJson.NOT_FOR_PUBLICATION);
        }
        about.put("results format", ResultsJson.FORMAT_NAME + " " + ResultsJson.FORMAT_VERSION);
        about.put(
                "confidence level of the intervals",
                Numbers.format(table.confidence().value()));
        about.put("disclosure control", disclosure.enabled() ? disclosure.toString() : "none (turned off)");
        about.put(
                "comparison with the benchmark",
                "NON_OVERLAPPING_INTERVALS: BETTER or WORSE when the area's confidence interval and its benchmark's"
                        + " do not overlap (the polarity says which), SIMILAR when they do; NOT_COMPARED without a"
                        + " benchmark, an interval or a polarity, for counts, or when either is suppressed");
        about.put(
                "symbols",
                SUPPRESSED + " = suppressed by disclosure control; an empty cell = not applicable or no data;"
                        + " shares are fractions shown as percentages (a change of a share in percentage points)");
        about.put(
                "numbers",
                options.displayDecimals()
                        .map(d -> "shown with " + d + " decimals; the cells hold the exact values")
                        .orElse("exact; percentages shown with one decimal"));
        about.putAll(options.provenance());
        for (Map.Entry<String, String> e : about.entrySet()) {
            r = line(sheet, r, null, e.getKey(), e.getValue());
        }
    }

    private static int line(Sheet sheet, int r, @Nullable CellStyle style, String... texts) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < texts.length; c++) {
            Cell cell = row.createCell(c);
            cell.setCellValue(texts[c]);
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
        return r + 1;
    }

    private static void properties(POIXMLProperties properties, IndicatorTable table) {
        properties.getCoreProperties().setTitle("Welfare indicator results");
        properties.getCoreProperties().setCreator("welfare");
        DisclosureRules disclosure = table.disclosure();
        if (!disclosure.enabled()) {
            properties.getCoreProperties().setDescription(ResultsJson.NOT_FOR_PUBLICATION);
            properties.getCoreProperties().setKeywords("NOT FOR PUBLICATION");
        }
        POIXMLProperties.CustomProperties custom = properties.getCustomProperties();
        custom.addProperty("results_format", ResultsJson.FORMAT_NAME);
        custom.addProperty("results_version", ResultsJson.FORMAT_VERSION);
        custom.addProperty("disclosure", disclosure.enabled() ? disclosure.toString() : "none");
    }
}
