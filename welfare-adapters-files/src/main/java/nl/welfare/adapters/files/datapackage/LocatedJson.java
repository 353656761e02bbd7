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
import nl.welfare.adapters.files.internal.io.JsonTree;
import nl.welfare.adapters.files.internal.io.Node;

/**
 * A JSON document read into the module's located tree ({@link JsonTree}) and seen as Jackson's {@link JsonNode}s, each
 * object, array and property remembering its line, so that a fault in the descriptor names the line a researcher has
 * to fix. Duplicate properties and text after the document are syntax errors.
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
        root = view(JsonTree.value(parser, first, (path, name, line, column) -> {
            // The parser rejects a duplicate property before the tree sees it; should one come through, it is one.
            throw new JsonParseException(parser, "Duplicate field '" + name + "'");
        }));
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

    /** {@code node} as Jackson's tree, with the lines of its containers, properties and elements remembered. */
    private JsonNode view(Node node) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        switch (node.type()) {
            case OBJECT: {
                ObjectNode object = nodes.objectNode();
                starts.put(object, node.line());
                Map<String, Long> lines = new HashMap<>();
                properties.put(object, lines);
                for (Node.Member member : node.members().values()) {
                    lines.put(member.name(), member.line());
                    object.set(member.name(), view(member.value()));
                }
                return object;
            }
            case ARRAY: {
                ArrayNode array = nodes.arrayNode();
                starts.put(array, node.line());
                List<Long> lines = new ArrayList<>();
                elements.put(array, lines);
                for (Node element : node.elements()) {
                    lines.add(element.line());
                    array.add(view(element));
                }
                return array;
            }
            case STRING:
                return nodes.textNode(node.text());
            case INTEGER:
                return nodes.numberNode(node.integer().orElseThrow());
            case DECIMAL:
                return nodes.numberNode(node.number());
            case BOOLEAN:
                return nodes.booleanNode(node.text().equals("true"));
            default:
                return nodes.nullNode();
        }
    }
}
