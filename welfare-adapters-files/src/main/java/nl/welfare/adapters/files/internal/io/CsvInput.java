package nl.welfare.adapters.files.internal.io;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.Arrays;

/**
 * CSV input as every reader of this module takes it, with FastCSV: strict quoting (a quote left open or text after a
 * closing quote is a parse error, never a guess), rows of any number of fields (the reader checks them against the
 * header and names the line), text decoded with {@link #NOT_TEXT} where bytes are not text in the file's encoding (the
 * reader reports where it is), and a byte order mark skipped.
 */
public final class CsvInput {

    /** The replacement character the decoder puts where bytes are not text in the file's encoding. */
    public static final char NOT_TEXT = '\uFFFD';

    /**
     * How a file separates its fields and quotes them, which character starts a comment line (none: no comments), and
     * whether empty lines are skipped by the parser (else each is a record of one empty field, so that the line of
     * every record is known).
     */
    public record Format(char delimiter, char quote, Option<Character> comment, boolean skipEmptyLines) {

        /** The fields separated by {@code delimiter} and quoted with {@code "}, without comments. */
        public static Format of(char delimiter, boolean skipEmptyLines) {
            return new Format(delimiter, '"', Option.none(), skipEmptyLines);
        }
    }

    private CsvInput() {}

    /**
     * FastCSV's reader builder set to {@code format}; throws an {@link IllegalArgumentException} on building when
     * FastCSV refuses the format (a separator that is also the quote).
     */
    public static CsvReader.CsvReaderBuilder builder(Format format) {
        CsvReader.CsvReaderBuilder builder = CsvReader.builder()
                .fieldSeparator(format.delimiter())
                .quoteCharacter(format.quote())
                .skipEmptyLines(format.skipEmptyLines())
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .allowUnclosedQuote(false)
                .allowExtraCharsAfterClosingQuote(false);
        if (format.comment().isDefined()) {
            builder.commentStrategy(CommentStrategy.SKIP)
                    .commentCharacter(format.comment().get());
        } else {
            // The comment character must differ from the others even when comments are off.
            char unused = format.delimiter() == '#' || format.quote() == '#' ? '\u0001' : '#';
            builder.commentStrategy(CommentStrategy.NONE).commentCharacter(unused);
        }
        return builder;
    }

    /** The text of {@code in} in {@code charset}, with {@link #NOT_TEXT} for each sequence of bytes that is not text. */
    public static Reader decoded(InputStream in, Charset charset) {
        return new InputStreamReader(
                in,
                charset.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPLACE)
                        .onUnmappableCharacter(CodingErrorAction.REPLACE));
    }

    /**
     * Skips a UTF-8 byte order mark at the start of {@code in}, which must support {@link InputStream#mark}; returns
     * whether there was one.
     */
    public static boolean skipUtf8ByteOrderMark(InputStream in) throws IOException {
        in.mark(3);
        byte[] bom = in.readNBytes(3);
        if (bom.length == 3 && (bom[0] & 0xFF) == 0xEF && (bom[1] & 0xFF) == 0xBB && (bom[2] & 0xFF) == 0xBF) {
            return true;
        }
        in.reset();
        return false;
    }

    /**
     * The text of {@code source} without the byte order mark it may start with; closing it does not close {@code
     * source}, which the caller owns.
     */
    public static Reader withoutByteOrderMark(Reader source) throws IOException {
        PushbackReader reader = new PushbackReader(source) {
            @Override
            public void close() {
                // The caller owns the source.
            }
        };
        int first = reader.read();
        if (first >= 0 && first != '\uFEFF') {
            reader.unread(first);
        }
        return reader;
    }

    /**
     * The FastCSV callback that collects one record's fields into a reused array, with the line the record starts on,
     * so that no object per row is made but the field texts: the reader of a large file holds one row at a time.
     */
    public static final class Fields extends AbstractBaseCsvCallbackHandler<Fields> {
        private String[] fields = new String[16];
        private int count;
        private long line;

        /** The line the current record starts on, counted from 1 (0 before the first). */
        public long line() {
            return line;
        }

        /** The number of fields of the current record. */
        public int size() {
            return count;
        }

        /** The field at {@code index} (from 0, below {@link #size()}) of the current record. */
        public String field(int index) {
            return fields[index];
        }

        /** The fields of the current record, in an array reused for the next record. */
        public String[] reused() {
            return fields;
        }

        /** A copy of the fields of the current record. */
        public String[] copy() {
            return Arrays.copyOf(fields, count);
        }

        @Override
        protected void handleBegin(long startingLineNumber) {
            line = startingLineNumber;
            count = 0;
        }

        @Override
        protected void handleField(int fieldIdx, char[] buf, int offset, int len, boolean quoted) {
            if (fieldIdx >= fields.length) {
                fields = Arrays.copyOf(fields, Math.max(fields.length * 2, fieldIdx + 1));
            }
            fields[fieldIdx] = new String(buf, offset, len);
            count = fieldIdx + 1;
        }

        @Override
        protected Fields buildRecord() {
            return this;
        }
    }
}
