package nl.welfare.adapters.jdbc;

import static nl.welfare.adapters.jdbc.Jdbc.optionalInt;
import static nl.welfare.adapters.jdbc.Jdbc.text;

import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import nl.welfare.adapters.jdbc.Tables.Item;
import nl.welfare.adapters.jdbc.Tables.Member;
import nl.welfare.domain.area.Area;
import nl.welfare.domain.area.AreaCode;
import nl.welfare.domain.area.AreaGroup;
import nl.welfare.domain.area.AreaGrouping;
import nl.welfare.domain.area.AreaHierarchy;
import nl.welfare.domain.area.AreaLevel;
import nl.welfare.domain.area.AreaPopulation;
import nl.welfare.domain.spi.Areas;
import nl.welfare.domain.value.Violation;

/**
 * {@link Areas} in the tables {@code area_hierarchy} (its one row says a hierarchy is stored, and its vintage),
 * {@code areas}, {@code area_groupings}, {@code area_groups}, {@code area_group_members} and {@code area_populations}.
 * Every decision is made in the transaction that writes, on what that transaction reads; the foreign keys from
 * members and populations to {@code areas} hold the same rules in the database.
 */
final class JdbcAreas implements Areas {

    private static final SqlText VINTAGE = SqlText.of("SELECT vintage FROM area_hierarchy WHERE id = 1");
    private static final SqlText UPDATE_VINTAGE = SqlText.of("UPDATE area_hierarchy SET vintage = ? WHERE id = 1");
    private static final SqlText INSERT_VINTAGE = SqlText.of("INSERT INTO area_hierarchy (id, vintage) VALUES (1, ?)");
    private static final SqlText AREAS =
            SqlText.of("SELECT code, name, area_level, parent_code, population FROM areas");
    private static final SqlText AREA =
            SqlText.of("SELECT code, name, area_level, parent_code, population FROM areas WHERE code = ?");
    private static final SqlText CODES = SqlText.of("SELECT code FROM areas");
    private static final SqlText DELETE_AREA = SqlText.of("DELETE FROM areas WHERE code = ?");
    private static final SqlText UPDATE_AREA =
            SqlText.of("UPDATE areas SET name = ?, area_level = ?, parent_code = ?, population = ? WHERE code = ?");

    private static final SqlText GROUPING_NAMES = SqlText.of("SELECT name FROM area_groupings");
    private static final SqlText GROUPS =
            SqlText.of("SELECT grouping_name, group_code, group_name FROM area_groups ORDER BY grouping_name, item_no");
    private static final SqlText MEMBERS = SqlText.of("SELECT grouping_name, group_code, area_code"
            + " FROM area_group_members ORDER BY grouping_name, group_code");
    private static final SqlText DELETE_MEMBERS = SqlText.of("DELETE FROM area_group_members WHERE grouping_name = ?");
    private static final SqlText DELETE_GROUPS = SqlText.of("DELETE FROM area_groups WHERE grouping_name = ?");
    private static final SqlText DELETE_GROUPING = SqlText.of("DELETE FROM area_groupings WHERE name = ?");

    private static final SqlText POPULATIONS = SqlText.of("SELECT area_code, for_year, population"
            + " FROM area_populations ORDER BY LENGTH(area_code), area_code, for_year");
    private static final SqlText POPULATION = SqlText.of(
            "SELECT area_code, for_year, population FROM area_populations WHERE area_code = ? AND for_year = ?");
    private static final SqlText UPDATE_POPULATION =
            SqlText.of("UPDATE area_populations SET population = ? WHERE area_code = ? AND for_year = ?");

    private final Jdbc jdbc;

