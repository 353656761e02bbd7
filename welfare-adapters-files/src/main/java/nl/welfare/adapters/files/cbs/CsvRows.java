package nl.welfare.adapters.files.cbs;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.vavr.collection.Vector;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import nl.welfare.adapters.files.fault.FileFault;
import nl.welfare.adapters.files.fault.FileFaultException;
import nl.welfare.adapters.files.internal.io.CsvInput;
import nl.welfare.domain.value.Rule;

/**
 * Streams the rows of one comma-separated UTF-8 file with the module's {@link CsvInput} and collects the faults any CBS file can have (the
 * rules of {@link CbsFile}); the readers of this package give meaning to the rows. Lines are exact: blank lines are
 * kept by the parser (and skipped here), so every record's starting line is known, also where the parser gives up.
 */
final class CsvRows {

    /** What a reader does with the rows of a file whose header it accepted. */
    interface RowHandler {
        /** One row at {@code line} with exactly as many fields as the header. */
        void row(long line, CsvRecord record);
    }

    /** The header of a file: its column names, trimmed, found without regard to case. */
    static final class Header {
        private final long line;
        private final String[] names;

        Header(long line, String[] names) {
            this.line = line;
            this.names = names;
        }

        /** The header's line, counted from 1. */
        long line() {
            return line;
        }

        /** The number of columns. */
        int size() {
            return names.length;
        }

        /** The name of the column at {@code index} (from 0). */
        String name(int index) {
            return names[index];
        }

        /** The index (from 0) of the first column named {@code name} in any case, or -1. */
        int indexOf(String name) {
            return indexWhere(n -> n.equalsIgnoreCase(name));
        }

        /** The index (from 0) of the first column whose lower-case name {@code test} accepts, or -1. */
        int indexWhere(Predicate<String> test) {
            for (int i = 0; i < names.length; i++) {
                if (test.test(names[i].toLowerCase(Locale.ROOT))) {
                    return i;
                }
            }
            return -1;
        }

        /**
         * The indexes of {@code required} columns; a missing one adds a fault of {@link CbsFile#MISSING_COLUMN} at the
         * header's line and gives -1.
         */
        int[] require(String file, ArrayList<FileFault> faults, String... required) {
            int[] found = new int[required.length];
            for (int i = 0; i < required.length; i++) {
                found[i] = indexOf(required[i]);
                if (found[i] < 0) {
                    faults.add(FileFault.builder()
                            .file(file)
                            .rule(CbsFile.MISSING_COLUMN)
                            .line(line)
                            .field(required[i])
                            .rejected(String.join(",", names))
                            .build());
                }
            }
            return found;
        }
    }

    /** A marker of {@link #wholeNumber} for text that is not a whole number in the range of {@code int}. */
    static final long NOT_A_NUMBER = Long.MIN_VALUE;

    private CsvRows() {}

