package nl.welfare.adapters.files.datapackage;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Locale;
import nl.welfare.indicators.definition.FactType;
import org.jspecify.annotations.Nullable;

/**
 * The resources of the welfare data package and their columns, as docs/data-package.md lists them, in the order they are read:
 * every resource comes after the resources it refers to.
 */
enum Resource {
    AREAS(
            null,
            code("code", true),
            text("name", true),
            code("level", true),
            code("parent_code", false),
            integer("population", false)),
    AREA_POPULATIONS(null, code("area_code", true), integer("year", true), integer("population", true)),
    AREA_GROUPINGS(
            null, text("grouping", true), code("group_code", true), text("group_name", true), code("area_code", true)),
    INITIATIVES(
            FactType.INITIATIVES,
            code("id", true),
            text("name", true),
            code("area_code", true),
            code("lead", true),
            date("started", true),
            date("ended", false),
            text("theme", false)),
    INITIATIVE_LINKS(
            FactType.INITIATIVE_LINKS,
            code("initiative_id", true),
            code("other_initiative_id", true),
            date("since", true),
            date("until", false)),
    PROVISIONS(
            FactType.PROVISIONS,
            code("id", true),
            text("name", true),
            code("kind", true),
            code("area_code", true),
            date("started", true),
            date("ended", false)),
    ACTIVITIES(
            FactType.ACTIVITIES,
            code("id", true),
            text("name", true),
            code("area_code", true),
            code("initiative_id", false),
            code("provision_id", false),
            text("theme", false)),
    RESIDENTS(FactType.RESIDENTS, code("id", true), code("area_code", true), integer("birth_year", false)),
    COHORTS(null, code("cohort", true), code("resident_id", true), date("joined", true), date("left", false)),
    PARTICIPATIONS(
            FactType.PARTICIPATIONS,
            code("resident_id", true),
            code("activity_id", true),
            code("area_code", true),
            date("date", true),
            code("role", true)),
    LADDER_ASSESSMENTS(
            FactType.LADDER_ASSESSMENTS, code("resident_id", true), date("date", true), integer("rung", true)),
    SELF_RELIANCE_ASSESSMENTS(
            FactType.SELF_RELIANCE_ASSESSMENTS,
            code("resident_id", true),
            date("date", true),
            code("domain", true),
            integer("score", true)),
    SUPPORT_EPISODES(
            FactType.SUPPORT_EPISODES,
            code("id", true),
            code("resident_id", false),
            code("area_code", true),
            code("kind", true),
            code("provision", true),
            date("started", true),
            date("ended", false)),
    SURVEY_RESPONSES(
            FactType.SURVEY_RESPONSES,
            code("respondent_id", true),
            code("area_code", true),
            date("date", true),
            code("question", true),
            // Required as a column; an empty answer is read (and warned about), as any answer that is not valid.
            new Column("answer", true, ColumnType.TEXT, false, false),
            number("weight", false));

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

    Resource(@Nullable FactType factType, Column... columns) {
        this.factType = Option.of(factType);
        this.columns = List.of(columns);
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
