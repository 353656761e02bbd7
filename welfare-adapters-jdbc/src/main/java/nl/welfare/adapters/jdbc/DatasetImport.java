package nl.welfare.adapters.jdbc;

import io.vavr.collection.List;
import io.vavr.control.Either;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.Year;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.IntFunction;
import nl.welfare.domain.resident.SelfRelianceAssessment;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violation;
import nl.welfare.indicators.dataset.Dataset;
import nl.welfare.indicators.dataset.FactTable;
import nl.welfare.indicators.dataset.IntColumn;
import nl.welfare.indicators.definition.FactType;

/**
 * The import of a whole {@link Dataset} in one transaction: lock the store's state row (so that imports run one after
 * the other), refuse or clear what the store holds, write every table (PostgreSQL COPY when the connection offers it,
 * else JDBC batches), record the import, commit. Any fault rolls the whole of it back, and a process killed halfway
 * leaves a transaction the database rolls back on restart: readers see the store before or after, never between.
 */
final class DatasetImport {

    /** Rule: an import with {@link ImportMode#REFUSE} into a store that holds a dataset. */
    static final Rule NOT_EMPTY = Rule.of(
            "jdbc-store.not-empty",
            "must hold no dataset to import one with ImportMode.REFUSE; ImportMode.REPLACE replaces what it holds");

    private static final SqlText LOCK =
            SqlText.of("UPDATE store_state SET last_import_rows = last_import_rows WHERE id = 1");
    private static final SqlText HELD = SqlText.of("SELECT"
            + " (SELECT COUNT(*) FROM area_hierarchy) + (SELECT COUNT(*) FROM areas)"
            + " + (SELECT COUNT(*) FROM area_populations) + (SELECT COUNT(*) FROM area_groupings)"
            + " + (SELECT COUNT(*) FROM residents) + (SELECT COUNT(*) FROM cohorts)"
            + " + (SELECT COUNT(*) FROM ladder_assessments) + (SELECT COUNT(*) FROM self_reliance_assessments)"
            + " + (SELECT COUNT(*) FROM initiatives) + (SELECT COUNT(*) FROM initiative_links)"
            + " + (SELECT COUNT(*) FROM activities) + (SELECT COUNT(*) FROM participations)"
            + " + (SELECT COUNT(*) FROM provisions) + (SELECT COUNT(*) FROM support_episodes)"
            + " + (SELECT COUNT(*) FROM survey_responses) AS held,"
            + " (SELECT last_import_at FROM store_state WHERE id = 1) AS last_import_at");
    private static final SqlText RECORD =
            SqlText.of("UPDATE store_state SET last_import_at = ?, last_import_rows = ? WHERE id = 1");
    private static final SqlText INSERT_HIERARCHY =
            SqlText.of("INSERT INTO area_hierarchy (id, vintage) VALUES (1, ?)");

    /** The tables a dataset fills, children before parents: the order in which {@link ImportMode#REPLACE} clears. */
    private static final List<SqlText> CLEAR = List.of(
            SqlText.of("DELETE FROM area_group_members"),
            SqlText.of("DELETE FROM area_groups"),
            SqlText.of("DELETE FROM area_groupings"),
            SqlText.of("DELETE FROM area_populations"),
            SqlText.of("DELETE FROM areas"),
            SqlText.of("DELETE FROM area_hierarchy"),
            SqlText.of("DELETE FROM residents"),
            SqlText.of("DELETE FROM cohort_memberships"),
            SqlText.of("DELETE FROM cohorts"),
            SqlText.of("DELETE FROM ladder_assessments"),
            SqlText.of("DELETE FROM self_reliance_assessments"),
            SqlText.of("DELETE FROM initiative_links"),
            SqlText.of("DELETE FROM activities"),
            SqlText.of("DELETE FROM initiatives"),
            SqlText.of("DELETE FROM participations"),
            SqlText.of("DELETE FROM provisions"),
            SqlText.of("DELETE FROM support_episodes"),
            SqlText.of("DELETE FROM survey_responses"));

    /** Writes the rows of one table. */
    @FunctionalInterface
    private interface Writer {
        <T> long write(Connection connection, Table<T> table, Iterable<? extends T> rows) throws SQLException;
    }

    private final Jdbc jdbc;

