package nl.welfare.adapters.jdbc;

import io.vavr.collection.HashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Vector;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import nl.welfare.domain.time.ReportingPeriod;
import nl.welfare.indicators.definition.CountMode;
import nl.welfare.indicators.definition.FactType;
import nl.welfare.indicators.definition.Filter;
import nl.welfare.indicators.definition.Literal;
import nl.welfare.indicators.definition.Measure;
import nl.welfare.indicators.engine.FigureCover;
import nl.welfare.indicators.engine.FigureGrid;
import nl.welfare.indicators.engine.FigureSource;
import nl.welfare.indicators.engine.Figures;

/**
 * The figures of indicator definitions computed by SQL on the stored facts ({@link FigureSource}): one query per
 * counted part of a definition, grouped by cell and period in the database, and the statistics, disclosure control,
 * changes and targets in Java as for the in-memory engine.
 *
 * <p>The rollup: a fact counts in the cell of its area, of its area's parent and grandparent (the CBS levels above it)
 * and of the group of its neighbourhood in every grouping. {@link #CELLS} lists those pairs from the stored
 * {@code areas} and {@code area_group_members}; the facts are joined to it and to the periods (bound as parameters),
 * and grouped by cell and period, so that distinct persons are counted per cell in the database and never summed
 * across levels. This works alike on H2, PostgreSQL and MariaDB (no {@code GROUPING SETS}, which MariaDB lacks) and
 * covers the groupings, which are no level of a {@code GROUP BY}.
 *
 * <p>What SQL evaluates so far: {@code COUNT}, {@code DISTINCT_COUNT}, {@code RATE} and {@code RATIO} over
 * {@code participations}, {@code support_episodes}, {@code provisions} and {@code initiatives}, flow and stock, with
 * filters of {@code equals}, {@code in}, {@code range} over dates, {@code and}, {@code or}, {@code not} and
 * {@code all}. Any other kind, fact type or filter node throws {@link UnsupportedOperationException} naming it: the
 * source never leaves a definition to another evaluator silently.
 *
 * <p>Injection: every identifier in a statement is a {@link SqlText} constant of the fixed tables below (an attribute
 * name is looked up there, and one not there is refused), and every value is a bound parameter.
 */
final class SqlFigures implements FigureSource {

    /** A stored fact table: its name and its columns by attribute name, all {@link SqlText} constants. */
    private record Facts(SqlText table, Map<String, SqlText> columns) {}

    private static final SqlText SELECT;
    private static final SqlText COUNT_ALL;
    private static final SqlText COUNT_DISTINCT;
    private static final SqlText CLOSE;
    private static final SqlText FROM;
    static final SqlText CELLS;
    static final SqlText PERIODS_OPEN;
    static final SqlText PERIOD;
    static final SqlText UNION_ALL;
    static final SqlText PERIODS_CLOSE;
    private static final SqlText FLOW;
    private static final SqlText STOCK_START;
    private static final SqlText STOCK_END;
    private static final SqlText STOCK_CLOSE;
    private static final SqlText WHERE;
    private static final SqlText GROUP_BY;
    private static final SqlText TRUE;
    private static final SqlText FALSE;
    private static final SqlText AND;
    private static final SqlText OR;
    private static final SqlText NOT;
    private static final SqlText OPEN;
    private static final SqlText IS_NOT_NULL;
    private static final SqlText EQUALS_PARAMETER;
    private static final SqlText IN_OPEN;
    private static final SqlText PARAMETER;
    private static final SqlText COMMA;
    private static final SqlText AT_LEAST;
    private static final SqlText AT_MOST;
    private static final Map<FactType, Facts> FACTS;

