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
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import nl.welfare.domain.resident.SelfRelianceDomain;
import nl.welfare.domain.time.ReportingPeriod;
import nl.welfare.indicators.definition.AttributeType;
import nl.welfare.indicators.definition.CountMode;
import nl.welfare.indicators.definition.FactType;
import nl.welfare.indicators.definition.Filter;
import nl.welfare.indicators.definition.Literal;
import nl.welfare.indicators.definition.Measure;
import nl.welfare.indicators.engine.FigureCover;
import nl.welfare.indicators.engine.FigureGrid;
import nl.welfare.indicators.engine.FigureSource;
import nl.welfare.indicators.engine.Figures;
import nl.welfare.indicators.stats.WeightedSums;
import org.jspecify.annotations.Nullable;

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
 * <p>What SQL evaluates: every kind over facts, each to the figures the in-memory passes give.
 *
 * <ul>
 *   <li>{@code COUNT}, {@code DISTINCT_COUNT}, {@code RATE}, {@code RATIO}: {@code COUNT(*)} or
 *       {@code COUNT(DISTINCT person)} per cell and period (a rate's population and a ratio's quotient in Java);
 *   <li>{@code PROPORTION}: the facts of the population and those meeting the condition
 *       ({@code SUM(CASE WHEN condition ...)}), weighted: their sums of weights and squared weights;
 *   <li>{@code MEAN}: per cell and period the number of values and the sums of {@code w}, {@code w²}, {@code w·d},
 *       {@code w·d²}, {@code w²·d}, {@code w²·d²} of the deviations {@code d} from the cell's smallest value (a window
 *       {@code MIN ... OVER (PARTITION BY cell, period)}), and the smallest and largest value and largest weight, of
 *       which the scale of the mean is made;
 *   <li>{@code LATEST_ASSESSMENT}: per person, cell and period their latest date and the latest date of a fact
 *       failing the condition (a person meets it when there is none on their latest date), then counted;
 *   <li>{@code TRANSITION}: per person, cell and period their first and last date (window {@code MIN}/{@code MAX}),
 *       the highest value on the first and the lowest on the last, and their number of facts, then counted.
 * </ul>
 *
 * <p>Over every fact type a definition can be over: participations, support episodes, provisions and initiatives from
 * their tables; ladder and self-reliance assessments in the area of their resident (joined to {@code residents}: an
 * assessment of a resident without a row counts in no area, as in memory), the self-reliance matrix one row per
 * scored domain; survey responses with the answer read as a whole number in SQL (stripped of white space, an
 * optional minus and one to nine digits, else no value, as {@code SurveyResponse.numericAnswer()} reads it). With
 * filters of every node: {@code equals}, {@code in}, {@code range} over numbers and dates, {@code within period},
 * {@code active in period}, {@code member of cohort} (an {@code EXISTS} over {@code cohort_memberships} overlapping the
 * period), {@code and}, {@code or}, {@code not} and {@code all}; a comparison with a missing value is false, never
 * SQL's unknown, so that {@code not} negates plainly. {@code NETWORK} is not evaluated here. A fact type or attribute
 * not in the fixed tables below throws {@link UnsupportedOperationException} naming it: the source never leaves a
 * definition to another evaluator silently.
 *
 * <p>Injection: every identifier in a statement is a {@link SqlText} constant of the fixed tables below (an attribute
 * name is looked up there, and one not there is refused), and every value is a bound parameter.
 */
final class SqlFigures implements FigureSource {

    /**
     * A stored fact type: the text after {@code FROM} that gives its rows (a table, or a derived table for facts that
     * are stored otherwise) and its columns by attribute name, all {@link SqlText} constants; every source has an
     * {@code area_code} column.
     */
    private record Facts(SqlText table, Map<String, SqlText> columns) {}

