package nl.welfare.adapters.jdbc;

import io.vavr.collection.Vector;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.welfare.domain.time.ReportingPeriod;
import nl.welfare.indicators.definition.FactType;
import nl.welfare.indicators.definition.NetworkScope;
import nl.welfare.indicators.engine.FigureCover;
import nl.welfare.indicators.engine.FigureGrid;
import nl.welfare.indicators.engine.Figures;

/**
 * The figures of a {@code NETWORK} definition by SQL, for {@link SqlFigures}: per cell and period the initiatives
 * active in it (the denominator) and those of them connected (the numerator), counted by one query, as the in-memory
 * engine's network accumulator counts them.
 *
 * <p>Active in a period: started on or before its last day and not ended before its first, as every stock. Connected
 * in a period: active, and a link active in the period joins it (at either end of the link) to a different initiative
 * active in the period. With {@link NetworkScope#ANYWHERE} that other initiative may be anywhere in the store, also in
 * no reported area, so being connected is a property of the initiative and the period, the same in every cell that
 * holds it. With {@link NetworkScope#WITHIN_AREA} the other initiative must be active in the same cell: a link counts
 * only in the cells that hold both its ends.
 *
 * <p>The statement: the active triples (initiative, cell, period) are the initiatives joined to {@link
 * SqlFigures#CELLS} and to the periods ({@link SqlFigures#PERIOD}, bound); the connected ones are found by a join to
 * the links taken both ways round (so a link {@code a -> b} connects {@code b} as it connects {@code a}), made
 * distinct, and left-joined to the active triples, so that {@code COUNT(*)} counts the active and {@code COUNT(k.id)}
 * the connected initiatives of each cell and period. Standard SQL (derived tables, {@code UNION ALL}, {@code LEFT
 * JOIN}, {@code SELECT DISTINCT}), the same on H2, PostgreSQL and MariaDB.
 *
 * <p>Injection: the statement is joined from the {@link SqlText} constants below and those of {@link SqlFigures}; the
 * periods are its only values, bound as parameters.
 */
final class SqlNetwork {

    private static final SqlText SELECT;
    private static final SqlText ACTIVE_OPEN;
    private static final SqlText ACTIVE_IN_PERIOD;
    private static final SqlText ANYWHERE_OPEN;
    private static final SqlText ANYWHERE_CLOSE;
    private static final SqlText WITHIN_OPEN;
    private static final SqlText WITHIN_EDGES;
    private static final SqlText WITHIN_OTHER;
    private static final SqlText WITHIN_CLOSE;
    private static final SqlText GROUP_BY;

    static {
        SELECT = SqlText.of("SELECT a.cell_level, a.cell_code, a.first_day, a.last_day, COUNT(*), COUNT(k.id) FROM (");
        // The active triples: an initiative, a cell that holds it, a period in which it is active.
        ACTIVE_OPEN = SqlText.of("SELECT f.id, c.cell_level, c.cell_code, p.first_day, p.last_day FROM initiatives");
        ACTIVE_IN_PERIOD = SqlText.of("f.started <= p.last_day AND (f.ended IS NULL OR f.ended >= p.first_day)");
        // The links both ways round, each a (one_id, other_id) pair active from since_day to until_day.
        String edges = "(SELECT l.initiative_id AS one_id, l.other_initiative_id AS other_id,"
                + " l.since AS since_day, l.until AS until_day FROM initiative_links l"
                + " UNION ALL SELECT l.other_initiative_id, l.initiative_id, l.since, l.until FROM initiative_links l"
                + ") e";
        String linkInPeriod = " AND e.since_day <= x.last_day AND (e.until_day IS NULL OR e.until_day >= x.first_day)";
        // "A different initiative": one_id <> other_id, as in memory. No stored link can fail it (the domain refuses a
        // self-link, and so does the check initiative_links_self_link), so no test can tell it from its absence.
        // ANYWHERE: the initiatives connected per period, the other end active anywhere.
        ANYWHERE_OPEN = SqlText.of(") a LEFT JOIN (SELECT DISTINCT x.id, x.first_day, x.last_day FROM ("
                + "SELECT f.id, p.first_day, p.last_day FROM initiatives f");
        ANYWHERE_CLOSE = SqlText.of(") x JOIN " + edges + " ON e.one_id = x.id" + linkInPeriod
                + " JOIN initiatives o ON o.id = e.other_id"
                + " AND o.started <= x.last_day AND (o.ended IS NULL OR o.ended >= x.first_day)"
                + " WHERE e.one_id <> e.other_id"
                + ") k ON k.id = a.id AND k.first_day = a.first_day AND k.last_day = a.last_day");
        // WITHIN_AREA: the initiatives connected per cell and period, the other end active in the same cell.
        WITHIN_OPEN = SqlText.of(
                ") a LEFT JOIN (SELECT DISTINCT x.id, x.cell_level, x.cell_code, x.first_day," + " x.last_day FROM (");
        WITHIN_EDGES = SqlText.of(") x JOIN " + edges + " ON e.one_id = x.id" + linkInPeriod + " JOIN (");
        WITHIN_OTHER =
                SqlText.of(") y ON y.id = e.other_id AND y.cell_level = x.cell_level AND y.cell_code = x.cell_code"
                        + " AND y.first_day = x.first_day AND y.last_day = x.last_day"
                        + " WHERE e.one_id <> e.other_id");
        WITHIN_CLOSE = SqlText.of(") k ON k.id = a.id AND k.cell_level = a.cell_level AND k.cell_code = a.cell_code"
                + " AND k.first_day = a.first_day AND k.last_day = a.last_day");
        GROUP_BY = SqlText.of(" GROUP BY a.cell_level, a.cell_code, a.first_day, a.last_day");
    }