    static {
        SELECT = SqlText.of("SELECT c.cell_level, c.cell_code, p.first_day, p.last_day, ");
        COUNT_ALL = SqlText.of("COUNT(*)");
        COUNT_DISTINCT = SqlText.of("COUNT(DISTINCT ");
        CLOSE = SqlText.of(")");
        FROM = SqlText.of(" FROM ");
        // The cells a fact of each area counts in: the area, its parent, its grandparent (the country is no cell and
        // is dropped by the caller), and the group of a neighbourhood in every grouping.
        CELLS = SqlText.of(" f JOIN ("
                + "SELECT a.code AS area_code, a.area_level AS cell_level, a.code AS cell_code FROM areas a"
                + " UNION ALL SELECT a.code, b.area_level, b.code FROM areas a JOIN areas b ON b.code = a.parent_code"
                + " UNION ALL SELECT a.code, g.area_level, g.code FROM areas a JOIN areas b ON b.code = a.parent_code"
                + " JOIN areas g ON g.code = b.parent_code"
                + " UNION ALL SELECT m.area_code, m.grouping_name, m.group_code FROM area_group_members m"
                + ") c ON c.area_code = f.area_code");
        PERIODS_OPEN = SqlText.of(" JOIN (");
        PERIOD = SqlText.of("SELECT CAST(? AS DATE) AS first_day, CAST(? AS DATE) AS last_day");
        UNION_ALL = SqlText.of(" UNION ALL ");
        PERIODS_CLOSE = SqlText.of(") p ON ");
        FLOW = SqlText.of(" >= p.first_day AND f.");
        STOCK_START = SqlText.of(" <= p.last_day AND (f.");
        STOCK_END = SqlText.of(" IS NULL OR f.");
        STOCK_CLOSE = SqlText.of(" >= p.first_day)");
        WHERE = SqlText.of(" WHERE ");
        GROUP_BY = SqlText.of(" GROUP BY c.cell_level, c.cell_code, p.first_day, p.last_day");
        TRUE = SqlText.of("1 = 1");
        FALSE = SqlText.of("1 = 0");
        AND = SqlText.of(" AND ");
        OR = SqlText.of(" OR ");
        NOT = SqlText.of("NOT ");
        OPEN = SqlText.of("(");
        IS_NOT_NULL = SqlText.of(" IS NOT NULL AND ");
        EQUALS_PARAMETER = SqlText.of(" = ?");
        IN_OPEN = SqlText.of(" IN (");
        PARAMETER = SqlText.of("?");
        COMMA = SqlText.of(", ");
        AT_LEAST = SqlText.of(" >= ?");
        AT_MOST = SqlText.of(" <= ?");
        FACTS = HashMap.of(
                FactType.PARTICIPATIONS,
                new Facts(
                        SqlText.of("participations"),
                        HashMap.of(
                                "resident_id", SqlText.of("resident_id"),
                                "activity_id", SqlText.of("activity_id"),
                                "area_code", SqlText.of("area_code"),
                                "date", SqlText.of("date"),
                                "role", SqlText.of("role"))),
                FactType.SUPPORT_EPISODES,
                new Facts(
                        SqlText.of("support_episodes"),
                        HashMap.of(
                                "id", SqlText.of("id"),
                                "resident_id", SqlText.of("resident_id"),
                                "area_code", SqlText.of("area_code"),
                                "kind", SqlText.of("kind"),
                                "provision", SqlText.of("provision_id"),
                                "started", SqlText.of("started"),
                                "ended", SqlText.of("ended"))),
                FactType.PROVISIONS,
                new Facts(
                        SqlText.of("provisions"),
                        HashMap.of(
                                "id", SqlText.of("id"),
                                "name", SqlText.of("name"),
                                "kind", SqlText.of("kind"),
                                "area_code", SqlText.of("area_code"),
                                "started", SqlText.of("started"),
                                "ended", SqlText.of("ended"))),
                FactType.INITIATIVES,
                new Facts(
                        SqlText.of("initiatives"),
                        HashMap.of(
                                "id", SqlText.of("id"),
                                "name", SqlText.of("name"),
                                "area_code", SqlText.of("area_code"),
                                "lead", SqlText.of("lead"),
                                "started", SqlText.of("started"),
                                "ended", SqlText.of("ended"),
                                "theme", SqlText.of("theme"))));
    }

    private final Jdbc jdbc;

