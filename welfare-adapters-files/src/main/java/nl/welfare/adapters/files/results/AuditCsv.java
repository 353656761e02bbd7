package nl.welfare.adapters.files.results;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import nl.welfare.indicators.disclosure.AuditRecord;
import nl.welfare.indicators.disclosure.QuantityRange;

/**
 * The disclosure audit as CSV (verantwoording geheimhouding), for the data owner and never for publication: why each
 * suppressed cell was suppressed and what an attacker could learn of its counts. {@code welfare compute --audit FILE}
 * writes it; it names true counts, so the file is made readable by its owner alone.
 *
 * <p>One record per audited quantity of a suppressed cell (a cell without audited quantities, such as one suppressed
 * for a shared count, gets one record with the quantity columns empty), in the order of the cells:
 *
 * <pre>{@code
 * indicator,area,period,reason,detail,unprotected,role,quantity,value,low,high,exact
 * feels-safe,BU01530001,2022,PRIMARY_BELOW_MINIMUM,6 respondents (minimum 10),false,count,feels-safe|BU01530001|2022,6,0,18,true
 * }</pre>
 *
 * <p>{@code reason} is a {@link nl.welfare.indicators.disclosure.SuppressionReason}; {@code unprotected} is
 * {@code true} where the audit could not prove every count of the cell protected (look at those before publishing);
 * {@code low} and {@code high} are values the audit proved consistent with everything published ({@code Inf}
 * when unbounded): the exact ends of the feasible range when {@code exact} is {@code true}, otherwise a part of it (an
 * attacker's range is at least as wide).
 */
public final class AuditCsv {

    /** The header of the file. */
    public static final List<String> HEADER = List.of(
            "indicator",
            "area",
            "period",
            "reason",
            "detail",
            "unprotected",
            "role",
            "quantity",
            "value",
            "low",
            "high",
            "exact");

    private AuditCsv() {}

    /**
     * Writes {@code audit} to {@code file}, readable by its owner alone where the file system has permissions; whole
     * or not at all (a temporary file moved into place).
     *
     * @throws IOException when the file cannot be written
     */
    public static void writeFile(List<AuditRecord> audit, Path file) throws IOException {
        Path target = file.toAbsolutePath();
        Path folder = target.getParent() == null ? Path.of("").toAbsolutePath() : target.getParent();
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, ".welfare-audit-", ".tmp");
        try {
            try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                write(audit, out);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Writes {@code audit} to {@code out} (RFC 4180, CRLF); {@code out} stays open. */
    public static void write(List<AuditRecord> audit, Writer out) throws IOException {
        CsvWriter csv = TidyCsv.csvWriter(out);
        csv.writeRecord(HEADER);
        for (AuditRecord record : audit) {
            String indicator = record.key().indicator();
            String area = record.key().area();
            String period = record.key().period();
            String reason = record.reason().name();
            String unprotected = Boolean.toString(record.unprotected());
            if (record.ranges().isEmpty()) {
                csv.writeRecord(indicator, area, period, reason, record.detail(), unprotected, "", "", "", "", "", "");
            }
            for (QuantityRange range : record.ranges()) {
                csv.writeRecord(
                        indicator,
                        area,
                        period,
                        reason,
                        record.detail(),
                        unprotected,
                        range.role(),
                        range.quantity().toString(),
                        number(range.value()),
                        number(range.low()),
                        number(range.high()),
                        Boolean.toString(range.exact()));
            }
        }
        csv.flush();
        out.flush();
    }

    private static String number(double x) {
        if (x == Double.POSITIVE_INFINITY) {
            return "Inf";
        }
        if (x == Double.NEGATIVE_INFINITY) {
            return "-Inf";
        }
        return Numbers.format(x);
    }
}
