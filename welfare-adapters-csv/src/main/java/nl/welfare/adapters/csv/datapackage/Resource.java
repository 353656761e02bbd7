package nl.welfare.adapters.csv.datapackage;

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
            text("code", true),
            text("name", true),
            text("level", true),
            text("parent_code", false),
            integer("population", false)),
    AREA_POPULATIONS(null, text("area_code", true), integer("year", true), integer("population", true)),
    AREA_GROUPINGS(
            null, text("grouping", true), text("group_code", true), text("group_name", true), text("area_code", true)),
    INITIATIVES(
            FactType.INITIATIVES,
            text("id", true),
            text("name", true),
            text("area_code", true),
            text("lead", true),
            date("started", true),
            date("ended", false),
            text("theme", false)),
    INITIATIVE_LINKS(
            FactType.INITIATIVE_LINKS,
            text("initiative_id", true),
            text("other_initiative_id", true),
            date("since", true),
            date("until", false)),
    PROVISIONS(
            FactType.PROVISIONS,
            text("id", true),
            text("name", true),
            text("kind", true),
            text("area_code", true),
            date("started", true),
            date("ended", false)),
    ACTIVITIES(
            FactType.ACTIVITIES,
            text("id", true),
            text("name", true),
            text("area_code", true),
            text("initiative_id", false),
            text("provision_id", false),
            text("theme", false)),
    RESIDENTS(FactType.RESIDENTS, text("id", true), text("area_code", true), integer("birth_year", false)),
    COHORTS(null, text("cohort", true), text("resident_id", true), date("joined", true), date("left", false)),
    PARTICIPATIONS(
            FactType.PARTICIPATIONS,
            text("resident_id", true),
            text("activity_id", true),
            text("area_code", true),
            date("date", true),
            text("role", true)),
    LADDER_ASSESSMENTS(
            FactType.LADDER_ASSESSMENTS, text("resident_id", true), date("date", true), integer("rung", true)),
    SELF_RELIANCE_ASSESSMENTS(
            FactType.SELF_RELIANCE_ASSESSMENTS,
            text("resident_id", true),
            date("date", true),
            text("domain", true),
            integer("score", true)),
    SUPPORT_EPISODES(
            FactType.SUPPORT_EPISODES,
            text("id", true),
            text("resident_id", false),
            text("area_code", true),
            text("kind", true),
            text("provision", true),
            date("started", true),
            date("ended", false)),
    SURVEY_RESPONSES(
            FactType.SURVEY_RESPONSES,
            text("respondent_id", true),
            text("area_code", true),
            date("date", true),
            text("question", true),
            // Required as a column; an empty answer is read (and warned about), as any answer that is not valid.
            new Column("answer", true, ColumnType.TEXT, false),
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
     * A column: its name, whether the header must have it, what it holds, and whether a row must fill it in (a
     * required column's value, except a survey answer).
     */
    record Column(String name, boolean required, ColumnType type, boolean valueRequired) {}

    private final Option<FactType> factType;
    private final Seq<Column> columns;

    Resource(@Nullable FactType factType, Column... columns) {
        this.factType = Option.of(factType);
        this.columns = List.of(columns);
    }

    private static Column text(String name, boolean required) {
        return new Column(name, required, ColumnType.TEXT, required);
    }

    private static Column date(String name, boolean required) {
        return new Column(name, required, ColumnType.DATE, required);
    }

    private static Column integer(String name, boolean required) {
        return new Column(name, required, ColumnType.INTEGER, required);
    }

    private static Column number(String name, boolean required) {
        return new Column(name, required, ColumnType.NUMBER, required);
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