    private static final SqlText SELECT;
    private static final SqlText SELECT_SLOT;
    private static final SqlText SELECT_OUTER_SLOT;
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
    private static final SqlText GROUP_BY_OUTER;
    private static final SqlText TRUE;
    private static final SqlText FALSE;
    private static final SqlText AND;
    private static final SqlText OR;
    private static final SqlText NOT;
    private static final SqlText OPEN;
    private static final SqlText IS_NOT_NULL;
    private static final SqlText IS_NOT_NULL_END;
    private static final SqlText EQUALS_PARAMETER;
    private static final SqlText IN_OPEN;
    private static final SqlText PARAMETER;
    private static final SqlText COMMA;
    private static final SqlText AT_LEAST;
    private static final SqlText AT_MOST;
    private static final SqlText AT_LEAST_FIRST_DAY;
    private static final SqlText AT_MOST_LAST_DAY;
    private static final SqlText ENDS_AFTER_FIRST_DAY_OPEN;
    private static final SqlText ENDS_AFTER_FIRST_DAY_CLOSE;
    private static final SqlText COHORT_OPEN;
    private static final SqlText COHORT_CLOSE;
    private static final SqlText F;
    private static final SqlText SHARE_MEETING;
    private static final SqlText SHARE_WEIGHTS;
    private static final SqlText SHARE_WEIGHTS_YES;
    private static final SqlText SHARE_SQUARES_YES;
    private static final SqlText THEN_ONE;
    private static final SqlText THEN_WEIGHT;
    private static final SqlText THEN_SQUARE;
    private static final SqlText MEAN_OUTER;
    private static final SqlText MEAN_VALUE;
    private static final SqlText MEAN_WEIGHT;
    private static final SqlText MEAN_NO_WEIGHT;
    private static final SqlText MEAN_SHIFT;
    private static final SqlText MEAN_SHIFT_CLOSE;
    private static final SqlText INNER_CLOSE;
    private static final SqlText LATEST_OUTER;
    private static final SqlText LATEST_PERSON;
    private static final SqlText LATEST_DAY;
    private static final SqlText LATEST_FAILED;
    private static final SqlText LATEST_FAILED_CLOSE;
    private static final SqlText GROUP_BY_PERSON;
    private static final SqlText TRANSITION_OUTER;
    private static final SqlText TRANSITION_PERSON;
    private static final SqlText TRANSITION_DAY;
    private static final SqlText TRANSITION_VALUE;
    private static final SqlText TRANSITION_FIRST_DAY;
    private static final SqlText TRANSITION_OVER;
    private static final SqlText TRANSITION_LAST_CLOSE;
    private static final SqlText LATEST_FAILED_END;
    private static final SqlText IS_NULL_OR;
    private static final SqlText TRANSITION_WINDOW_CLOSE;
    private static final SqlText TRANSITION_INNER_CLOSE;
    private static final Map<FactType, Facts> FACTS;

