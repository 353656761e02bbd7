package nl.welfare.adapters.jdbc;

import static nl.welfare.adapters.jdbc.Jdbc.date;
import static nl.welfare.adapters.jdbc.Jdbc.optionalDate;
import static nl.welfare.adapters.jdbc.Jdbc.optionalText;
import static nl.welfare.adapters.jdbc.Jdbc.text;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import nl.welfare.domain.area.AreaCode;
import nl.welfare.domain.community.CommunityChecks;
import nl.welfare.domain.community.Initiative;
import nl.welfare.domain.community.InitiativeId;
import nl.welfare.domain.community.InitiativeLink;
import nl.welfare.domain.spi.Initiatives;
import nl.welfare.domain.time.ReportingPeriod;
import nl.welfare.domain.value.Violation;

/**
 * {@link Initiatives} in the tables {@code initiatives} and {@code initiative_links}. A saved initiative is updated in
 * place, as links refer to it; a link's ends are checked in the transaction that adds it, and the foreign keys keep
 * them valid.
 */
final class JdbcInitiatives implements Initiatives {

    private static final SqlText UPDATE = SqlText.of("UPDATE initiatives SET name = ?, area_code = ?, lead = ?,"
            + " started = ?, ended = ?, theme = ? WHERE id = ?");
    private static final SqlText BY_ID =
            SqlText.of("SELECT id, name, area_code, lead, started, ended, theme FROM initiatives WHERE id = ?");
    private static final SqlText ALL =
            SqlText.of("SELECT id, name, area_code, lead, started, ended, theme FROM initiatives ORDER BY id");
    private static final SqlText IN_AREA = SqlText.of("SELECT id, name, area_code, lead, started, ended, theme"
            + " FROM initiatives WHERE " + PortFilters.AREA_CODE_AND_BELOW + " ORDER BY id");
    private static final SqlText ACTIVE_IN = SqlText.of("SELECT id, name, area_code, lead, started, ended, theme"
            + " FROM initiatives WHERE " + PortFilters.ACTIVE_IN + " ORDER BY id");
    private static final SqlText LINKS = SqlText.of(
            "SELECT initiative_id, other_initiative_id, since, until FROM initiative_links ORDER BY since, seq");
    private static final SqlText LINKS_OF = SqlText.of("SELECT initiative_id, other_initiative_id, since, until"
            + " FROM initiative_links WHERE initiative_id = ? OR other_initiative_id = ? ORDER BY since, seq");

    private final Jdbc jdbc;

    JdbcInitiatives(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void save(Initiative initiative) {
        jdbc.execute("Initiatives.save", c -> upsert(c, initiative));
    }

    @Override
    public void saveAll(Iterable<? extends Initiative> initiatives) {
        jdbc.execute("Initiatives.saveAll", c -> {
            for (Initiative initiative : initiatives) {
                upsert(c, initiative);
            }
        });
    }

    private static void upsert(Connection c, Initiative i) throws SQLException {
        int updated = Jdbc.update(c, UPDATE, s -> {
            s.setString(1, i.name());
            s.setString(2, i.area().value());
            s.setString(3, i.lead().code());
            s.setObject(4, i.started());
            s.setObject(5, i.ended().orElse(null), Types.DATE);
            s.setObject(6, i.theme().orElse(null), Types.VARCHAR);
            s.setString(7, i.id().value());
        });
        if (updated == 0) {
            Jdbc.insert(c, Tables.INITIATIVES, java.util.List.of(i));
        }
    }

    @Override
    public Option<Initiative> byId(InitiativeId id) {
        return jdbc.list("Initiatives.byId", BY_ID, Jdbc.key(id.value()), JdbcInitiatives::read)
                .headOption();
    }

    @Override
    public Seq<Initiative> all() {
        return jdbc.list("Initiatives.all", ALL, Jdbc.NONE, JdbcInitiatives::read);
    }

    /** By SQL: the area's code and the ranges of the codes below it ({@link PortFilters}), in the order of ids. */
    @Override
    public Seq<Initiative> inArea(AreaCode area) {
        if (PortFilters.everything(area)) {
            return all();
        }
        return jdbc.list("Initiatives.inArea", IN_AREA, PortFilters.area(area), JdbcInitiatives::read);
    }

    /** By SQL: started on or before the period's last day, and not ended before its first. */
    @Override
    public Seq<Initiative> activeIn(ReportingPeriod period) {
        return jdbc.list("Initiatives.activeIn", ACTIVE_IN, PortFilters.activeIn(period), JdbcInitiatives::read);
    }

    @Override
    public Either<Seq<Violation>, InitiativeLink> link(InitiativeLink link) {
        return linkAll(List.of(link)).map(Seq::head);
    }

    @Override
    public Either<Seq<Violation>, Seq<InitiativeLink>> linkAll(Iterable<? extends InitiativeLink> links) {
        Seq<InitiativeLink> batch = List.ofAll(links);
        return jdbc.transaction("Initiatives.linkAll", c -> {
            Seq<Initiative> named = List.empty();
            for (InitiativeId id : batch.flatMap(l -> List.of(l.initiative(), l.otherInitiative()))
                    .distinct()) {
                named = named.appendAll(Jdbc.list(c, BY_ID, Jdbc.key(id.value()), JdbcInitiatives::read));
            }
            Either<Seq<Violation>, Seq<InitiativeLink>> decision = CommunityChecks.validateLinks(
                            named.asJava(), batch.asJava())
                    .toEither();
            if (decision.isRight()) {
                Jdbc.insert(c, Tables.INITIATIVE_LINKS, batch);
            }
            return decision;
        });
    }

    @Override
    public Seq<InitiativeLink> links() {
        return jdbc.list("Initiatives.links", LINKS, Jdbc.NONE, JdbcInitiatives::readLink);
    }

    /** By SQL: the links with {@code initiative} at either end, by their first day and then as added. */
    @Override
    public Seq<InitiativeLink> linksOf(InitiativeId initiative) {
        return jdbc.list(
                "Initiatives.linksOf",
                LINKS_OF,
                s -> {
                    s.setString(1, initiative.value());
                    s.setString(2, initiative.value());
                },
                JdbcInitiatives::readLink);
    }

    static Initiative read(ResultSet row) throws SQLException {
        return Initiative.builder()
                .id(InitiativeId.of(text(row, "id")))
                .name(text(row, "name"))
                .area(AreaCode.of(text(row, "area_code")))
                .lead(Codes.lead(text(row, "lead")))
                .started(date(row, "started"))
                .ended(optionalDate(row, "ended"))
                .theme(optionalText(row, "theme"))
                .build();
    }

    static InitiativeLink readLink(ResultSet row) throws SQLException {
        return InitiativeLink.builder()
                .initiative(InitiativeId.of(text(row, "initiative_id")))
                .otherInitiative(InitiativeId.of(text(row, "other_initiative_id")))
                .since(date(row, "since"))
                .until(optionalDate(row, "until"))
                .build();
    }
}
