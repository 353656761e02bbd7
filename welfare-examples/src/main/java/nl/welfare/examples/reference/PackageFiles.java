package nl.welfare.examples.reference;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The files of a data package written a row at a time (streaming): one plain RFC 4180 CSV file per resource (comma,
 * double quotes where needed, CRLF, UTF-8 without byte order mark), all open at once, and at the end a {@code
 * datapackage.json} that declares each resource with its Table Schema, in the form {@code DataPackageWriter} writes.
 * Nothing but the current row is held in memory.
 */
final class PackageFiles implements Closeable {

    /** The name of the descriptor. */
    static final String DESCRIPTOR = "datapackage.json";

    /** A column: its name, its Table Schema type, and whether every row fills it in. */
    record Column(String name, String type, boolean required) {}

    /** The resources {@code welfare generate} writes, in the order of docs/data-package.md, with their columns. */
    enum Table {
        AREAS(
                "areas",
                req("code"),
                req("name"),
                req("level"),
                opt("parent_code", "string"),
                opt("population", "integer")),
        AREA_POPULATIONS(
                "area_populations", req("area_code"), reqOf("year", "integer"), reqOf("population", "integer")),
        AREA_GROUPINGS("area_groupings", req("grouping"), req("group_code"), req("group_name"), req("area_code")),
        INITIATIVES(
                "initiatives",
                req("id"),
                req("name"),
                req("area_code"),
                req("lead"),
                reqOf("started", "date"),
                opt("ended", "date"),
                opt("theme", "string")),
        INITIATIVE_LINKS(
                "initiative_links",
                req("initiative_id"),
                req("other_initiative_id"),
                reqOf("since", "date"),
                opt("until", "date")),
        PROVISIONS(
                "provisions",
                req("id"),
                req("name"),
                req("kind"),
                req("area_code"),
                reqOf("started", "date"),
                opt("ended", "date")),
        ACTIVITIES(
                "activities",
                req("id"),
                req("name"),
                req("area_code"),
                opt("initiative_id", "string"),
                opt("provision_id", "string"),
                opt("theme", "string")),
        RESIDENTS("residents", req("id"), req("area_code"), opt("birth_year", "integer")),
        COHORTS("cohorts", req("cohort"), req("resident_id"), reqOf("joined", "date"), opt("left", "date")),
        PARTICIPATIONS(
                "participations",
                req("resident_id"),
                req("activity_id"),
                req("area_code"),
                reqOf("date", "date"),
                req("role")),
        LADDER_ASSESSMENTS("ladder_assessments", req("resident_id"), reqOf("date", "date"), reqOf("rung", "integer")),
        SELF_RELIANCE_ASSESSMENTS(
                "self_reliance_assessments",
                req("resident_id"),
                reqOf("date", "date"),
                req("domain"),
                reqOf("score", "integer")),
        SUPPORT_EPISODES(
                "support_episodes",
                req("id"),
                opt("resident_id", "string"),
                req("area_code"),
                req("kind"),
                req("provision"),
                reqOf("started", "date"),
                opt("ended", "date")),
        SURVEY_RESPONSES(
                "survey_responses",
                req("respondent_id"),
                req("area_code"),
                reqOf("date", "date"),
                req("question"),
                opt("answer", "string"),
                opt("weight", "number"));

        private final String resource;
        private final List<Column> columns;

        Table(String resource, Column... columns) {
            this.resource = resource;
            this.columns = List.of(columns);
        }

        /** The resource's name in the descriptor, such as {@code survey_responses}. */
        String resource() {
            return resource;
        }

        /** The file's name, such as {@code survey_responses.csv}. */
        String fileName() {
            return resource + ".csv";
        }

        /** The columns, in the file's order. */
        List<Column> columns() {
            return columns;
        }

        private static Column req(String name) {
            return new Column(name, "string", true);
        }

        private static Column reqOf(String name, String type) {
            return new Column(name, type, true);
        }

        private static Column opt(String name, String type) {
            return new Column(name, type, false);
        }
    }

    private final Path folder;
    private final Map<Table, Writer> writers = new EnumMap<>(Table.class);
    private final Map<Table, Long> rows = new EnumMap<>(Table.class);
    private final StringBuilder line = new StringBuilder(256);

