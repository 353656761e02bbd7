package nl.welfare.adapters.jdbc;

import static nl.welfare.adapters.jdbc.Jdbc.optionalText;
import static nl.welfare.adapters.jdbc.Jdbc.text;

import io.vavr.Tuple;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import nl.welfare.domain.area.AreaGrouping;
import nl.welfare.domain.area.AreaHierarchy;
import nl.welfare.domain.time.ReportingPeriod;
import nl.welfare.indicators.dataset.Dataset;
import nl.welfare.indicators.definition.FactType;

/**
 * What the store holds of its data package besides the fact rows, read for an evaluation in the database: the
 * package's identity and documents ({@link StoredPackage}), the resources it had, the years of its facts and the
 * survey answers per question, each by one query that the database answers from its indexes or by aggregating, never by
 * handing over the fact rows.
 */
final class StoredPackages {

    private static final SqlText PACKAGE =
            SqlText.of("SELECT name, checksum, definitions, targets FROM stored_package WHERE id = 1");
    private static final SqlText RESOURCES = SqlText.of("SELECT resource FROM stored_resources");
    private static final SqlText GROUPING_ORDER = SqlText.of("SELECT item_no, name FROM stored_groupings");

    /** For a store imported before the package's resources were recorded: a resource is present when it has rows. */
    private static final SqlText RESOURCES_WITH_ROWS = SqlText.of("SELECT"
            + " CASE WHEN EXISTS (SELECT 1 FROM initiatives) THEN 1 ELSE 0 END AS initiatives,"
            + " CASE WHEN EXISTS (SELECT 1 FROM initiative_links) THEN 1 ELSE 0 END AS initiative_links,"
            + " CASE WHEN EXISTS (SELECT 1 FROM provisions) THEN 1 ELSE 0 END AS provisions,"
            + " CASE WHEN EXISTS (SELECT 1 FROM activities) THEN 1 ELSE 0 END AS activities,"
            + " CASE WHEN EXISTS (SELECT 1 FROM participations) THEN 1 ELSE 0 END AS participations,"
            + " CASE WHEN EXISTS (SELECT 1 FROM ladder_assessments) THEN 1 ELSE 0 END AS ladder_assessments,"
            + " CASE WHEN EXISTS (SELECT 1 FROM self_reliance_assessments) THEN 1 ELSE 0 END"
            + " AS self_reliance_assessments,"
            + " CASE WHEN EXISTS (SELECT 1 FROM support_episodes) THEN 1 ELSE 0 END AS support_episodes,"
            + " CASE WHEN EXISTS (SELECT 1 FROM survey_responses) THEN 1 ELSE 0 END AS survey_responses,"
            + " CASE WHEN EXISTS (SELECT 1 FROM residents) THEN 1 ELSE 0 END AS residents");

    /**
     * The first and last day of the facts, as {@link Dataset#years()} takes them: the date of a fact dated on a day,
     * else the start of its span, over every fact type (activities and residents have neither).
     */
    private static final SqlText DAYS = SqlText.of("SELECT MIN(d) AS first_day, MAX(d) AS last_day FROM ("
            + "SELECT MIN(started) AS d FROM initiatives UNION ALL SELECT MAX(started) FROM initiatives"
            + " UNION ALL SELECT MIN(since) FROM initiative_links UNION ALL SELECT MAX(since) FROM initiative_links"
            + " UNION ALL SELECT MIN(started) FROM provisions UNION ALL SELECT MAX(started) FROM provisions"
            + " UNION ALL SELECT MIN(date) FROM participations UNION ALL SELECT MAX(date) FROM participations"
            + " UNION ALL SELECT MIN(date) FROM ladder_assessments UNION ALL SELECT MAX(date) FROM ladder_assessments"
            + " UNION ALL SELECT MIN(date) FROM self_reliance_assessments"
            + " UNION ALL SELECT MAX(date) FROM self_reliance_assessments"
            + " UNION ALL SELECT MIN(started) FROM support_episodes UNION ALL SELECT MAX(started) FROM support_episodes"
            + " UNION ALL SELECT MIN(date) FROM survey_responses UNION ALL SELECT MAX(date) FROM survey_responses"
            + ") days");

