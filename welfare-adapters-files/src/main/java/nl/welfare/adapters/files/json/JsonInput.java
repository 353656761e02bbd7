package nl.welfare.adapters.files.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import io.vavr.control.Option;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import nl.welfare.adapters.files.internal.io.FaultLog;
import nl.welfare.adapters.files.internal.io.JsonTree;
import nl.welfare.adapters.files.internal.io.Node;

/**
 * Reads a JSON document into {@link Node}s with the module's {@link JsonTree}, keeping the place of every value: bytes
 * are decoded as UTF-8 first (a byte-order mark is skipped), so that columns count characters.
 */
final class JsonInput {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(JsonRules.MAX_DEPTH)
                    .maxNumberLength(100)
                    .maxStringLength(1_000_000)
                    .maxDocumentLength(100_000_000L)
                    .build())
            .build();

    private JsonInput() {}

    /** The document in {@code file}, or none with the fault that it cannot be read or parsed. */
    static Option<Node> read(Path file, FaultLog faults) {
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (IOException | SecurityException e) {
            faults.addToFile(JsonRules.UNREADABLE, e.getClass().getSimpleName() + ": " + e.getMessage());
            return Option.none();
        }
        return read(content, faults);
    }

    /** The document in {@code content}, UTF-8, or none with the fault that it is not well-formed. */
    static Option<Node> read(byte[] content, FaultLog faults) {
        ByteBuffer in = ByteBuffer.wrap(content);
        CharBuffer out = CharBuffer.allocate(content.length + 1);
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = Math.min(in.position(), content.length - 1);
            faults.add(
                    JsonRules.NOT_UTF8,
                    "",
                    lineOf(content, offset),
                    1,
                    Optional.of("byte " + (offset + 1) + " (0x" + String.format("%02X", content[offset] & 0xFF) + ")"));
            return Option.none();
        }
        out.flip();
        return read(out.toString(), faults);
    }

    /** The document {@code text}, or none with the fault that it is not well-formed. */
    static Option<Node> read(String text, FaultLog faults) {
        String json = text.startsWith("\uFEFF") ? text.substring(1) : text;
        try (JsonParser parser = FACTORY.createParser(json)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                faults.add(JsonRules.MALFORMED, "", 1, 1, Optional.of("(empty file)"));
                return Option.none();
            }
            Node root = JsonTree.value(
                    parser,
                    first,
                    (path, name, line, column) ->
                            faults.add(JsonRules.DUPLICATE_PROPERTY, path, line, column, Optional.of(name)));
            JsonToken after = parser.nextToken();
            if (after != null) {
                JsonLocation at = parser.currentTokenLocation();
                faults.add(
                        JsonRules.MALFORMED,
                        "",
                        at.getLineNr(),
                        at.getColumnNr(),
                        Optional.of("more content after the end of the document"));
                return Option.none();
            }
            return Option.some(root);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            long line = at == null ? 1 : Math.max(1, at.getLineNr());
            int column = at == null ? 1 : Math.max(1, at.getColumnNr());
            String message = e.getOriginalMessage();
            faults.add(JsonRules.MALFORMED, "", line, column, Optional.of(firstLine(message == null ? "" : message)));
            return Option.none();
        } catch (IOException e) {
            faults.addToFile(JsonRules.MALFORMED, String.valueOf(e.getMessage()));
            return Option.none();
        }
    }

    private static String firstLine(String message) {
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    private static long lineOf(byte[] content, int offset) {
        long line = 1;
        for (int i = 0; i < offset && i < content.length; i++) {
            if (content[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