    /** Opens a file with its header for every table of {@code tables} in {@code folder} (created if needed). */
    PackageFiles(Path folder, Iterable<Table> tables) {
        this.folder = folder;
        try {
            Files.createDirectories(folder);
            for (Table table : tables) {
                Writer writer = new BufferedWriter(
                        new OutputStreamWriter(
                                Files.newOutputStream(folder.resolve(table.fileName())), StandardCharsets.UTF_8),
                        1 << 16);
                writers.put(table, writer);
                rows.put(table, 0L);
                String[] header = table.columns().stream().map(Column::name).toArray(String[]::new);
                write(writer, header);
            }
        } catch (IOException e) {
            closeQuietly();
            throw new UncheckedIOException("cannot write the data package to " + folder, e);
        }
    }

    /** Writes one row of {@code table}; its fields in the order of its columns, empty for none. */
    void row(Table table, String... fields) {
        Writer writer = writers.get(table);
        if (writer == null) {
            throw new IllegalStateException(table + " was not opened");
        }
        if (fields.length != table.columns().size()) {
            throw new IllegalArgumentException(
                    table + " has " + table.columns().size() + " columns, not " + fields.length);
        }
        try {
            write(writer, fields);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot write " + folder.resolve(table.fileName()) + " (row " + (rows.get(table) + 1) + ")", e);
        }
        rows.merge(table, 1L, Long::sum);
    }

    /** The rows written so far per table, without headers. */
    Map<Table, Long> rows() {
        return new EnumMap<>(rows);
    }

    /**
     * Closes every file and writes the descriptor: {@code properties} is the text of the JSON members to put before
     * {@code resources} (each {@code "name": value}, already JSON), {@code extra} gives per table JSON members to add to
     * its resource entry (such as {@code "vintage": 2022}).
     */
    void finish(List<String> properties, Map<Table, String> extra) {
        close();
        StringBuilder json = new StringBuilder(16_384);
        json.append("{\n");
        for (String property : properties) {
            json.append("  ").append(property).append(",\n");
        }
        json.append("  \"resources\": [");
        boolean first = true;
        for (Table table : writers.keySet()) {
            json.append(first ? "\n" : ",\n");
            first = false;
            json.append("    {\n");
            json.append("      \"name\": ").append(quote(table.resource())).append(",\n");
            json.append("      \"path\": ").append(quote(table.fileName())).append(",\n");
            json.append("      \"profile\": \"tabular-data-resource\",\n");
            json.append("      \"format\": \"csv\",\n");
            json.append("      \"mediatype\": \"text/csv\",\n");
            json.append("      \"encoding\": \"utf-8\",\n");
            String more = extra.get(table);
            if (more != null) {
                json.append("      ").append(more).append(",\n");
            }
            json.append("      \"schema\": {\n        \"fields\": [");
            boolean firstField = true;
            for (Column column : table.columns()) {
                json.append(firstField ? "\n" : ",\n");
                firstField = false;
                json.append("          {\"name\": ")
                        .append(quote(column.name()))
                        .append(", \"type\": ")
                        .append(quote(column.type()));
                if (column.required()) {
                    json.append(", \"constraints\": {\"required\": true}");
                }
                json.append('}');
            }
            json.append("\n        ]");
            if (table.columns().get(0).name().equals("id")) {
                json.append(",\n        \"primaryKey\": [\"id\"]");
            } else if (table == Table.AREAS) {
                json.append(",\n        \"primaryKey\": [\"code\"]");
            }
            json.append("\n      }\n    }");
        }
        json.append("\n  ]\n}\n");
        try {
            Files.writeString(folder.resolve(DESCRIPTOR), json, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + folder.resolve(DESCRIPTOR), e);
        }
    }

    /** Closes every file; the descriptor is not written. */
    @Override
    public void close() {
        IOException failed = null;
        for (Map.Entry<Table, Writer> entry : writers.entrySet()) {
            try {
                entry.getValue().close();
            } catch (IOException e) {
                failed = e;
            }
        }
        if (failed != null) {
            throw new UncheckedIOException("cannot write the data package to " + folder, failed);
        }
    }

    private void closeQuietly() {
        for (Writer writer : writers.values()) {
            try {
                writer.close();
            } catch (IOException ignored) {
                // already failing
            }
        }
    }

    private void write(Writer writer, String[] fields) throws IOException {
        line.setLength(0);
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            String field = fields[i];
            if (needsQuotes(field)) {
                line.append('"').append(field.replace("\"", "\"\"")).append('"');
            } else {
                line.append(field);
            }
        }
        line.append("\r\n");
        writer.append(line);
    }

    private static boolean needsQuotes(String field) {
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }

    /** {@code text} as a JSON string. */
    static String quote(String text) {
        StringBuilder quoted = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                case '\t' -> quoted.append("\\t");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