    private final Jdbc jdbc;

    SqlNetwork(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Puts the figures of definition {@code index} (named {@code definition}), a network of {@code scope}, into
     * {@code grid}: in every cell and period of {@code cover} the share of its active initiatives that are connected,
     * or no data at all when the package lacks the initiatives or the links resource (as in memory). {@code cells}
     * gives the cell index of each {@code level:code} of the cover.
     *
     * @return true, as the visitors of {@link SqlFigures} return
     */
    boolean figures(
            String definition,
            NetworkScope scope,
            FigureCover cover,
            Map<String, Integer> cells,
            FigureGrid grid,
            int index) {
        grid.declare(index);
        if (!cover.hasFacts(FactType.INITIATIVES) || !cover.hasFacts(FactType.INITIATIVE_LINKS)) {
            return true;
        }
        List<ReportingPeriod> periods = cover.periods();
        Map<String, Integer> periodIndex = SqlFigures.periodIndex(periods);
        List<LocalDate> bounds = new ArrayList<>();
        for (ReportingPeriod period : periods) {
            bounds.add(period.start());
            bounds.add(period.end());
        }
        List<SqlText> parts = new ArrayList<>();
        int times = scope == NetworkScope.WITHIN_AREA ? 3 : 2;
        parts.add(SELECT);
        active(parts, bounds);
        if (scope == NetworkScope.WITHIN_AREA) {
            parts.add(WITHIN_OPEN);
            active(parts, bounds);
            parts.add(WITHIN_EDGES);
            active(parts, bounds);
            parts.add(WITHIN_OTHER);
            parts.add(WITHIN_CLOSE);
        } else {
            parts.add(ANYWHERE_OPEN);
            periods(parts, bounds);
            parts.add(ACTIVE_IN_PERIOD);
            parts.add(ANYWHERE_CLOSE);
        }
        parts.add(GROUP_BY);
        SqlText sql = SqlText.join(parts);
        int size = periods.size();
        long[] active = new long[cover.cellCount() * size];
        long[] connected = new long[cover.cellCount() * size];
        Vector<long[]> rows = jdbc.snapshot(
                "evaluate " + definition,
                connection -> Jdbc.list(connection, sql, statement -> bind(statement, bounds, times), row -> {
                    Integer cell = cells.get(row.getString(1) + ":" + row.getString(2));
                    Integer p = periodIndex.get(
                            SqlFigures.periodKey(row.getObject(3, LocalDate.class), row.getObject(4, LocalDate.class)));
                    // The country, and areas outside the cover, are no cell.
                    if (cell == null || p == null) {
                        return new long[0];
                    }
                    return new long[] {row.getLong(5), row.getLong(6), (long) cell * size + p};
                }));
        for (long[] row : rows) {
            for (int i = 2; i < row.length; i++) {
                active[(int) row[i]] = row[0];
                connected[(int) row[i]] = row[1];
            }
        }
        for (int cell = 0; cell < cover.cellCount(); cell++) {
            for (int p = 0; p < size; p++) {
                int slot = cell * size + p;
                grid.put(index, cell, p, Figures.share(connected[slot], active[slot]));
            }
        }
        return true;
    }

    /** The active triples (initiative, cell, period) as a derived table's body, its periods bound. */
    private static void active(List<SqlText> parts, List<LocalDate> bounds) {
        parts.add(ACTIVE_OPEN);
        parts.add(SqlFigures.CELLS);
        periods(parts, bounds);
        parts.add(ACTIVE_IN_PERIOD);
    }

    /** {@code JOIN (periods) p ON }, one {@link SqlFigures#PERIOD} per period. */
    private static void periods(List<SqlText> parts, List<LocalDate> bounds) {
        parts.add(SqlFigures.PERIODS_OPEN);
        for (int p = 0; p < bounds.size() / 2; p++) {
            if (p > 0) {
                parts.add(SqlFigures.UNION_ALL);
            }
            parts.add(SqlFigures.PERIOD);
        }
        parts.add(SqlFigures.PERIODS_CLOSE);
    }

    /** Binds the period bounds {@code times} over, once for each time the statement lists the periods. */
    private static void bind(PreparedStatement statement, List<LocalDate> bounds, int times) throws SQLException {
        int at = 1;
        for (int t = 0; t < times; t++) {
            for (LocalDate day : bounds) {
                statement.setDate(at++, Date.valueOf(day));
            }
        }
    }
}