    JdbcAreas(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    // ---------------------------------------------------------------------------------------------- hierarchy

    @Override
    public Either<Seq<Violation>, AreaHierarchy> saveHierarchy(AreaHierarchy hierarchy) {
        return jdbc.transaction("Areas.saveHierarchy", c -> {
            Seq<Violation> violations = groupings(c)
                    .flatMap(g -> g.validateAgainst(hierarchy).fold(v -> v, ok -> List.empty()))
                    .appendAll(strays(HashSet.ofAll(hierarchy.areas().map(Area::code)), populations(c)));
            if (!violations.isEmpty()) {
                return Either.left(violations);
            }
            writeHierarchy(c, hierarchy);
            return Either.right(hierarchy);
        });
    }

    /** Makes {@code hierarchy} the stored one: areas it lacks go (nothing may refer to them), others are updated. */
    static void writeHierarchy(Connection c, AreaHierarchy hierarchy) throws SQLException {
        Integer vintage = hierarchy.vintage().map(Year::getValue).orElse(null);
        if (Jdbc.update(c, UPDATE_VINTAGE, s -> s.setObject(1, vintage, Types.INTEGER)) == 0) {
            Jdbc.update(c, INSERT_VINTAGE, s -> s.setObject(1, vintage, Types.INTEGER));
        }
        Set<String> stored = HashSet.ofAll(Jdbc.list(c, CODES, Jdbc.NONE, r -> text(r, "code")));
        Set<String> kept = HashSet.ofAll(hierarchy.areas().map(a -> a.code().value()));
        Jdbc.batch(c, DELETE_AREA, stored.diff(kept), (s, code) -> s.setString(1, code));
        Jdbc.batch(
                c,
                UPDATE_AREA,
                hierarchy.areas().filter(a -> stored.contains(a.code().value())),
                (s, a) -> {
                    s.setString(1, a.name());
                    s.setString(2, a.level().code());
                    s.setObject(3, a.parentCode().map(AreaCode::value).orElse(null), Types.VARCHAR);
                    s.setObject(4, a.population().orElse(null), Types.INTEGER);
                    s.setString(5, a.code().value());
                });
        Jdbc.insert(
                c,
                Tables.AREAS,
                hierarchy.areas().filter(a -> !stored.contains(a.code().value())));
    }

    @Override
    public Option<AreaHierarchy> hierarchy() {
        return jdbc.snapshot("Areas.hierarchy", JdbcAreas::hierarchy);
    }

    static Option<AreaHierarchy> hierarchy(Connection c) throws SQLException {
        Seq<Optional<Integer>> vintage = Jdbc.list(c, VINTAGE, Jdbc.NONE, r -> optionalInt(r, "vintage"));
        if (vintage.isEmpty()) {
            return Option.none();
        }
        Seq<Area> areas = Jdbc.list(c, AREAS, Jdbc.NONE, JdbcAreas::area);
        return Option.some(AreaHierarchy.of(vintage.head().map(Year::of), areas));
    }

    @Override
    public Option<Area> area(AreaCode code) {
        return jdbc.list("Areas.area", AREA, Jdbc.key(code.value()), JdbcAreas::area)
                .headOption();
    }

    private static Area area(ResultSet row) throws SQLException {
        AreaCode code = AreaCode.of(text(row, "code"));
        return Area.builder()
                .code(code)
                .name(text(row, "name"))
                .level(AreaLevel.parse(text(row, "area_level")).getOrElse(code.level()))
                .parentCode(Jdbc.optionalText(row, "parent_code").map(AreaCode::of))
                .population(optionalInt(row, "population"))
                .build();
    }

    // ---------------------------------------------------------------------------------------------- groupings

    @Override
    public Either<Seq<Violation>, AreaGrouping> saveGrouping(AreaGrouping grouping) {
        return jdbc.transaction("Areas.saveGrouping", c -> {
            Option<AreaHierarchy> hierarchy = hierarchy(c);
            if (hierarchy.isEmpty()) {
                return Either.left(List.of(Violation.of("grouping", NO_HIERARCHY, grouping.name())));
            }
            Either<Seq<Violation>, AreaGrouping> decision =
                    grouping.validateAgainst(hierarchy.get()).toEither();
            if (decision.isRight()) {
                Jdbc.update(c, DELETE_MEMBERS, Jdbc.key(grouping.name()));
                Jdbc.update(c, DELETE_GROUPS, Jdbc.key(grouping.name()));
                Jdbc.update(c, DELETE_GROUPING, Jdbc.key(grouping.name()));
                insertGroupings(c, List.of(grouping));
            }
            return decision;
        });
    }

    /** Inserts {@code groupings}, none of which is in the tables; gives the number of rows inserted. */
    static long insertGroupings(Connection c, Seq<AreaGrouping> groupings) throws SQLException {
        java.util.List<Item<AreaGroup>> groups = new ArrayList<>();
        java.util.List<Member> members = new ArrayList<>();
        for (AreaGrouping grouping : groupings) {
            int itemNo = 0;
            for (AreaGroup group : grouping.groups()) {
                groups.add(new Item<>(grouping.name(), itemNo++, group));
                group.members().forEach(m -> members.add(new Member(grouping.name(), group.code(), m)));
            }
        }
        return Jdbc.insert(c, Tables.GROUPINGS, groupings.map(AreaGrouping::name))
                + Jdbc.insert(c, Tables.GROUPS, groups)
                + Jdbc.insert(c, Tables.GROUP_MEMBERS, members);
    }

    @Override
    public Option<AreaGrouping> grouping(String name) {
        return groupings().find(g -> g.name().equals(name));
    }

    @Override
    public Seq<AreaGrouping> groupings() {
        return jdbc.snapshot("Areas.groupings", JdbcAreas::groupings);
    }

    /** Every grouping, in the order of their names (by {@link String#compareTo}, whatever the collation). */
    static Seq<AreaGrouping> groupings(Connection c) throws SQLException {
        Seq<String> names =
                Jdbc.list(c, GROUPING_NAMES, Jdbc.NONE, r -> text(r, "name")).sorted();
        Map<String, Map<String, GroupRows>> groups = new LinkedHashMap<>();
        names.forEach(n -> groups.put(n, new LinkedHashMap<>()));
        for (String[] g : Jdbc.list(c, GROUPS, Jdbc.NONE, r ->
                new String[] {text(r, "grouping_name"), text(r, "group_code"), text(r, "group_name")})) {
            groups.computeIfAbsent(g[0], n -> new LinkedHashMap<>()).put(g[1], new GroupRows(g[1], g[2]));
        }
        for (Member m : Jdbc.list(
                c,
                MEMBERS,
                Jdbc.NONE,
                r -> new Member(text(r, "grouping_name"), text(r, "group_code"), AreaCode.of(text(r, "area_code"))))) {
            GroupRows group = groups.getOrDefault(m.grouping(), Map.of()).get(m.group());
            if (group == null) {
                throw new SQLException("area_group_members names a group that area_groups lacks: " + m);
            }
            group.members.add(m.area());
        }
        return names.map(n -> AreaGrouping.of(
                n, Vector.ofAll(groups.getOrDefault(n, Map.of()).values()).map(GroupRows::group)));
    }

    /** The rows of one group read so far: its code, its name and its members. */
    private static final class GroupRows {
        final String code;
        final String name;
        final java.util.List<AreaCode> members = new ArrayList<>();

        GroupRows(String code, String name) {
            this.code = code;
            this.name = name;
        }

        AreaGroup group() {
            return AreaGroup.of(code, name, members);
        }
    }

    // -------------------------------------------------------------------------------------------- populations

    @Override
    public Either<Seq<Violation>, Seq<AreaPopulation>> savePopulations(Iterable<AreaPopulation> populations) {
        List<AreaPopulation> rows = List.ofAll(populations);
        return jdbc.transaction("Areas.savePopulations", c -> {
            if (Jdbc.list(c, VINTAGE, Jdbc.NONE, r -> Boolean.TRUE).isEmpty()) {
                return rows.isEmpty()
                        ? Either.right(rows)
                        : Either.left(List.of(Violation.of(
                                "area_code", NO_HIERARCHY, rows.head().areaCode())));
            }
            Set<AreaCode> codes = HashSet.ofAll(Jdbc.list(c, CODES, Jdbc.NONE, r -> AreaCode.of(text(r, "code"))));
            Seq<Violation> violations = strays(codes, rows);
            if (!violations.isEmpty()) {
                return Either.left(violations);
            }
            for (AreaPopulation row : rows) {
                int updated = Jdbc.update(c, UPDATE_POPULATION, s -> {
                    s.setInt(1, row.population());
                    s.setString(2, row.areaCode().value());
                    s.setInt(3, row.year().getValue());
                });
                if (updated == 0) {
                    Jdbc.insert(c, Tables.POPULATIONS, java.util.List.of(row));
                }
            }
            return Either.right(rows);
        });
    }

    private static Seq<Violation> strays(Set<AreaCode> codes, Seq<AreaPopulation> populations) {
        return populations
                .filter(p -> !codes.contains(p.areaCode()))
                .map(p -> Violation.of("area_code", UNKNOWN_AREA, p.areaCode()));
    }

    @Override
    public Option<AreaPopulation> population(AreaCode area, Year year) {
        return jdbc.list(
                        "Areas.population",
                        POPULATION,
                        s -> {
                            s.setString(1, area.value());
                            s.setInt(2, year.getValue());
                        },
                        JdbcAreas::population)
                .headOption();
    }

    @Override
    public Seq<AreaPopulation> populations() {
        return jdbc.list("Areas.populations", POPULATIONS, Jdbc.NONE, JdbcAreas::population);
    }

    static Seq<AreaPopulation> populations(Connection c) throws SQLException {
        return Jdbc.list(c, POPULATIONS, Jdbc.NONE, JdbcAreas::population);
    }

    private static AreaPopulation population(ResultSet row) throws SQLException {
        return AreaPopulation.of(
                AreaCode.of(text(row, "area_code")), Year.of(row.getInt("for_year")), row.getInt("population"));
    }
}
