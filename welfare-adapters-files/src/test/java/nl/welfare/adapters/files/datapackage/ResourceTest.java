package nl.welfare.adapters.files.datapackage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.welfare.indicators.definition.Attribute;
import nl.welfare.indicators.definition.AttributeType;
import nl.welfare.indicators.definition.FactType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The resources' columns against the two other places that name them: a fact type's attributes, from which a resource
 * of facts takes its columns (a column read otherwise than its attribute must still agree with it), and the tables of
 * docs/data-package.md.
 */
@DisplayName("The resources of a data package")
class ResourceTest {

    @Test
    @DisplayName("hold each fact type in exactly one resource, named as the fact type's resource")
    void oneResourcePerFactType() {
        for (FactType type : FactType.values()) {
            Seq<Resource> holding =
                    List.of(Resource.values()).filter(r -> r.factType().contains(type));
            assertEquals(1, holding.size(), type.code());
            assertEquals(type.resource(), holding.head().resourceName());
        }
    }

    @Test
    @DisplayName("of facts have a column per attribute, in order, each agreeing with its attribute")
    void columnsAgreeWithTheAttributes() {
        for (Resource resource : Resource.values()) {
            if (resource.factType().isEmpty()) {
                continue;
            }
            FactType type = resource.factType().get();
            assertEquals(
                    type.attributes().map(Attribute::name), resource.columns().map(Resource.Column::name));
            for (Resource.Column column : resource.columns()) {
                Attribute attribute = type.attribute(column.name()).get();
                String where = resource.resourceName() + "." + column.name();
                assertEquals(attribute.required(), column.valueRequired(), where + ": a value in every row");
                assertTrue(column.required() || !attribute.required(), where + ": in the header");
                AttributeType kind = attribute.type();
                if (kind == AttributeType.ID || kind == AttributeType.AREA || kind == AttributeType.ENUM) {
                    assertTrue(column.code(), where + ": read as a code");
                }
                Resource.ColumnType expected = switch (kind) {
                    case DATE -> Resource.ColumnType.DATE;
                    case INTEGER -> Resource.ColumnType.INTEGER;
                    case DECIMAL -> Resource.ColumnType.NUMBER;
                    default -> Resource.ColumnType.TEXT;
                };
                // A column may be read as text, kept as written, where its attribute is more (a survey answer).
                assertTrue(
                        column.type() == expected || column.type() == Resource.ColumnType.TEXT,
                        where + ": read as " + column.type() + " for an attribute of type " + kind);
            }
        }
    }

    @Test
    @DisplayName("are listed in docs/data-package.md with the same columns, in order, required as they are")
    void documented() throws IOException {
        java.util.List<String> lines = Files.readAllLines(Path.of("..", "docs", "data-package.md"));
        for (Resource resource : Resource.values()) {
            String heading = "### `" + resource.resourceName() + "`";
            int at = 0;
            while (at < lines.size() && !lines.get(at).startsWith(heading)) {
                at++;
            }
            assertTrue(at < lines.size(), heading);
            List<String> names = List.empty();
            List<Boolean> required = List.empty();
            for (at++; at < lines.size() && !lines.get(at).startsWith("#"); at++) {
                String line = lines.get(at);
                if (line.startsWith("| `")) {
                    String[] cells = line.split("\\|");
                    names = names.append(cells[1].strip().replace("`", ""));
                    required = required.append(cells[3].contains("**required**"));
                }
            }
            assertEquals(resource.columns().map(Resource.Column::name), names, resource.resourceName());
            assertEquals(resource.columns().map(Resource.Column::required), required, resource.resourceName());
        }
    }
}
