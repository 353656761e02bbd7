package nl.welfare.adapters.files.internal.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;

/**
 * Reads one JSON value from Jackson's streaming parser into {@link Node}s that keep the line and column where each
 * value and each property name starts, so that a fault found in the tree names the place a researcher has to fix. The
 * caller makes the parser (its factory says how strict it is) and decides what an empty document or text after the
 * value is.
 */
public final class JsonTree {

    /** What to do with a property an object already has: its first value is kept, the repeat is reported here. */
    @FunctionalInterface
    public interface Duplicates {
        /**
         * The property {@code name} at {@code path}, repeated at {@code line} and {@code column}; an
         * {@link IOException} ends the reading.
         */
        void found(String path, String name, long line, int column) throws IOException;
    }

    private JsonTree() {}

    /**
     * The value that starts with {@code token}, the parser's current token, read to its end; throws Jackson's
     * {@link com.fasterxml.jackson.core.JsonProcessingException} (with its place) for a syntax error.
     */
    public static Node value(JsonParser parser, JsonToken token, Duplicates duplicates) throws IOException {
        return value(parser, token, "", duplicates);
    }

    private static JsonToken next(JsonParser parser) throws IOException {
        JsonToken token = parser.nextToken();
        if (token == null) {
            throw new JsonParseException(parser, "the file ends inside a JSON value");
        }
        return token;
    }

    private static Node value(JsonParser parser, JsonToken token, String path, Duplicates duplicates)
            throws IOException {
        JsonLocation at = parser.currentTokenLocation();
        long line = at.getLineNr();
        int column = at.getColumnNr();
        switch (token) {
            case START_OBJECT:
                LinkedHashMap<String, Node.Member> members = new LinkedHashMap<>();
                for (JsonToken t = next(parser); t != JsonToken.END_OBJECT; t = next(parser)) {
                    String name = parser.currentName();
                    JsonLocation nameAt = parser.currentTokenLocation();
                    String memberPath = Paths.member(path, name);
                    Node member = value(parser, next(parser), memberPath, duplicates);
                    if (members.containsKey(name)) {
                        duplicates.found(memberPath, name, nameAt.getLineNr(), nameAt.getColumnNr());
                    } else {
                        members.put(name, new Node.Member(name, nameAt.getLineNr(), nameAt.getColumnNr(), member));
                    }
                }
                return Node.object(line, column, members);
            case START_ARRAY:
                ArrayList<Node> elements = new ArrayList<>();
                for (JsonToken t = next(parser); t != JsonToken.END_ARRAY; t = next(parser)) {
                    elements.add(value(parser, t, Paths.element(path, elements.size()), duplicates));
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
}