    SqlFigures(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public FigureGrid figures(FigureCover cover) {
        FigureGrid grid = FigureGrid.of(cover);
        java.util.Map<String, Integer> cells = new java.util.HashMap<>();
        for (int cell = 0; cell < cover.cellCount(); cell++) {
            cells.putIfAbsent(cover.level(cell) + ":" + cover.code(cell), cell);
        }
        for (int d = 0; d < cover.definitions().size(); d++) {
            if (!cover.fromFacts(d)) {
                continue;
            }
            int index = d;
            String id = cover.definitions().get(d).id().value();
            cover.definitions().get(d).measure().accept(new Measure.Visitor<Boolean>() {
                @Override
                public Boolean onCount(Measure.Count m) {
                    return each(m, k -> Optional.of(Figures.count(k[0])));
                }

                @Override
                public Boolean onDistinctCount(Measure.DistinctCount m) {
                    return each(m, k -> Optional.of(Figures.count(k[0])));
                }

                @Override
                public Boolean onRate(Measure.Rate m) {
                    return each(m.count(), (cell, p, k) -> {
                        OptionalInt population =
                                cover.population(cell, cover.periods().get(p).startYear());
                        return population.isEmpty()
                                ? Optional.empty()
                                : Optional.of(Figures.rate(k[0], population.getAsInt(), m.perInhabitants()));
                    });
                }

                @Override
                public Boolean onRatio(Measure.Ratio m) {
                    return each(m.numerator(), m.denominator(), k -> Optional.of(Figures.ratio(k[0], k[1])));
                }

                @Override
                public Boolean onProportion(Measure.Proportion m) {
                    throw unsupported(id, "kind PROPORTION");
                }

                @Override
                public Boolean onLatestAssessment(Measure.LatestAssessment m) {
                    throw unsupported(id, "kind PROPORTION by latest assessment");
                }

                @Override
                public Boolean onMean(Measure.Mean m) {
                    throw unsupported(id, "kind MEAN");
                }

                @Override
                public Boolean onTransition(Measure.Transition m) {
                    throw unsupported(id, "kind TRANSITION");
                }

                @Override
                public Boolean onNetwork(Measure.Network m) {
                    return new SqlNetwork(jdbc).figures(id, m.scope(), cover, cells, grid, index);
                }

                @Override
                public Boolean onThresholdShare(Measure.ThresholdShare m) {
                    throw new IllegalStateException("a threshold share is computed from published results");
                }

                @Override
                public Boolean onChange(Measure.Change m) {
                    throw new IllegalStateException("a change is computed from published results");
                }

                private Boolean each(Measure.Counted counted, Combine combine) {
                    return each(counted, (cell, p, k) -> combine.figures(k));
                }

                private Boolean each(Measure.Counted a, Measure.Counted b, Combine combine) {
                    Optional<long[]> first = counts(id, a, cover, cells);
                    Optional<long[]> second = counts(id, b, cover, cells);
                    grid.declare(index);
                    if (first.isEmpty() || second.isEmpty()) {
                        return true;
                    }
                    fill(cover, (cell, p, slot) -> combine.figures(new long[] {first.get()[slot], second.get()[slot]}));
                    return true;
                }

                private Boolean each(Measure.Counted counted, PerCell perCell) {
                    Optional<long[]> counts = counts(id, counted, cover, cells);
                    grid.declare(index);
                    if (counts.isEmpty()) {
                        return true;
                    }
                    fill(cover, (cell, p, slot) -> perCell.figures(cell, p, new long[] {counts.get()[slot]}));
                    return true;
                }

                private void fill(FigureCover cover, Slot slot) {
                    int periods = cover.periods().size();
                    for (int cell = 0; cell < cover.cellCount(); cell++) {
                        for (int p = 0; p < periods; p++) {
                            Optional<Figures> f = slot.figures(cell, p, cell * periods + p);
                            if (f.isPresent()) {
                                grid.put(index, cell, p, f.get());
                            }
                        }
                    }
                }
            });
        }
        return grid;
    }

    /** Figures from the counts of one slot. */
    @FunctionalInterface
    private interface Combine {
        Optional<Figures> figures(long[] counts);
    }

    /** Figures from the counts of one cell and period. */
    @FunctionalInterface
    private interface PerCell {
        Optional<Figures> figures(int cell, int period, long[] counts);
    }

    /** Figures of one slot. */
    @FunctionalInterface
    private interface Slot {
        Optional<Figures> figures(int cell, int period, int slot);
    }

    private static UnsupportedOperationException unsupported(String definition, String what) {
        return new UnsupportedOperationException(
                "indicator " + definition + ": " + what + " is not supported in SQL yet");
    }

    /**
     * The counts of {@code counted} per slot {@code cell * periods + period}, by one query; none when the package lacks
     * the resource (no data, as in memory).
     */
    private Optional<long[]> counts(
            String definition, Measure.Counted counted, FigureCover cover, java.util.Map<String, Integer> cells) {
        FactType type = counted.factType();
        if (!cover.hasFacts(type)) {
            return Optional.empty();
        }
        Facts facts = FACTS.get(type).getOrElseThrow(() -> unsupported(definition, "fact type " + type.code()));
        List<SqlText> parts = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        parts.add(SELECT);
        if (counted.distinctPersons()) {
            SqlText person = type.person()
                    .flatMap(a -> facts.columns().get(a.name()))
                    .getOrElseThrow(() -> unsupported(definition, "a distinct count of " + type.code()));
            parts.add(COUNT_DISTINCT);
            parts.add(column(person));
            parts.add(CLOSE);
        } else {
            parts.add(COUNT_ALL);
        }
        parts.add(FROM);
        parts.add(facts.table());
        parts.add(CELLS);
        parts.add(PERIODS_OPEN);
        List<ReportingPeriod> periods = cover.periods();
        for (int p = 0; p < periods.size(); p++) {
            if (p > 0) {
                parts.add(UNION_ALL);
            }
            parts.add(PERIOD);
            values.add(periods.get(p).start());
            values.add(periods.get(p).end());
        }
        parts.add(PERIODS_CLOSE);
        if (counted.mode() == CountMode.FLOW) {
            SqlText date = type.date()
                    .flatMap(a -> facts.columns().get(a.name()))
                    .getOrElseThrow(() -> unsupported(definition, "a flow of " + type.code()));
            parts.add(column(date));
            parts.add(FLOW);
            parts.add(date);
            parts.add(AT_MOST_LAST_DAY);
        } else {
            SqlText start = type.spanStart()
                    .flatMap(a -> facts.columns().get(a.name()))
                    .getOrElseThrow(() -> unsupported(definition, "a stock of " + type.code()));
            SqlText end = type.spanEnd()
                    .flatMap(a -> facts.columns().get(a.name()))
                    .getOrElseThrow(() -> unsupported(definition, "a stock of " + type.code()));
            parts.add(column(start));
            parts.add(STOCK_START);
            parts.add(end);
            parts.add(STOCK_END);
            parts.add(end);
            parts.add(STOCK_CLOSE);
        }
        parts.add(WHERE);
        counted.filter().accept(new Where(definition, type, facts, parts, values));
        parts.add(GROUP_BY);
        SqlText sql = SqlText.join(parts);
        int size = periods.size();
        java.util.Map<String, Integer> periodIndex = new java.util.HashMap<>();
        for (int p = 0; p < size; p++) {
            periodIndex.putIfAbsent(
                    periods.get(p).start() + "/" + periods.get(p).end(), p);
        }
        long[] counts = new long[cover.cellCount() * size];
        Vector<long[]> rows = jdbc.snapshot(
                "evaluate " + definition,
                connection -> rows(connection, sql, values, row -> {
                    Integer cell = cells.get(row.getString(1) + ":" + row.getString(2));
                    Integer p = periodIndex.get(
                            row.getObject(3, LocalDate.class) + "/" + row.getObject(4, LocalDate.class));
                    // The country, and areas outside the cover, are no cell.
                    return cell == null || p == null ? new long[0] : new long[] {cell * size + p, row.getLong(5)};
                }));
        for (long[] row : rows) {
            if (row.length == 2) {
                counts[(int) row[0]] = row[1];
            }
        }
        return Optional.of(counts);
    }

    private static final SqlText AT_MOST_LAST_DAY;
    private static final SqlText F;

    static {
        AT_MOST_LAST_DAY = SqlText.of(" <= p.last_day");
        F = SqlText.of("f.");
    }

    /** {@code f.column} as one text. */
    private static SqlText column(SqlText column) {
        return SqlText.join(List.of(F, column));
    }

    private static <T> Vector<T> rows(Connection connection, SqlText sql, List<Object> values, Jdbc.RowMapper<T> mapper)
            throws SQLException {
        return Jdbc.list(connection, sql, statement -> bind(statement, values), mapper);
    }

    private static void bind(PreparedStatement statement, List<Object> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            if (value instanceof LocalDate date) {
                statement.setDate(i + 1, Date.valueOf(date));
            } else if (value instanceof String text) {
                statement.setString(i + 1, text);
            } else if (value instanceof Long number) {
                statement.setLong(i + 1, number);
            } else if (value instanceof Double number) {
                statement.setDouble(i + 1, number);
            } else {
                throw new IllegalStateException("no binding for " + value.getClass());
            }
        }
    }

