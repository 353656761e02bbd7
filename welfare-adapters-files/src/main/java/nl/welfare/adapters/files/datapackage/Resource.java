package nl.welfare.adapters.files.datapackage;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Locale;
import nl.welfare.indicators.definition.Attribute;
import nl.welfare.indicators.definition.AttributeType;
import nl.welfare.indicators.definition.FactType;

/**
 * The resources of the welfare data package and their columns, as docs/data-package.md lists them, in the order they are read:
 * every resource comes after the resources it refers to.
 *
 * <p>The columns of a resource of facts are not declared here: they are its {@link FactType#attributes()}, in their
 * order, each read as its {@link AttributeType} says ({@link #columnOf(Attribute)}); only where a column is read
 * otherwise (a question code is trimmed as a code, a survey answer is kept as written) does the resource say so,
 * naming the attribute. The resources that are not facts (areas, their populations and groupings, cohorts) declare
 * their columns here.
 */
enum Resource {
    AREAS(
            code("code", true),
            text("name", true),
            code("level", true),
            code("parent_code", false),
            integer("population", false)),
    AREA_POPULATIONS(code("area_code", true), integer("year", true), integer("population", true)),
    AREA_GROUPINGS(text("grouping", true), code("group_code", true), text("group_name", true), code("area_code", true)),
    INITIATIVES(FactType.INITIATIVES),
    INITIATIVE_LINKS(FactType.INITIATIVE_LINKS),
    PROVISIONS(FactType.PROVISIONS),
    ACTIVITIES(FactType.ACTIVITIES),
    RESIDENTS(FactType.RESIDENTS),
    COHORTS(code("cohort", true), code("resident_id", true), date("joined", true), date("left", false)),
    PARTICIPATIONS(FactType.PARTICIPATIONS),
    LADDER_ASSESSMENTS(FactType.LADDER_ASSESSMENTS),
    SELF_RELIANCE_ASSESSMENTS(FactType.SELF_RELIANCE_ASSESSMENTS),
    SUPPORT_EPISODES(FactType.SUPPORT_EPISODES),
    SURVEY_RESPONSES(
            FactType.SURVEY_RESPONSES,
            // A question code is text to a filter, but read as a code: without the spaces around it.
            code("question", true),
            // Required as a column; an empty answer is read (and warned about), as any answer that is not valid, and
            // the answer is kept as written, a number or not.
            new Column("answer", true, ColumnType.TEXT, false, false));

    /** What a column holds, which decides the Table Schema types it accepts and the type the writer gives it. */
    enum ColumnType {
        TEXT("string", List.of("string", "any", "integer", "number", "year")),
        DATE("date", List.of("date", "string", "any")),
        INTEGER("integer", List.of("integer", "year", "number", "string", "any")),
        NUMBER("number", List.of("number", "integer", "string", "any"));

        private final String schemaType;
        private final Seq<String> accepted;

        ColumnType(String schemaType, Seq<String> accepted) {
            this.schemaType = schemaType;
            this.accepted = accepted;
        }

        /** The Table Schema type the writer gives a column of this kind. */
        String schemaType() {
            return schemaType;
        }

        /** Whether a Table Schema field of {@code type} may describe a column of this kind. */
        boolean accepts(String type) {
            return accepted.contains(type);
        }
    }

    /**
     * A column: its name, whether the header must have it, what it holds, whether a row must fill it in (a required
     * column's value, except a survey answer), and whether it holds a code or an id (an area code, a resident id, a
     * question code, an area level), which is read without the spaces around it.
     */
    record Column(String name, boolean required, ColumnType type, boolean valueRequired, boolean code) {}

    private final Option<FactType> factType;
    private final Seq<Column> columns;

    /** A resource that holds no facts, with its columns. */
    Resource(Column... columns) {
        this.factType = Option.none();
        this.columns = List.of(columns);
    }

    /**
     * The resource of {@code factType}: a column per attribute, but for the attributes {@code readOtherwise} names,
     * which are read as they say.
     */
    Resource(FactType factType, Column... readOtherwise) {
        for (Column column : readOtherwise) {
            if (factType.attribute(column.name()).isEmpty()) {
                throw new IllegalStateException(factType.resource() + " has no attribute " + column.name());
            }
        }
        Seq<Column> otherwise = List.of(readOtherwise);
        this.factType = Option.some(factType);
        this.columns = factType.attributes()
                .map(a -> otherwise.find(c -> c.name().equals(a.name())).getOrElse(() -> columnOf(a)));
    }

    /**
     * The column of a fact type's attribute: required in the header and in every row exactly when the attribute is
     * required; an identifier, an area code or an enum's code read as a code (without the spaces around it); a date,
     * a whole or a decimal number as such; text as text.
     */
    static Column columnOf(Attribute attribute) {
        boolean required = attribute.required();
        return switch (attribute.type()) {
            case ID, AREA, ENUM -> code(attribute.name(), required);
            case TEXT -> text(attribute.name(), required);
            case DATE -> date(attribute.name(), required);
            case INTEGER -> integer(attribute.name(), required);
            case DECIMAL -> number(attribute.name(), required);
        };
    }

    private static Column text(String name, boolean required) {
        return new Column(name, required, ColumnType.TEXT, required, false);
    }

    private static Column code(String name, boolean required) {
        return new Column(name, required, ColumnType.TEXT, required, true);
    }

    private static Column date(String name, boolean required) {
        return new Column(name, required, ColumnType.DATE, required, false);
    }

    private static Column integer(String name, boolean required) {
        return new Column(name, required, ColumnType.INTEGER, required, false);
    }

    private static Column number(String name, boolean required) {
        return new Column(name, required, ColumnType.NUMBER, required, false);
    }

    /** The resource's name in the descriptor ({@code support_episodes}). */
    String resourceName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The file the writer gives the resource ({@code support_episodes.csv}). */
    String fileName() {
        return resourceName() + ".csv";
    }

    /** The fact type of a resource of facts; none for areas, populations, groupings and cohorts. */
    Option<FactType> factType() {
        return factType;
    }

    /** The columns, in the order docs/data-package.md gives them (and the writer writes them). */
    Seq<Column> columns() {
        return columns;
    }

    /** The column named {@code name}, if the resource has one. */
    Option<Column> column(String name) {
        return columns.find(c -> c.name().equals(name));
    }

    /** The resource named {@code name} in a descriptor, if there is one. */
    static Option<Resource> named(String name) {
        return List.of(values()).find(r -> r.resourceName().equals(name));
    }
}
