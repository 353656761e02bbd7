package nl.welfare.adapters.jdbc;

import static nl.welfare.adapters.jdbc.Jdbc.date;
import static nl.welfare.adapters.jdbc.Jdbc.optionalDate;
import static nl.welfare.adapters.jdbc.Jdbc.optionalText;
import static nl.welfare.adapters.jdbc.Jdbc.text;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.welfare.adapters.jdbc.Tables.Item;
import nl.welfare.domain.resident.Cohort;
import nl.welfare.domain.resident.CohortMembership;
import nl.welfare.domain.resident.CohortName;
import nl.welfare.domain.resident.ResidentId;
import nl.welfare.domain.spi.Cohorts;

/** {@link Cohorts} in the tables {@code cohorts} and {@code cohort_memberships} (in the order of the cohort's list). */
final class JdbcCohorts implements Cohorts {

    private static final SqlText DELETE_MEMBERSHIPS =
            SqlText.of("DELETE FROM cohort_memberships WHERE cohort_name = ?");
    private static final SqlText DELETE = SqlText.of("DELETE FROM cohorts WHERE name = ?");
    private static final SqlText BY_NAME = SqlText.of("SELECT name, description FROM cohorts WHERE name = ?");
    private static final SqlText ALL = SqlText.of("SELECT name, description FROM cohorts ORDER BY name");
    private static final SqlText MEMBERSHIPS_OF = SqlText.of("SELECT cohort_name, resident_id, joined, left_on"
            + " FROM cohort_memberships WHERE cohort_name = ? ORDER BY item_no");
    private static final SqlText MEMBERSHIPS = SqlText.of("SELECT cohort_name, resident_id, joined, left_on"
            + " FROM cohort_memberships ORDER BY cohort_name, item_no");
    // The cohorts a resident was ever a member of, and all the memberships of those cohorts.
    private static final SqlText COHORTS_OF = SqlText.of("SELECT c.name, c.description FROM cohorts c WHERE EXISTS"
            + " (SELECT 1 FROM cohort_memberships m WHERE m.cohort_name = c.name AND m.resident_id = ?)"
            + " ORDER BY c.name");
    private static final SqlText MEMBERSHIPS_OF_COHORTS_OF = SqlText.of("SELECT m.cohort_name, m.resident_id,"
            + " m.joined, m.left_on FROM cohort_memberships m WHERE m.cohort_name IN"
            + " (SELECT n.cohort_name FROM cohort_memberships n WHERE n.resident_id = ?)"
            + " ORDER BY m.cohort_name, m.item_no");

    private final Jdbc jdbc;

    JdbcCohorts(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void save(Cohort cohort) {
        jdbc.execute("Cohorts.save", c -> replace(c, cohort));
    }

    @Override
    public void saveAll(Iterable<? extends Cohort> cohorts) {
        jdbc.execute("Cohorts.saveAll", c -> {
            for (Cohort cohort : cohorts) {
                replace(c, cohort);
            }
        });
    }

    private static void replace(Connection c, Cohort cohort) throws SQLException {
        String name = cohort.name().value();
        Jdbc.update(c, DELETE_MEMBERSHIPS, Jdbc.key(name));
        Jdbc.update(c, DELETE, Jdbc.key(name));
        insert(c, List.of(cohort));
    }

    /** Inserts {@code cohorts}, which are not in the tables, with their memberships. */
    static long insert(Connection c, Iterable<? extends Cohort> cohorts) throws SQLException {
        List<Item<CohortMembership>> memberships = new ArrayList<>();
        for (Cohort cohort : cohorts) {
            int itemNo = 0;
            for (CohortMembership m : cohort.memberships()) {
                memberships.add(new Item<>(cohort.name().value(), itemNo++, m));
            }
        }
        return Jdbc.insert(c, Tables.COHORTS, cohorts) + Jdbc.insert(c, Tables.MEMBERSHIPS, memberships);
    }

    @Override
    public Option<Cohort> byName(CohortName name) {
        return jdbc.snapshot("Cohorts.byName", c -> {
                    Seq<Tuple2<String, Optional<String>>> heads = Jdbc.list(
                            c,
                            BY_NAME,
                            Jdbc.key(name.value()),
                            r -> Tuple.of(text(r, "name"), optionalText(r, "description")));
                    Seq<CohortMembership> memberships =
                            Jdbc.list(c, MEMBERSHIPS_OF, Jdbc.key(name.value()), JdbcCohorts::membership);
                    return heads.map(h -> cohort(h, memberships));
                })
                .headOption();
    }

    @Override
    public Seq<Cohort> all() {
        return jdbc.snapshot("Cohorts.all", JdbcCohorts::all);
    }

    /** Every cohort with its memberships, read on {@code c}. */
    static Seq<Cohort> all(Connection c) throws SQLException {
        Seq<Tuple2<String, Optional<String>>> heads =
                Jdbc.list(c, ALL, Jdbc.NONE, r -> Tuple.of(text(r, "name"), optionalText(r, "description")));
        Seq<CohortMembership> memberships = Jdbc.list(c, MEMBERSHIPS, Jdbc.NONE, JdbcCohorts::membership);
        return heads.map(
                h -> cohort(h, memberships.filter(m -> m.cohort().value().equals(h._1))));
    }

    /** By SQL: the cohorts with a membership of {@code resident}, with all their memberships, in one snapshot. */
    @Override
    public Seq<Cohort> cohortsOf(ResidentId resident) {
        return jdbc.snapshot("Cohorts.cohortsOf", c -> {
            Seq<Tuple2<String, Optional<String>>> heads = Jdbc.list(
                    c,
                    COHORTS_OF,
                    Jdbc.key(resident.value()),
                    r -> Tuple.of(text(r, "name"), optionalText(r, "description")));
            Seq<CohortMembership> memberships =
                    Jdbc.list(c, MEMBERSHIPS_OF_COHORTS_OF, Jdbc.key(resident.value()), JdbcCohorts::membership);
            return heads.map(
                    h -> cohort(h, memberships.filter(m -> m.cohort().value().equals(h._1))));
        });
    }

    private static Cohort cohort(Tuple2<String, Optional<String>> head, Seq<CohortMembership> memberships) {
        return Cohort.builder()
                .name(CohortName.of(head._1))
                .description(head._2)
                .addAllMemberships(memberships)
                .build();
    }

    private static CohortMembership membership(java.sql.ResultSet row) throws SQLException {
        return CohortMembership.builder()
                .cohort(CohortName.of(text(row, "cohort_name")))
                .resident(ResidentId.of(text(row, "resident_id")))
                .joined(date(row, "joined"))
                .left(optionalDate(row, "left_on"))
                .build();
    }
}