    private static final SqlText ANSWERS_PER_QUESTION =
            SqlText.of("SELECT question, COUNT(*) AS answers FROM survey_responses GROUP BY question");

    private StoredPackages() {}

    /** The stored package's identity and documents, if an import stored them. */
    static Option<StoredPackage> identity(Connection c) throws SQLException {
        return Jdbc.list(
                        c,
                        PACKAGE,
                        Jdbc.NONE,
                        r -> StoredPackage.of(
                                text(r, "name"),
                                text(r, "checksum"),
                                optionalText(r, "definitions"),
                                optionalText(r, "targets")))
                .headOption();
    }

    /**
     * The dataset of the stored package without its fact rows: the hierarchy, groupings, populations and cohorts, the
     * resources the package had, and the years of its facts ({@link Dataset.Builder#factsElsewhere}).
     */
    static Dataset evaluationDataset(Connection c) throws SQLException {
        Dataset.Builder builder = Dataset.builder();
        builder.hierarchy(
                JdbcAreas.hierarchy(c).getOrElse(() -> AreaHierarchy.of(Optional.empty(), java.util.List.of())));
        groupings(c).forEach(builder::grouping);
        JdbcAreas.populations(c).forEach(builder::add);
        JdbcCohorts.all(c).forEach(builder::add);
        resources(c).forEach(builder::present);
        builder.factsElsewhere(years(c));
        return builder.build();
    }

    /**
     * The stored groupings in the order of the imported package; any stored since (through the Areas port) after
     * them, by name.
     */
    static Seq<AreaGrouping> groupings(Connection c) throws SQLException {
        java.util.Map<String, Integer> order = new java.util.HashMap<>();
        Jdbc.list(c, GROUPING_ORDER, Jdbc.NONE, r -> Tuple.of(text(r, "name"), r.getInt("item_no")))
                .forEach(t -> order.put(t._1, t._2));
        return JdbcAreas.groupings(c)
                .sortBy(g -> order.getOrDefault(g.name(), Integer.MAX_VALUE)); // stable: by name after the package's
    }

    /** The resources the stored package had: as recorded by its import, else those with rows. */
    static Set<FactType> resources(Connection c) throws SQLException {
        Seq<String> recorded = Jdbc.list(c, RESOURCES, Jdbc.NONE, r -> text(r, "resource"));
        Set<FactType> present = EnumSet.noneOf(FactType.class);
        if (recorded.isEmpty() && identity(c).isEmpty()) {
            Jdbc.list(c, RESOURCES_WITH_ROWS, Jdbc.NONE, r -> {
                for (FactType type : FactType.values()) {
                    if (r.getInt(type.resource()) == 1) {
                        present.add(type);
                    }
                }
                return present;
            });
            return present;
        }
        for (String resource : recorded) {
            for (FactType type : FactType.values()) {
                if (type.resource().equals(resource)) {
                    present.add(type);
                }
            }
        }
        return present;
    }

    /** The whole years of the stored facts, as {@link Dataset#years()} gives them for the same facts in memory. */
    static Option<ReportingPeriod> years(Connection c) throws SQLException {
        return Jdbc.list(c, DAYS, Jdbc.NONE, StoredPackages::years).head();
    }

    private static Option<ReportingPeriod> years(ResultSet r) throws SQLException {
        LocalDate first = r.getObject("first_day", LocalDate.class);
        LocalDate last = r.getObject("last_day", LocalDate.class);
        if (first == null || last == null) {
            return Option.none();
        }
        int from = first.getYear();
        int to = last.getYear();
        return Option.some(from == to ? ReportingPeriod.year(from) : ReportingPeriod.years(from, to));
    }

    /** The number of survey answers per question code, in the order of the codes ({@link String#compareTo}). */
    static SortedMap<String, Long> answersPerQuestion(Connection c) throws SQLException {
        SortedMap<String, Long> answers = new TreeMap<>();
        Jdbc.list(c, ANSWERS_PER_QUESTION, Jdbc.NONE, r -> Tuple.of(text(r, "question"), r.getLong("answers")))
                .forEach(t -> answers.put(t._1, t._2));
        return answers;
    }
}