    /** Runs {@code read} on the file at {@code path}, named {@code file} in faults; a file that cannot be read is one. */
    static <T> T readFile(Path path, String file, Function<Reader, T> read) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(path))) {
            return read.apply(CsvInput.decoded(in, StandardCharsets.UTF_8));
        } catch (IOException | UncheckedIOException | SecurityException e) {
            throw new FileFaultException(Vector.of(unreadable(file, e)));
        }
    }

    /** A fault of {@link CbsFile#UNREADABLE} for {@code e}. */
    static FileFault unreadable(String file, Exception e) {
        return FileFault.inFile(file, CbsFile.UNREADABLE, e.getClass().getSimpleName() + ": " + e.getMessage());
    }

    /**
     * Streams {@code source} (not closed here): the header goes to {@code onHeader}, which adds its own faults and
     * returns the handler of the rows, or none when the rows cannot be understood (the file's structure is still
     * checked). Faults go to {@code faults}.
     */
    static void read(
            Reader source, String file, ArrayList<FileFault> faults, Function<Header, Optional<RowHandler>> onHeader) {
        try {
            // Empty lines are records, so that the line of every record is known.
            CsvReader<CsvRecord> csv =
                    CsvInput.builder(CsvInput.Format.of(',', false)).ofCsvRecord(CsvInput.withoutByteOrderMark(source));
            new Pass(file, faults, onHeader).run(csv.iterator());
        } catch (IOException | UncheckedIOException e) {
            faults.add(unreadable(file, e));
        }
    }

    /** One pass over the records, one behind the parser so that it knows which record is the last. */
    private static final class Pass {
        private final String file;
        private final ArrayList<FileFault> faults;
        private final Function<Header, Optional<RowHandler>> onHeader;
        private Header header = new Header(0, new String[0]);
        private boolean headerSeen;
        private Optional<RowHandler> handler = Optional.empty();
        private long rows;

        Pass(String file, ArrayList<FileFault> faults, Function<Header, Optional<RowHandler>> onHeader) {
            this.file = file;
            this.faults = faults;
            this.onHeader = onHeader;
        }

        void run(CloseableIterator<CsvRecord> records) {
            Optional<CsvRecord> pending = Optional.empty();
            boolean failed = false;
            while (true) {
                CsvRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (CsvParseException e) {
                    parseFault(e, pending);
                    failed = true;
                    break;
                }
                pending.ifPresent(p -> accept(p, false));
                pending = Optional.of(record);
            }
            // After a parse fault the pending record is complete: the one the parser gave up on comes after it.
            boolean pendingIsLast = !failed;
            pending.ifPresent(p -> accept(p, pendingIsLast));
            if (!headerSeen && !failed) {
                faults.add(FileFault.inFile(file, CbsFile.EMPTY, ""));
            } else if (headerSeen && rows == 0 && !failed) {
                faults.add(FileFault.atLine(file, header.line(), CbsFile.EMPTY, String.join(",", header.names)));
            }
        }

        /**
         * A fault for the record the parser gave up on, which starts on the line after the {@code previous} record:
         * truncated when the file ends inside a quoted field.
         */
        private void parseFault(CsvParseException e, Optional<CsvRecord> previous) {
            String message = String.valueOf(e.getMessage());
            int place = message.indexOf(" (record starting at line");
            String what = place < 0 ? message : message.substring(0, place);
            boolean truncated = message.startsWith("Unclosed quoted field");
            long line = previous.map(p -> p.getStartingLineNumber() + lineBreaks(p) + 1)
                    .orElse(1L);
            faults.add(FileFault.atLine(file, line, truncated ? CbsFile.TRUNCATED : CbsFile.MALFORMED, what));
        }

        private void accept(CsvRecord record, boolean last) {
            long line = record.getStartingLineNumber();
            if (isBlank(record)) {
                return;
            }
            for (int i = 0; i < record.getFieldCount(); i++) {
                if (record.getField(i).indexOf(CsvInput.NOT_TEXT) >= 0) {
                    faults.add(FileFault.builder()
                            .file(file)
                            .rule(CbsFile.ENCODING)
                            .line(line)
                            .column(i + 1)
                            .field(headerSeen && i < header.size() ? Optional.of(header.name(i)) : Optional.empty())
                            .rejected(record.getField(i))
                            .build());
                }
            }
            if (!headerSeen) {
                headerSeen = true;
                String[] names = new String[record.getFieldCount()];
                for (int i = 0; i < names.length; i++) {
                    names[i] = record.getField(i).strip();
                }
                header = new Header(line, names);
                handler = onHeader.apply(header);
                return;
            }
            rows++;
            if (record.getFieldCount() != header.size()) {
                boolean truncated = last && record.getFieldCount() < header.size();
                faults.add(FileFault.atLine(
                        file,
                        line,
                        truncated ? CbsFile.TRUNCATED : CbsFile.FIELD_COUNT,
                        record.getFieldCount() + " fields where the header has " + header.size()));
                return;
            }
            handler.ifPresent(h -> h.row(line, record));
        }
    }

    /** Whether the record is an empty line (one empty field). */
    private static boolean isBlank(CsvRecord record) {
        return record.getFieldCount() == 1 && record.getField(0).isEmpty();
    }

    /** The line breaks inside the record's quoted fields (CR LF counts once), as the parser counts lines. */
    private static long lineBreaks(CsvRecord record) {
        long breaks = 0;
        for (int f = 0; f < record.getFieldCount(); f++) {
            String field = record.getField(f);
            for (int i = 0; i < field.length(); i++) {
                char c = field.charAt(i);
                if (c == '\n' || c == '\r' && (i + 1 == field.length() || field.charAt(i + 1) != '\n')) {
                    breaks++;
                }
            }
        }
        return breaks;
    }

    /**
     * The whole number in {@code text} (digits, optionally after a minus sign), or {@link #NOT_A_NUMBER} when it is
     * not one or does not fit an {@code int}.
     */
    static long wholeNumber(String text) {
        int from = text.startsWith("-") ? 1 : 0;
        if (text.length() == from || text.length() - from > 10) {
            return NOT_A_NUMBER;
        }
        long value = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return NOT_A_NUMBER;
            }
            value = value * 10 + (c - '0');
        }
        value = from == 1 ? -value : value;
        return value > Integer.MAX_VALUE || value < Integer.MIN_VALUE ? NOT_A_NUMBER : value;
    }

    /** Throws every fault, ordered by line (faults of the whole file first), if there is any. */
    static void throwIfAny(ArrayList<FileFault> faults) {
        if (!faults.isEmpty()) {
            faults.sort(Comparator.comparingLong(f -> f.line().orElse(0L)));
            throw new FileFaultException(Vector.ofAll(faults));
        }
    }

    /** The rule's fault in one field of a row. */
    static FileFault at(String file, long line, Header header, int index, Rule rule, String rejected) {
        return FileFault.at(file, line, index + 1, header.name(index), rule, rejected);
    }
}