    /**
     * A filter as a WHERE condition, by the filter's visitor: each comparison is false on a missing value (never SQL's
     * unknown), so that {@code NOT} negates plainly as in memory.
     */
    private static final class Where implements Filter.Visitor<Boolean> {
        private final String definition;
        private final FactType type;
        private final Facts facts;
        private final List<SqlText> parts;
        private final List<Object> values;

        Where(String definition, FactType type, Facts facts, List<SqlText> parts, List<Object> values) {
            this.definition = definition;
            this.type = type;
            this.facts = facts;
            this.parts = parts;
            this.values = values;
        }

        /** The column of {@code attribute}, only from the fixed table; an attribute not there is refused. */
        private SqlText column(String attribute) {
            if (type.attribute(attribute).isEmpty()) {
                throw new IllegalArgumentException(
                        "indicator " + definition + ": " + type.code() + " has no attribute " + attribute);
            }
            return facts.columns()
                    .get(attribute)
                    .map(SqlFigures::column)
                    .getOrElseThrow(() -> unsupported(definition, "attribute " + type.code() + "." + attribute));
        }

        private Object value(Literal literal) {
            return literal.accept(new Literal.Visitor<Object>() {
                @Override
                public Object onText(Literal.OfText text) {
                    return text.value();
                }

                @Override
                public Object onInteger(Literal.OfInteger integer) {
                    return integer.value();
                }

                @Override
                public Object onDecimal(Literal.OfDecimal decimal) {
                    return decimal.value();
                }

                @Override
                public Object onDate(Literal.OfDate date) {
                    return date.value();
                }
            });
        }