    DatasetImport(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    Either<Violation, ImportSummary> run(Dataset dataset, ImportMode mode) {
        long start = System.nanoTime();
        return jdbc.transaction("import", c -> {
            Jdbc.update(c, LOCK, Jdbc.NONE);
            if (mode == ImportMode.REFUSE) {
                String held = Jdbc.list(c, HELD, Jdbc.NONE, r -> {
                            long rows = r.getLong("held");
                            Timestamp at = r.getTimestamp("last_import_at");
                            return rows == 0
                                    ? ""
                                    : rows + " rows" + (at == null ? "" : ", last imported " + at.toInstant());
                        })
                        .head();
                if (!held.isEmpty()) {
                    return Either.left(Violation.of("store", NOT_EMPTY, held));
                }
            } else {
                for (SqlText clear : CLEAR) {
                    Jdbc.update(c, clear, Jdbc.NONE);
                }
            }
            boolean copy = PostgresCopy.available(c);
            Writer writer = copy ? PostgresCopy::copy : Jdbc::insert;
            Map<String, Long> rows = write(c, dataset, writer);
            long total = rows.values().stream().mapToLong(Long::longValue).sum();
            Jdbc.update(c, RECORD, s -> {
                s.setTimestamp(1, Timestamp.from(Instant.now()));
                s.setLong(2, total);
            });
            return Either.right(ImmutableImportSummary.of(
                    rows, copy ? "COPY" : "JDBC batches", Duration.ofNanos(System.nanoTime() - start)));
        });
    }

    private static Map<String, Long> write(Connection c, Dataset dataset, Writer writer) throws SQLException {
        Map<String, Long> rows = new LinkedHashMap<>();
        Integer vintage = dataset.hierarchy().vintage().map(Year::getValue).orElse(null);
        Jdbc.update(c, INSERT_HIERARCHY, s -> s.setObject(1, vintage, Types.INTEGER));
        rows.put("area_hierarchy", 1L);
        put(
                rows,
                Tables.AREAS,
                writer.write(c, Tables.AREAS, dataset.hierarchy().areas()));
        put(rows, Tables.POPULATIONS, writer.write(c, Tables.POPULATIONS, dataset.populations()));
        long groupings = JdbcAreas.insertGroupings(c, dataset.groupings());
        rows.put("area_groupings, area_groups, area_group_members", groupings);
        put(
                rows,
                Tables.RESIDENTS,
                writer.write(c, Tables.RESIDENTS, facts(dataset, FactType.RESIDENTS, dataset::resident)));
        rows.put("cohorts, cohort_memberships", JdbcCohorts.insert(c, dataset.cohorts()));
        put(
                rows,
                Tables.INITIATIVES,
                writer.write(c, Tables.INITIATIVES, facts(dataset, FactType.INITIATIVES, dataset::initiative)));
        put(
                rows,
                Tables.INITIATIVE_LINKS,
                writer.write(
                        c,
                        Tables.INITIATIVE_LINKS,
                        facts(dataset, FactType.INITIATIVE_LINKS, dataset::initiativeLink)));
        put(
                rows,
                Tables.PROVISIONS,
                writer.write(c, Tables.PROVISIONS, facts(dataset, FactType.PROVISIONS, dataset::provision)));
        put(
                rows,
                Tables.ACTIVITIES,
                writer.write(c, Tables.ACTIVITIES, facts(dataset, FactType.ACTIVITIES, dataset::activity)));
        put(
                rows,
                Tables.PARTICIPATIONS,
                writer.write(
                        c, Tables.PARTICIPATIONS, facts(dataset, FactType.PARTICIPATIONS, dataset::participation)));
        put(
                rows,
                Tables.LADDER_ASSESSMENTS,
                writer.write(
                        c,
                        Tables.LADDER_ASSESSMENTS,
                        facts(dataset, FactType.LADDER_ASSESSMENTS, dataset::ladderAssessment)));
        put(
                rows,
                Tables.SELF_RELIANCE_ASSESSMENTS,
                writer.write(c, Tables.SELF_RELIANCE_ASSESSMENTS, selfRelianceAssessments(dataset)));
        put(
                rows,
                Tables.SUPPORT_EPISODES,
                writer.write(
                        c,
                        Tables.SUPPORT_EPISODES,
                        facts(dataset, FactType.SUPPORT_EPISODES, dataset::supportEpisode)));
        put(
                rows,
                Tables.SURVEY_RESPONSES,
                writer.write(
                        c,
                        Tables.SURVEY_RESPONSES,
                        facts(dataset, FactType.SURVEY_RESPONSES, dataset::surveyResponse)));
        return rows;
    }

    private static void put(Map<String, Long> rows, Table<?> table, long count) {
        rows.put(table.name(), count);
    }

    /** The rows of {@code type} as domain values, made one at a time as the writer asks for them. */
    private static <T> Iterable<T> facts(Dataset dataset, FactType type, IntFunction<T> row) {
        int size = dataset.table(type).size();
        return () -> new Iterator<T>() {
            private int next = 0;

            @Override
            public boolean hasNext() {
                return next < size;
            }

            @Override
            public T next() {
                if (next >= size) {
                    throw new NoSuchElementException();
                }
                return row.apply(next++);
            }
        };
    }

    /** One assessment per run of rows with the same {@code assessment} number (a row per scored domain). */
    private static Iterable<SelfRelianceAssessment> selfRelianceAssessments(Dataset dataset) {
        FactTable table = dataset.table(FactType.SELF_RELIANCE_ASSESSMENTS);
        if (table.size() == 0) {
            return java.util.List.of();
        }
        IntColumn number = table.column("assessment");
        java.util.List<Integer> firsts = new java.util.ArrayList<>();
        for (int row = 0; row < table.size(); row++) {
            if (row == 0 || number.get(row) != number.get(row - 1)) {
                firsts.add(row);
            }
        }
        return () -> firsts.stream().map(dataset::selfRelianceAssessment).iterator();
    }
}
