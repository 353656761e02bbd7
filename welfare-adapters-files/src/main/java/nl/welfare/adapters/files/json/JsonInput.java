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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Optional;

/**
 * Reads a JSON document into {@link Node}s with Jackson's streaming parser, keeping the place of every value: bytes
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

    private final Faults faults;

    private JsonInput(Faults faults) {
        this.faults = faults;
    }

    /** The document in {@code file}, or none with the fault that it cannot be read or parsed. */
    static Option<Node> read(Path file, Faults faults) {
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
    static Option<Node> read(byte[] content, Faults faults) {
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
    static Option<Node> read(String text, Faults faults) {
        String json = text.startsWith("\uFEFF") ? text.substring(1) : text;
        JsonInput input = new JsonInput(faults);
        try (JsonParser parser = FACTORY.createParser(json)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                faults.add(JsonRules.MALFORMED, "", 1, 1, Optional.of("(empty file)"));
                return Option.none();
            }
            Node root = input.value(parser, first, "");
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

    private Node value(JsonParser parser, JsonToken token, String path) throws IOException {
        JsonLocation at = parser.currentTokenLocation();
        long line = at.getLineNr();
        int column = at.getColumnNr();
        switch (token) {
            case START_OBJECT:
                LinkedHashMap<String, Node.Member> members = new LinkedHashMap<>();
                for (JsonToken t = parser.nextToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
                    String name = parser.currentName();
                    JsonLocation nameAt = parser.currentTokenLocation();
                    String memberPath = Paths.member(path, name);
                    Node member = value(parser, parser.nextToken(), memberPath);
                    if (members.containsKey(name)) {
                        faults.add(
                                JsonRules.DUPLICATE_PROPERTY,
                                memberPath,
                                nameAt.getLineNr(),
                                nameAt.getColumnNr(),
                                Optional.of(name));
                    } else {
                        members.put(name, new Node.Member(name, nameAt.getLineNr(), nameAt.getColumnNr(), member));
                    }
                }
                return Node.object(line, column, members);
            case START_ARRAY:
                ArrayList<Node> elements = new ArrayList<>();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                    elements.add(value(parser, t, Paths.element(path, elements.size())));
                }
                return Node.array(line, column, elements);
            case VALUE_STRING:
                return Node.scalar(Node.Type.STRING, line, column, parser.getText());
            case VALUE_NUMBER_INT:
                return Node.integer(line, column, parser.getText(), parser.getBigIntegerValue());
            case VALUE_NUMBER_FLOAT:
                return Node.decimal(line, column, parser.getText(), parser.getDoubleValue());
            case VALUE_TRUE:
            case VALUE_FALSE:
                return Node.scalar(Node.Type.BOOLEAN, line, column, parser.getText());
            default:
                return Node.scalar(Node.Type.NULL, line, column, "null");
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