        @Override
        public Boolean onEquals(Filter.Equals filter) {
            return oneOf(filter.attribute(), List.of(filter.value()));
        }

        @Override
        public Boolean onIn(Filter.In filter) {
            return oneOf(filter.attribute(), filter.values());
        }

        private Boolean oneOf(String attribute, List<Literal> literals) {
            SqlText column = column(attribute);
            if (literals.isEmpty()) {
                parts.add(FALSE);
                return true;
            }
            parts.add(OPEN);
            parts.add(column);
            parts.add(IS_NOT_NULL);
            parts.add(column);
            parts.add(IN_OPEN);
            for (int i = 0; i < literals.size(); i++) {
                if (i > 0) {
                    parts.add(COMMA);
                }
                parts.add(PARAMETER);
                values.add(value(literals.get(i)));
            }
            parts.add(CLOSE);
            parts.add(CLOSE);
            return true;
        }

        @Override
        public Boolean onRange(Filter.Range filter) {
            SqlText column = column(filter.attribute());
            boolean dates = filter.min().map(l -> l.kind() == Literal.Kind.DATE).orElse(true)
                    && filter.max().map(l -> l.kind() == Literal.Kind.DATE).orElse(true);
            if (!dates) {
                throw unsupported(definition, "filter node range over numbers");
            }
            parts.add(OPEN);
            parts.add(column);
            parts.add(IS_NOT_NULL);
            parts.add(TRUE);
            if (filter.min().isPresent()) {
                parts.add(AND);
                parts.add(column);
                parts.add(AT_LEAST);
                values.add(value(filter.min().get()));
            }
            if (filter.max().isPresent()) {
                parts.add(AND);
                parts.add(column);
                parts.add(AT_MOST);
                values.add(value(filter.max().get()));
            }
            parts.add(CLOSE);
            return true;
        }

        @Override
        public Boolean onAnd(Filter.And filter) {
            return junction(filter.operands(), AND, TRUE);
        }

        @Override
        public Boolean onOr(Filter.Or filter) {
            return junction(filter.operands(), OR, FALSE);
        }

        private Boolean junction(List<Filter> operands, SqlText operator, SqlText empty) {
            if (operands.isEmpty()) {
                parts.add(empty);
                return true;
            }
            parts.add(OPEN);
            for (int i = 0; i < operands.size(); i++) {
                if (i > 0) {
                    parts.add(operator);
                }
                parts.add(OPEN);
                operands.get(i).accept(this);
                parts.add(CLOSE);
            }
            parts.add(CLOSE);
            return true;
        }

        @Override
        public Boolean onNot(Filter.Not filter) {
            parts.add(NOT);
            parts.add(OPEN);
            filter.operand().accept(this);
            parts.add(CLOSE);
            return true;
        }

        @Override
        public Boolean onDateWithinPeriod(Filter.DateWithinPeriod filter) {
            throw unsupported(definition, "filter node date-within-period");
        }

        @Override
        public Boolean onActiveInPeriod(Filter.ActiveInPeriod filter) {
            throw unsupported(definition, "filter node active-in-period");
        }

        @Override
        public Boolean onMemberOfCohort(Filter.MemberOfCohort filter) {
            throw unsupported(definition, "filter node member-of-cohort");
        }

        @Override
        public Boolean onAll(Filter.All filter) {
            parts.add(TRUE);
            return true;
        }
    }
}