    static {
        SELECT = SqlText.of("SELECT c.cell_level, c.cell_code, p.first_day, p.last_day, ");
        SELECT_SLOT = SqlText.of("SELECT c.cell_level, c.cell_code, p.first_day, p.last_day");
        SELECT_OUTER_SLOT = SqlText.of("SELECT x.cell_level, x.cell_code, x.first_day, x.last_day, ");
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
        GROUP_BY_OUTER = SqlText.of(" GROUP BY x.cell_level, x.cell_code, x.first_day, x.last_day");
        TRUE = SqlText.of("1 = 1");
        FALSE = SqlText.of("1 = 0");
        AND = SqlText.of(" AND ");
        OR = SqlText.of(" OR ");
        NOT = SqlText.of("NOT ");
        OPEN = SqlText.of("(");
        IS_NOT_NULL = SqlText.of(" IS NOT NULL AND ");
        IS_NOT_NULL_END = SqlText.of(" IS NOT NULL");
        IS_NULL_OR = SqlText.of(" IS NULL OR ");
        EQUALS_PARAMETER = SqlText.of(" = ?");
        IN_OPEN = SqlText.of(" IN (");
        PARAMETER = SqlText.of("?");
        COMMA = SqlText.of(", ");
        AT_LEAST = SqlText.of(" >= ?");
        AT_MOST = SqlText.of(" <= ?");
        AT_LEAST_FIRST_DAY = SqlText.of(" >= p.first_day");
        AT_MOST_LAST_DAY = SqlText.of(" <= p.last_day");
        ENDS_AFTER_FIRST_DAY_OPEN = SqlText.of(" AND (");
        ENDS_AFTER_FIRST_DAY_CLOSE = SqlText.of(" >= p.first_day))");
        // A fact's resident belongs to the cohort on at least one day of the period.
        COHORT_OPEN = SqlText.of("EXISTS (SELECT 1 FROM cohort_memberships m WHERE m.cohort_name = ?"
                + " AND m.joined <= p.last_day AND (m.left_on IS NULL OR m.left_on >= p.first_day)"
                + " AND m.resident_id = ");
        COHORT_CLOSE = SqlText.of(")");
        F = SqlText.of("f.");
        // PROPORTION: the population (COUNT(*)), those meeting the condition, and for a weighted share the sums of
        // weights and squared weights of both; the condition is repeated in each CASE, its values bound each time.
        SHARE_MEETING = SqlText.of(", SUM(CASE WHEN ");
        THEN_ONE = SqlText.of(" THEN 1 ELSE 0 END)");
        SHARE_WEIGHTS = SqlText.of(", SUM(f.weight), SUM(f.weight * f.weight)");
        SHARE_WEIGHTS_YES = SqlText.of(", SUM(CASE WHEN ");
        THEN_WEIGHT = SqlText.of(" THEN f.weight ELSE 0 END)");
        SHARE_SQUARES_YES = SqlText.of(", SUM(CASE WHEN ");
        THEN_SQUARE = SqlText.of(" THEN f.weight * f.weight ELSE 0 END)");
        // MEAN: the values v with weights w and the slot's smallest value s as the shift, then the sums of the
        // deviations v - s; 1.0E0 * v keeps integer values from integer arithmetic (and its overflow).
        MEAN_OUTER = SqlText.of("SELECT x.cell_level, x.cell_code, x.first_day, x.last_day, COUNT(*), MIN(x.s),"
                + " SUM(x.w), SUM(x.w * x.w), SUM(x.w * (x.v - x.s)), SUM(x.w * (x.v - x.s) * (x.v - x.s)),"
                + " SUM(x.w * x.w * (x.v - x.s)), SUM(x.w * x.w * (x.v - x.s) * (x.v - x.s)),"
                + " MIN(x.v), MAX(x.v), MAX(x.w) FROM (");
        MEAN_VALUE = SqlText.of(", 1.0E0 * f.");
        MEAN_WEIGHT = SqlText.of(" AS v, f.weight AS w");
        MEAN_NO_WEIGHT = SqlText.of(" AS v, 1.0E0 AS w");
        MEAN_SHIFT = SqlText.of(", MIN(1.0E0 * f.");
        MEAN_SHIFT_CLOSE = SqlText.of(") OVER (PARTITION BY c.cell_level, c.cell_code, p.first_day, p.last_day) AS s");
        INNER_CLOSE = SqlText.of(") x");
        // LATEST_ASSESSMENT: per person their latest day and the latest day of a fact failing the condition; the
        // person meets it when no fact fails on their latest day.
        LATEST_OUTER = SqlText.of("SELECT x.cell_level, x.cell_code, x.first_day, x.last_day, COUNT(*),"
                + " SUM(CASE WHEN x.failed IS NULL OR x.failed < x.latest THEN 1 ELSE 0 END) FROM (");
        LATEST_PERSON = SqlText.of(", f.");
        LATEST_DAY = SqlText.of(" AS person, MAX(f.");
        LATEST_FAILED = SqlText.of(") AS latest, MAX(CASE WHEN ");
        LATEST_FAILED_CLOSE = SqlText.of(" THEN NULL ELSE f.");
        LATEST_FAILED_END = SqlText.of(" END) AS failed");
        GROUP_BY_PERSON = SqlText.of(" GROUP BY c.cell_level, c.cell_code, p.first_day, p.last_day, f.");
        // TRANSITION: per fact its person's first and last day in the slot (windows), then per person the highest
        // value on the first day, the lowest on the last and the number of facts, then the persons counted.
        TRANSITION_OUTER = SqlText.of("SELECT x.cell_level, x.cell_code, x.first_day, x.last_day,"
                + " SUM(CASE WHEN x.n >= 2 THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN x.n >= 2 AND x.v1 > x.v0 THEN 1 ELSE 0 END) FROM ("
                + "SELECT y.cell_level, y.cell_code, y.first_day, y.last_day, y.person, COUNT(*) AS n,"
                + " MAX(CASE WHEN y.d = y.d0 THEN y.v END) AS v0, MIN(CASE WHEN y.d = y.d1 THEN y.v END) AS v1 FROM (");
        TRANSITION_PERSON = SqlText.of(", f.");
        TRANSITION_DAY = SqlText.of(" AS person, f.");
        TRANSITION_VALUE = SqlText.of(" AS d, 1.0E0 * f.");
        TRANSITION_FIRST_DAY = SqlText.of(" AS v, MIN(f.");
        TRANSITION_OVER = SqlText.of(") OVER (PARTITION BY c.cell_level, c.cell_code, p.first_day, p.last_day, f.");
        TRANSITION_LAST_CLOSE = SqlText.of(") AS d1");
        TRANSITION_WINDOW_CLOSE = SqlText.of(") AS d0, MAX(f.");
        TRANSITION_INNER_CLOSE =
                SqlText.of(") y GROUP BY y.cell_level, y.cell_code, y.first_day, y.last_day," + " y.person) x");
        // Self-reliance assessments are stored one row per assessment with a column per domain; the facts are one
        // row per scored domain, as in memory: a union of one select per domain (the domain names are the enum's
        // codes, not input).
        StringBuilder domains = new StringBuilder();
        for (SelfRelianceDomain domain : SelfRelianceDomain.values()) {
            String code = domain.name().toLowerCase(Locale.ROOT);
            if (domains.length() > 0) {
                domains.append(" UNION ALL ");
            }
            domains.append("SELECT a.resident_id, a.date, '")
                    .append(code)
                    .append("' AS domain_code, a.")
                    .append(code)
                    .append(" AS score FROM self_reliance_assessments a WHERE a.")
                    .append(code)
                    .append(" IS NOT NULL");
        }
        // A survey answer as a whole number: white space (as Java's String.strip knows it) replaced by spaces and
        // trimmed, then an optional minus and one to nine digits, else NULL. What is left without the digits is
        // measured by CHAR_LENGTH, not compared with '': MariaDB's PAD SPACE collations take ' ' = '' as true.
        String spaced = "s.answer";
        for (char space : whiteSpace()) {
            spaced = "REPLACE(" + spaced + ", '" + space + "', ' ')";
        }
        String digits = "z.d";
        for (char digit = '0'; digit <= '9'; digit++) {
            digits = "REPLACE(" + digits + ", '" + digit + "', '')";
        }
        String survey = "(SELECT z.respondent_id, z.area_code, z.date, z.question, z.weight,"
                + " CASE WHEN CHAR_LENGTH(" + digits + ") = 0 AND CHAR_LENGTH(z.d) BETWEEN 1 AND 9"
                + " THEN CAST(z.t AS INTEGER) END"
                + " AS answer FROM (SELECT y.respondent_id, y.area_code, y.date, y.question, y.weight, y.t,"
                + " CASE WHEN y.t LIKE '-%' THEN SUBSTRING(y.t, 2) ELSE y.t END AS d FROM ("
                + "SELECT s.respondent_id, s.area_code, s.date, s.question, s.weight, TRIM(" + spaced + ") AS t"
                + " FROM survey_responses s) y) z)";
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
                                "theme", SqlText.of("theme"))),
                // An assessment is in the area of its resident; one of a resident without a row is in none.
                FactType.LADDER_ASSESSMENTS,
                new Facts(
                        SqlText.of("(SELECT l.resident_id, l.date, l.rung, r.area_code FROM ladder_assessments l"
                                + " JOIN residents r ON r.id = l.resident_id)"),
                        HashMap.of(
                                "resident_id", SqlText.of("resident_id"),
                                "area_code", SqlText.of("area_code"),
                                "date", SqlText.of("date"),
                                "rung", SqlText.of("rung"))),
                FactType.SELF_RELIANCE_ASSESSMENTS,
                new Facts(
                        SqlText.of("(SELECT x.resident_id, x.date, x.domain_code, x.score, r.area_code FROM (" + domains
                                + ") x JOIN residents r ON r.id = x.resident_id)"),
                        HashMap.of(
                                "resident_id", SqlText.of("resident_id"),
                                "area_code", SqlText.of("area_code"),
                                "date", SqlText.of("date"),
                                "domain", SqlText.of("domain_code"),
                                "score", SqlText.of("score"))),
                FactType.SURVEY_RESPONSES,
                new Facts(
                        SqlText.of(survey),
                        HashMap.of(
                                "respondent_id", SqlText.of("respondent_id"),
                                "area_code", SqlText.of("area_code"),
                                "date", SqlText.of("date"),
                                "question", SqlText.of("question"),
                                "answer", SqlText.of("answer"),
                                "weight", SqlText.of("weight"))));
    }

    /** The characters {@link Character#isWhitespace} holds, which {@link String#strip()} takes off an answer. */
    private static char[] whiteSpace() {
        StringBuilder found = new StringBuilder();
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            if (c != ' ' && Character.isWhitespace(c)) {
                found.append(c);
            }
        }
        return found.toString().toCharArray();
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
                    Optional<double[][]> sums = share(id, m, cover, cells);
                    grid.declare(index);
                    sums.ifPresent(all -> fill(cover, (cell, p, slot) -> Optional.of(shareFigures(all[slot], m))));
                    return true;
                }

                @Override
                public Boolean onLatestAssessment(Measure.LatestAssessment m) {
                    Optional<double[][]> counts = latest(id, m, cover, cells);
                    grid.declare(index);
                    counts.ifPresent(all -> fill(
                            cover,
                            (cell, p, slot) -> Optional.of(Figures.share((long) all[slot][1], (long) all[slot][0]))));
                    return true;
                }

                @Override
                public Boolean onMean(Measure.Mean m) {
                    Optional<double[][]> sums = mean(id, m, cover, cells);
                    grid.declare(index);
                    if (sums.isEmpty()) {
                        return true;
                    }
                    double[][] all = sums.get();
                    double smallest = Double.POSITIVE_INFINITY;
                    double largest = Double.NEGATIVE_INFINITY;
                    double heaviest = 0;
                    for (double[] slot : all) {
                        if (slot[0] > 0) {
                            smallest = Math.min(smallest, slot[MEAN_SMALLEST]);
                            largest = Math.max(largest, slot[MEAN_LARGEST]);
                            heaviest = Math.max(heaviest, slot[MEAN_HEAVIEST]);
                        }
                    }
                    if (heaviest > 0) {
                        grid.scale(index, smallest, largest, heaviest);
                    }
                    fill(cover, (cell, p, slot) -> Optional.of(Figures.mean(meanSums(all[slot]))));
                    return true;
                }

                @Override
                public Boolean onTransition(Measure.Transition m) {
                    Optional<double[][]> counts = transition(id, m, cover, cells);
                    grid.declare(index);
                    counts.ifPresent(all -> fill(
                            cover,
                            (cell, p, slot) -> Optional.of(Figures.share((long) all[slot][1], (long) all[slot][0]))));
                    return true;
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

    /** One statement being built: its texts and the values bound at their {@code ?}, in order. */
    private static final class Statement {
        final List<SqlText> parts = new ArrayList<>();
        final List<Object> values = new ArrayList<>();

        Statement add(SqlText... texts) {
            parts.addAll(List.of(texts));
            return this;
        }
    }

    /** The stored facts of {@code type}; a fact type without stored facts here is refused, naming it. */
    private static Facts facts(String definition, FactType type) {
        return FACTS.get(type).getOrElseThrow(() -> unsupported(definition, "fact type " + type.code()));
    }

    /** The column of a role of {@code type} (its date, span, person), refused naming {@code what} when it has none. */
    private static SqlText role(
            String definition,
            Facts facts,
            io.vavr.control.Option<nl.welfare.indicators.definition.Attribute> role,
            String what) {
        return role.flatMap(a -> facts.columns().get(a.name())).getOrElseThrow(() -> unsupported(definition, what));
    }

    /**
     * Appends {@code FROM} the facts joined to their cells and to the periods they count in by {@code mode}, and
     * {@code WHERE} the {@code selection} (with {@code extra} conditions after it, each a text of the fixed tables).
     */
    private static void from(
            Statement statement,
            String definition,
            FactType type,
            Facts facts,
            CountMode mode,
            Filter selection,
            List<ReportingPeriod> periods,
            SqlText... extra) {
        statement.add(FROM, facts.table(), CELLS, PERIODS_OPEN);
        for (int p = 0; p < periods.size(); p++) {
            if (p > 0) {
                statement.add(UNION_ALL);
            }
            statement.add(PERIOD);
            statement.values.add(periods.get(p).start());
            statement.values.add(periods.get(p).end());
        }
        statement.add(PERIODS_CLOSE);
        if (mode == CountMode.FLOW) {
            SqlText date = role(definition, facts, type.date(), "a flow of " + type.code());
            statement.add(column(date), FLOW, date, AT_MOST_LAST_DAY);
        } else {
            SqlText start = role(definition, facts, type.spanStart(), "a stock of " + type.code());
            SqlText end = role(definition, facts, type.spanEnd(), "a stock of " + type.code());
            statement.add(column(start), STOCK_START, end, STOCK_END, end, STOCK_CLOSE);
        }
        statement.add(WHERE, OPEN);
        selection.accept(new Where(definition, type, facts, statement.parts, statement.values));
        statement.add(CLOSE);
        for (SqlText condition : extra) {
            statement.add(AND, condition, IS_NOT_NULL_END);
        }
    }

    /** Appends the filter {@code condition} of {@code type}, in parentheses. */
    private static void condition(
            Statement statement, String definition, FactType type, Facts facts, Filter condition) {
        statement.add(OPEN);
        condition.accept(new Where(definition, type, facts, statement.parts, statement.values));
        statement.add(CLOSE);
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
        Facts facts = facts(definition, type);
        Statement statement = new Statement().add(SELECT);
        if (counted.distinctPersons()) {
            SqlText person = role(definition, facts, type.person(), "a distinct count of " + type.code());
            statement.add(COUNT_DISTINCT, column(person), CLOSE);
        } else {
            statement.add(COUNT_ALL);
        }
        from(statement, definition, type, facts, counted.mode(), counted.filter(), cover.periods());
        statement.add(GROUP_BY);
        double[][] slots = slots(definition, statement, cover, cells, 1);
        long[] counts = new long[slots.length];
        for (int slot = 0; slot < slots.length; slot++) {
            counts[slot] = (long) slots[slot][0];
        }
        return Optional.of(counts);
    }

    /**
     * A share's figures per slot: population, meeting, and when weighted the sums of weights and squared weights of
     * the population and of those meeting the condition.
     */
    private Optional<double[][]> share(
            String definition, Measure.Proportion share, FigureCover cover, java.util.Map<String, Integer> cells) {
        FactType type = share.factType();
        if (!cover.hasFacts(type)) {
            return Optional.empty();
        }
        Facts facts = facts(definition, type);
        Statement statement = new Statement().add(SELECT, COUNT_ALL, SHARE_MEETING);
        condition(statement, definition, type, facts, share.condition());
        statement.add(THEN_ONE);
        if (share.weighted()) {
            role(definition, facts, type.weight(), "a weighted share of " + type.code());
            statement.add(SHARE_WEIGHTS, SHARE_WEIGHTS_YES);
            condition(statement, definition, type, facts, share.condition());
            statement.add(THEN_WEIGHT, SHARE_SQUARES_YES);
            condition(statement, definition, type, facts, share.condition());
            statement.add(THEN_SQUARE);
        }
        from(statement, definition, type, facts, share.mode(), share.population(), cover.periods());
        statement.add(GROUP_BY);
        return Optional.of(slots(definition, statement, cover, cells, share.weighted() ? 6 : 2));
    }

    /** The figures of a share from the sums of one slot, as the in-memory share builds them. */
    private static Figures shareFigures(double[] sums, Measure.Proportion share) {
        long n = (long) sums[0];
        long k = (long) sums[1];
        if (!share.weighted()) {
            return Figures.share(k, n);
        }
        double w = sums[2];
        double w2 = sums[3];
        // All meeting: the sums of the population, exactly; else never above them (against rounding).
        double yes = k == n ? w : Math.min(w, sums[4]);
        double yes2 = k == n ? w2 : Math.min(w2, sums[5]);
        return Figures.weightedShare(WeightedSums.builder()
                .count(n)
                .yesCount(k)
                .sumOfWeights(w)
                .sumOfSquaredWeights(w2)
                .sumOfWeightedYes(yes)
                .sumOfSquaredWeightedYes(yes2)
                .sumOfWeightedDeviations(yes)
                .sumOfWeightedSquaredDeviations(yes)
                .sumOfSquaredWeightedDeviations(yes2)
                .sumOfSquaredWeightedSquaredDeviations(yes2)
                .build());
    }

    private static final int MEAN_SMALLEST = 12;
    private static final int MEAN_LARGEST = 13;
    private static final int MEAN_HEAVIEST = 14;

    /**
     * A mean's sums per slot: n, shift, Σw, Σw², Σw·d, Σw·d², Σw²·d, Σw²·d² (d the deviation from the shift), then
     * (at {@link #MEAN_SMALLEST} and on, after four unused places) the smallest and largest value and the largest
     * weight.
     */
    private Optional<double[][]> mean(
            String definition, Measure.Mean mean, FigureCover cover, java.util.Map<String, Integer> cells) {
        FactType type = mean.factType();
        if (!cover.hasFacts(type)) {
            return Optional.empty();
        }
        Facts facts = facts(definition, type);
        SqlText value = facts.columns()
                .get(mean.valueAttribute())
                .getOrElseThrow(
                        () -> unsupported(definition, "attribute " + type.code() + "." + mean.valueAttribute()));
        Statement statement = new Statement().add(MEAN_OUTER, SELECT_SLOT, MEAN_VALUE, value);
        if (mean.weighted()) {
            role(definition, facts, type.weight(), "a weighted mean of " + type.code());
            statement.add(MEAN_WEIGHT);
        } else {
            statement.add(MEAN_NO_WEIGHT);
        }
        statement.add(MEAN_SHIFT, value, MEAN_SHIFT_CLOSE);
        from(statement, definition, type, facts, mean.mode(), mean.filter(), cover.periods(), column(value));
        statement.add(INNER_CLOSE, GROUP_BY_OUTER);
        double[][] read = slots(definition, statement, cover, cells, 11);
        double[][] sums = new double[read.length][];
        for (int slot = 0; slot < read.length; slot++) {
            double[] r = read[slot];
            sums[slot] = new double[] {r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], 0, 0, 0, 0, r[8], r[9], r[10]};
        }
        return Optional.of(sums);
    }

    /** The weighted sums of a mean's slot. */
    private static WeightedSums meanSums(double[] sums) {
        return WeightedSums.builder()
                .count((long) sums[0])
                .yesCount(0)
                .sumOfWeights(sums[2])
                .sumOfSquaredWeights(sums[3])
                .sumOfWeightedYes(0)
                .sumOfSquaredWeightedYes(0)
                .sumOfWeightedDeviations(sums[4])
                .sumOfWeightedSquaredDeviations(sums[5])
                .sumOfSquaredWeightedDeviations(sums[6])
                .sumOfSquaredWeightedSquaredDeviations(sums[7])
                .shift(sums[1])
                .build();
    }

    /** A latest assessment's persons per slot, and those whose facts on their latest date all meet the condition. */
    private Optional<double[][]> latest(
            String definition,
            Measure.LatestAssessment latest,
            FigureCover cover,
            java.util.Map<String, Integer> cells) {
        FactType type = latest.factType();
        if (!cover.hasFacts(type)) {
            return Optional.empty();
        }
        Facts facts = facts(definition, type);
        SqlText person = role(definition, facts, type.person(), "a latest assessment of " + type.code());
        SqlText date = role(definition, facts, type.date(), "a latest assessment of " + type.code());
        Statement statement =
                new Statement().add(LATEST_OUTER, SELECT_SLOT, LATEST_PERSON, person, LATEST_DAY, date, LATEST_FAILED);
        condition(statement, definition, type, facts, latest.condition());
        statement.add(LATEST_FAILED_CLOSE, date, LATEST_FAILED_END);
        from(
                statement,
                definition,
                type,
                facts,
                latest.mode(),
                latest.population(),
                cover.periods(),
                column(person),
                column(date));
        statement.add(GROUP_BY_PERSON, person, INNER_CLOSE, GROUP_BY_OUTER);
        return Optional.of(slots(definition, statement, cover, cells, 2));
    }

    /** A transition's persons per slot with at least two facts, and those of them whose last value is above the first. */
    private Optional<double[][]> transition(
            String definition, Measure.Transition transition, FigureCover cover, java.util.Map<String, Integer> cells) {
        FactType type = transition.factType();
        if (!cover.hasFacts(type)) {
            return Optional.empty();
        }
        Facts facts = facts(definition, type);
        SqlText person = role(definition, facts, type.person(), "a transition of " + type.code());
        SqlText date = role(definition, facts, type.date(), "a transition of " + type.code());
        SqlText value = facts.columns()
                .get(transition.valueAttribute())
                .getOrElseThrow(
                        () -> unsupported(definition, "attribute " + type.code() + "." + transition.valueAttribute()));
        Statement statement = new Statement()
                .add(TRANSITION_OUTER, SELECT_SLOT, TRANSITION_PERSON, person, TRANSITION_DAY, date, TRANSITION_VALUE)
                .add(value, TRANSITION_FIRST_DAY, date, TRANSITION_OVER, person, TRANSITION_WINDOW_CLOSE, date)
                .add(TRANSITION_OVER, person, TRANSITION_LAST_CLOSE);
        from(
                statement,
                definition,
                type,
                facts,
                transition.mode(),
                transition.filter(),
                cover.periods(),
                column(person),
                column(date),
                column(value));
        statement.add(TRANSITION_INNER_CLOSE, GROUP_BY_OUTER);
        return Optional.of(slots(definition, statement, cover, cells, 2));
    }

    /**
     * Runs {@code statement}, whose rows are a cell (level, code), a period (first and last day) and {@code width}
     * numbers, and gives the numbers per slot {@code cell * periods + period}: zeros where no row is; rows of the
     * country or of areas outside the cover are no cell and left out.
     */
    private double[][] slots(
            String definition,
            Statement statement,
            FigureCover cover,
            java.util.Map<String, Integer> cells,
            int width) {
        SqlText sql = SqlText.join(statement.parts);
        List<Object> values = statement.values;
        List<ReportingPeriod> periods = cover.periods();
        int size = periods.size();
        java.util.Map<String, Integer> periodIndex = periodIndex(periods);
        double[][] slots = new double[cover.cellCount() * size][width];
        Vector<Object[]> rows = jdbc.snapshot(
                "evaluate " + definition,
                connection -> rows(connection, sql, values, row -> {
                    Integer cell = cells.get(row.getString(1) + ":" + row.getString(2));
                    Integer p = periodIndex.get(
                            periodKey(row.getObject(3, LocalDate.class), row.getObject(4, LocalDate.class)));
                    if (cell == null || p == null) {
                        return new Object[0];
                    }
                    double[] numbers = new double[width];
                    for (int i = 0; i < width; i++) {
                        numbers[i] = row.getDouble(5 + i);
                    }
                    return new Object[] {cell * size + p, numbers};
                }));
        for (Object[] row : rows) {
            if (row.length == 2) {
                slots[(Integer) row[0]] = (double[]) row[1];
            }
        }
        return slots;
    }

    /**
     * The index of each period of a cover by its {@link #periodKey}, for the rows a statement returns per period. The
     * cover's periods are distinct, so each key names one index.
     */
    static java.util.Map<String, Integer> periodIndex(List<ReportingPeriod> periods) {
        java.util.Map<String, Integer> index = new java.util.HashMap<>();
        for (int p = 0; p < periods.size(); p++) {
            index.put(periodKey(periods.get(p).start(), periods.get(p).end()), p);
        }
        return index;
    }

    /** A period's key, from its first and last day as a statement returns them. */
    static String periodKey(@Nullable LocalDate first, @Nullable LocalDate last) {
        return first + "/" + last;
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
     * unknown), so that {@code NOT} negates plainly as in memory. The nodes that depend on the period compare with
     * the period {@code p} the fact is counted in.
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

        /** Whether {@code attribute} is a decimal, compared as a {@code double} as in memory. */
        private boolean decimal(String attribute) {
            return type.attribute(attribute)
                    .map(a -> a.type() == AttributeType.DECIMAL)
                    .getOrElse(false);
        }

        /** The value bound for {@code literal}: a decimal attribute's as a {@code double}. */
        private Object value(String attribute, Literal literal) {
            boolean decimal = decimal(attribute);
            return literal.accept(new Literal.Visitor<Object>() {
                @Override
                public Object onText(Literal.OfText text) {
                    return text.value();
                }

                @Override
                public Object onInteger(Literal.OfInteger integer) {
                    return decimal ? (Object) (double) integer.value() : (Object) integer.value();
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
                values.add(value(attribute, literals.get(i)));
            }
            parts.add(CLOSE);
            parts.add(CLOSE);
            return true;
        }

        @Override
        public Boolean onRange(Filter.Range filter) {
            SqlText column = column(filter.attribute());
            parts.add(OPEN);
            parts.add(column);
            parts.add(IS_NOT_NULL);
            parts.add(TRUE);
            if (filter.min().isPresent()) {
                parts.add(AND);
                parts.add(column);
                parts.add(AT_LEAST);
                values.add(value(filter.attribute(), filter.min().get()));
            }
            if (filter.max().isPresent()) {
                parts.add(AND);
                parts.add(column);
                parts.add(AT_MOST);
                values.add(value(filter.attribute(), filter.max().get()));
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
            SqlText column = column(filter.attribute());
            parts.add(OPEN);
            parts.add(column);
            parts.add(IS_NOT_NULL);
            parts.add(column);
            parts.add(AT_LEAST_FIRST_DAY);
            parts.add(AND);
            parts.add(column);
            parts.add(AT_MOST_LAST_DAY);
            parts.add(CLOSE);
            return true;
        }

        @Override
        public Boolean onActiveInPeriod(Filter.ActiveInPeriod filter) {
            SqlText start = type.spanStart()
                    .map(a -> column(a.name()))
                    .getOrElseThrow(() -> unsupported(definition, "active in period of " + type.code()));
            SqlText end = type.spanEnd()
                    .map(a -> column(a.name()))
                    .getOrElseThrow(() -> unsupported(definition, "active in period of " + type.code()));
            // started on or before the last day, and not ended or ended on or after the first
            parts.add(OPEN);
            parts.add(start);
            parts.add(IS_NOT_NULL);
            parts.add(start);
            parts.add(AT_MOST_LAST_DAY);
            parts.add(ENDS_AFTER_FIRST_DAY_OPEN);
            parts.add(end);
            parts.add(IS_NULL_OR);
            parts.add(end);
            parts.add(ENDS_AFTER_FIRST_DAY_CLOSE);
            return true;
        }

        @Override
        public Boolean onMemberOfCohort(Filter.MemberOfCohort filter) {
            SqlText person = type.person()
                    .map(a -> column(a.name()))
                    .getOrElseThrow(() -> unsupported(definition, "member of cohort of " + type.code()));
            parts.add(COHORT_OPEN);
            values.add(filter.cohort().value());
            parts.add(person);
            parts.add(COHORT_CLOSE);
            return true;
        }

        @Override
        public Boolean onAll(Filter.All filter) {
            parts.add(TRUE);
            return true;
        }
    }
}
