package nl.welfare.adapters.files.datapackage;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON document read with Jackson's streaming parser into a tree that remembers the line of each object, array and
 * property, so that a fault in the descriptor names the line a researcher has to fix. Duplicate properties and text
 * after the document are syntax errors.
 */
final class LocatedJson {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final JsonNode root;
    private final Map<JsonNode, Long> starts = new IdentityHashMap<>();
    private final Map<JsonNode, Map<String, Long>> properties = new IdentityHashMap<>();
    private final Map<JsonNode, List<Long>> elements = new IdentityHashMap<>();

    private LocatedJson(JsonParser parser) throws IOException {
        JsonToken first = parser.nextToken();
        if (first == null) {
            throw new JsonParseException(parser, "no JSON value: the file is empty");
        }
        root = value(parser, first);
        if (parser.nextToken() != null) {
            throw new JsonParseException(parser, "text after the end of the JSON value");
        }
    }

    /**
     * The document in {@code in}; throws Jackson's {@link com.fasterxml.jackson.core.JsonProcessingException} (with
     * the line) for a syntax error, and {@link IOException} when the stream cannot be read.
     */
    static LocatedJson parse(InputStream in) throws IOException {
        try (JsonParser parser = FACTORY.createParser(in)) {
            return new LocatedJson(parser);
        }
    }

    /** The document's root value. */
    JsonNode root() {
        return root;
    }

    /** The line where the object or array {@code container} starts; 1 for any other value. */
    long line(JsonNode container) {
        return starts.getOrDefault(container, 1L);
    }

    /** The line of {@code object}'s property {@code name}, or where the object starts when it has none. */
    long line(JsonNode object, String name) {
        Map<String, Long> lines = properties.get(object);
        Long line = lines == null ? null : lines.get(name);
        return line == null ? line(object) : line;
    }

    /** The line of element {@code index} of {@code array}, or where the array starts. */
    long line(JsonNode array, int index) {
        List<Long> lines = elements.get(array);
        return lines == null || index >= lines.size() ? line(array) : lines.get(index);
    }

    private static JsonToken next(JsonParser parser) throws IOException {
        JsonToken token = parser.nextToken();
        if (token == null) {
            throw new JsonParseException(parser, "the file ends inside a JSON value");
        }
        return token;
    }

    private JsonNode value(JsonParser parser, JsonToken token) throws IOException {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        long line = parser.currentTokenLocation().getLineNr();
        switch (token) {
            case START_OBJECT: {
                ObjectNode object = nodes.objectNode();
                starts.put(object, line);
                Map<String, Long> lines = new HashMap<>();
                properties.put(object, lines);
                for (JsonToken t = next(parser); t != JsonToken.END_OBJECT; t = next(parser)) {
                    String name = parser.currentName();
                    lines.put(name, (long) parser.currentTokenLocation().getLineNr());
                    object.set(name, value(parser, next(parser)));
                }
                return object;
            }
            case START_ARRAY: {
                ArrayNode array = nodes.arrayNode();
                starts.put(array, line);
                List<Long> lines = new ArrayList<>();
                elements.put(array, lines);
                for (JsonToken t = next(parser); t != JsonToken.END_ARRAY; t = next(parser)) {
                    lines.add((long) parser.currentTokenLocation().getLineNr());
                    array.add(value(parser, t));
                }
                return array;
            }
            case VALUE_STRING:
                return nodes.textNode(parser.getText());
            case VALUE_NUMBER_INT:
                return nodes.numberNode(parser.getBigIntegerValue());
            case VALUE_NUMBER_FLOAT:
                return nodes.numberNode(parser.getDoubleValue());
            case VALUE_TRUE:
                return nodes.booleanNode(true);
            case VALUE_FALSE:
                return nodes.booleanNode(false);
            default:
                return nodes.nullNode();
        }
    }
}
