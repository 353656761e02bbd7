package nl.welfare.adapters.files.datapackage;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.function.Function;
import nl.welfare.adapters.files.fault.FileFault;
import nl.welfare.adapters.files.internal.io.CsvInput;

/**
 * Streams the rows of one resource's CSV file with the module's {@link CsvInput}: UTF-8 with or without a byte order mark, or the encoding
 * the resource declares (windows-1252, ISO-8859-1, ...), in the resource's dialect. It checks the header (unknown, duplicate and missing columns, the match with the Table Schema),
 * then hands each row with as many fields as the header to a {@link RowReader}, one at a time: only the current row is
 * held, never the file. A row with another number of fields, a byte that is not text in the file's encoding and a
 * quoting error are faults;
 * after a quoting error the file is read no further, as FastCSV cannot resynchronise.
 */
final class CsvFile {

    /** Reads the rows of a file whose header has been checked. */
    interface RowReader {
        /** Reads {@code row}; called once per data row, in file order, with the same (reused) row object. */
        void read(Row row);

        /** Called once after the last row, so that rows grouped across the file can be checked and added. */
        default void end() {}
    }

    private CsvFile() {}

    /**
     * Reads {@code entry}'s file: checks its header, asks {@code setup} for the reader of its rows and feeds it every
     * row. Returns whether the header could be used (the resource is then present, even without rows).
     */
    static boolean read(PackageDescriptor.Entry entry, Faults faults, Function<Header, RowReader> setup) {
        String name = entry.path();
        CsvInput.Fields handler = new CsvInput.Fields();
        RowReader reader = null;
        Row row = null;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(entry.file()));
                CsvReader<CsvInput.Fields> csv = csv(entry.dialect(), handler, decoded(in, entry, faults))) {
            Iterator<CsvInput.Fields> rows = csv.iterator();
            try {
                if (!rows.hasNext()) {
                    faults.add(FileFault.inFile(name, DataPackageRules.NO_HEADER, ""));
                } else {
                    Header header = Header.check(entry, rows.next(), faults);
                    if (header.usable()) {
                        reader = setup.apply(header);
                        row = new Row(name, header, faults, entry.missingValues());
                        readRows(rows, header, row, reader, faults);
                    }
                }
            } catch (CsvParseException e) {
                faults.add(FileFault.atLine(
                        name,
                        Math.max(1, handler.line()),
                        DataPackageRules.BAD_QUOTING,
                        String.valueOf(e.getMessage())));
            } catch (UncheckedIOException e) {
                faults.add(FileFault.inFile(name, DataPackageRules.UNREADABLE_FILE, String.valueOf(e.getMessage())));
            }
        } catch (IOException e) {
            faults.add(FileFault.inFile(name, DataPackageRules.UNREADABLE_FILE, String.valueOf(e.getMessage())));
        } catch (IllegalArgumentException e) {
            // FastCSV refuses a dialect the descriptor check let through; reported, not thrown.
            faults.add(FileFault.inFile(name, DataPackageRules.BAD_DIALECT, String.valueOf(e.getMessage())));
        }
        if (row != null) {
            row.end();
        }
        if (reader != null) {
            reader.end();
        }
        faults.finish(name);
        return reader != null;
    }

    private static void readRows(
            Iterator<CsvInput.Fields> rows, Header header, Row row, RowReader reader, Faults faults) {
        while (rows.hasNext()) {
            CsvInput.Fields record = rows.next();
            if (record.size() != header.size()) {
                faults.add(FileFault.atLine(
                        row.file(),
                        record.line(),
                        DataPackageRules.FIELD_COUNT,
                        record.size() + " fields, the header has " + header.size()));
                faults.rowRejected();
            } else if (row.start(record.line(), record.reused())) {
                reader.read(row);
            }
        }
    }

    private static CsvReader<CsvInput.Fields> csv(
            PackageDescriptor.Dialect dialect, CsvInput.Fields handler, Reader reader) {
        return CsvInput.builder(new CsvInput.Format(dialect.delimiter(), dialect.quote(), dialect.comment(), true))
                .build(handler, reader);
    }

    /**
     * A reader of the text in {@code entry}'s encoding that skips a UTF-8 byte order mark and puts {@link CsvInput#NOT_TEXT}
     * where bytes are not text in it. A UTF-8 byte order mark in a file the descriptor says is in another encoding is
     * a fault: the file is UTF-8, or the mark is left over from a conversion.
     */
    private static Reader decoded(InputStream in, PackageDescriptor.Entry entry, Faults faults) throws IOException {
        if (CsvInput.skipUtf8ByteOrderMark(in) && !entry.encoding().equals(StandardCharsets.UTF_8)) {
            faults.add(FileFault.atLine(
                    entry.path(),
                    1,
                    DataPackageRules.ENCODING,
                    "a UTF-8 byte order mark in a file declared "
                            + entry.encoding().name()));
        }
        return CsvInput.decoded(in, entry.encoding());
    }

    /** The columns of a file as its header names them. */
    static final class Header {
        private final PackageDescriptor.Entry entry;
        private final Map<String, Integer> positions;
        private final String[] names;
        private final int size;
        private final boolean usable;

        private Header(PackageDescriptor.Entry entry, Map<String, Integer> positions, String[] names, boolean usable) {
            this.entry = entry;
            this.positions = positions;
            this.names = names;
            this.size = names.length;
            this.usable = usable;
        }

        /** Checks the header {@code record} of {@code entry}'s file, adding its faults. */
        static Header check(PackageDescriptor.Entry entry, CsvInput.Fields record, Faults faults) {
            String file = entry.path();
            Resource resource = entry.resource();
            Map<String, Integer> positions = new HashMap<>();
            boolean usable = true;
            long line = record.line();
            for (int i = 0; i < record.size(); i++) {
                String name = record.field(i);
                if (name.indexOf(CsvInput.NOT_TEXT) >= 0) {
                    faults.add(FileFault.at(file, line, i + 1, name, DataPackageRules.ENCODING, name));
                    usable = false;
                } else if (positions.containsKey(name)) {
                    faults.add(FileFault.at(file, line, i + 1, name, DataPackageRules.DUPLICATE_COLUMN, name));
                    usable = false;
                } else {
                    positions.put(name, i);
                    if (resource.column(name).isEmpty()) {
                        faults.add(FileFault.at(file, line, i + 1, name, DataPackageRules.UNKNOWN_COLUMN, name));
                    } else if (entry.schemaTypes().isDefined()
                            && !entry.schemaTypes().get().containsKey(name)) {
                        faults.add(FileFault.at(file, line, i + 1, name, DataPackageRules.SCHEMA_MISMATCH, name));
                    }
                }
            }
            if (entry.schemaTypes().isDefined()) {
                for (String field : entry.schemaTypes().get().keySet()) {
                    // A required column missing from the header is reported once, as a missing column.
                    boolean required = resource.column(field).exists(Resource.Column::required);
                    if (!positions.containsKey(field) && !required) {
                        faults.add(FileFault.builder()
                                .file(PackageDescriptor.FILE)
                                .rule(DataPackageRules.SCHEMA_MISMATCH)
                                .line(entry.schemaLine())
                                .field(field)
                                .rejected(field)
                                .build());
                    }
                }
            }
            for (Resource.Column column : resource.columns()) {
                if (column.required() && !positions.containsKey(column.name())) {
                    faults.add(FileFault.builder()
                            .file(file)
                            .rule(DataPackageRules.MISSING_COLUMN)
                            .line(line)
                            .field(column.name())
                            .rejected("")
                            .build());
                    usable = false;
                }
            }
            return new Header(entry, positions, record.copy(), usable);
        }

        boolean usable() {
            return usable;
        }

        /** The number of columns. */
        int size() {
            return size;
        }

        /** The name of the column at {@code index} (from 0). */
        String name(int index) {
            return names[index];
        }

        /** The file's name, as the descriptor gives it. */
        String file() {
            return entry.path();
        }

        /** The resource of the file. */
        Resource resource() {
            return entry.resource();
        }

        /** The handle of the resource's column {@code name}; one the file does not have reads as empty. */
        Row.Col col(String name) {
            Integer at = positions.get(name);
            return new Row.Col(name, at == null ? -1 : at, entry.numberFormat(name), entry.dateFormat(name));
        }

        /** The column (from 1) of the field {@code name}, if the file has it. */
        java.util.Optional<Integer> column(String name) {
            Integer at = positions.get(name);
            return at == null ? java.util.Optional.empty() : java.util.Optional.of(at + 1);
        }
    }
}
