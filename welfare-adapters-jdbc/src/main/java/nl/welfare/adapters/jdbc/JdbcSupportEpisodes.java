package nl.welfare.adapters.jdbc;

import static nl.welfare.adapters.jdbc.Jdbc.date;
import static nl.welfare.adapters.jdbc.Jdbc.optionalDate;
import static nl.welfare.adapters.jdbc.Jdbc.optionalText;
import static nl.welfare.adapters.jdbc.Jdbc.text;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.sql.ResultSet;
import java.sql.SQLException;
import nl.welfare.domain.area.AreaCode;
import nl.welfare.domain.resident.ResidentId;
import nl.welfare.domain.spi.SupportEpisodes;
import nl.welfare.domain.support.ProvisionId;
import nl.welfare.domain.support.SupportEpisode;
import nl.welfare.domain.support.SupportEpisodeId;
import nl.welfare.domain.time.ReportingPeriod;

/** {@link SupportEpisodes} in the table {@code support_episodes}. */
final class JdbcSupportEpisodes implements SupportEpisodes {

    private static final SqlText DELETE = SqlText.of("DELETE FROM support_episodes WHERE id = ?");
    private static final SqlText BY_ID = SqlText.of("SELECT id, resident_id, area_code, kind, provision_id, started,"
            + " ended FROM support_episodes WHERE id = ?");
    private static final SqlText ALL = SqlText.of("SELECT id, resident_id, area_code, kind, provision_id, started,"
            + " ended FROM support_episodes ORDER BY id");
    private static final SqlText OF_RESIDENT = SqlText.of("SELECT id, resident_id, area_code, kind, provision_id,"
            + " started, ended FROM support_episodes WHERE resident_id = ? ORDER BY id");
    private static final SqlText ACTIVE_IN = SqlText.of("SELECT id, resident_id, area_code, kind, provision_id,"
            + " started, ended FROM support_episodes WHERE " + PortFilters.ACTIVE_IN + " ORDER BY id");
    private static final SqlText STARTED_IN = SqlText.of("SELECT id, resident_id, area_code, kind, provision_id,"
            + " started, ended FROM support_episodes WHERE started >= ? AND started <= ? ORDER BY id");

    private final Jdbc jdbc;

    JdbcSupportEpisodes(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void save(SupportEpisode episode) {
        jdbc.execute(
                "SupportEpisodes.save",
                c -> Jdbc.replace(c, DELETE, episode.id().value(), Tables.SUPPORT_EPISODES, episode));
    }

    @Override
    public void saveAll(Iterable<? extends SupportEpisode> episodes) {
        jdbc.execute("SupportEpisodes.saveAll", c -> {
            for (SupportEpisode episode : episodes) {
                Jdbc.replace(c, DELETE, episode.id().value(), Tables.SUPPORT_EPISODES, episode);
            }
        });
    }

    @Override
    public Option<SupportEpisode> byId(SupportEpisodeId id) {
        return jdbc.list("SupportEpisodes.byId", BY_ID, Jdbc.key(id.value()), JdbcSupportEpisodes::read)
                .headOption();
    }

    @Override
    public Seq<SupportEpisode> all() {
        return jdbc.list("SupportEpisodes.all", ALL, Jdbc.NONE, JdbcSupportEpisodes::read);
    }

    @Override
    public Seq<SupportEpisode> ofResident(ResidentId resident) {
        return jdbc.list(
                "SupportEpisodes.ofResident", OF_RESIDENT, Jdbc.key(resident.value()), JdbcSupportEpisodes::read);
    }

    /** By SQL: started on or before the period's last day, and not ended before its first. */
    @Override
    public Seq<SupportEpisode> activeIn(ReportingPeriod period) {
        return jdbc.list(
                "SupportEpisodes.activeIn", ACTIVE_IN, PortFilters.activeIn(period), JdbcSupportEpisodes::read);
    }

    /** By SQL: started from the period's first day to its last, both inclusive. */
    @Override
    public Seq<SupportEpisode> startedIn(ReportingPeriod period) {
        return jdbc.list("SupportEpisodes.startedIn", STARTED_IN, PortFilters.dated(period), JdbcSupportEpisodes::read);
    }

    static SupportEpisode read(ResultSet row) throws SQLException {
        return SupportEpisode.builder()
                .id(SupportEpisodeId.of(text(row, "id")))
                .area(AreaCode.of(text(row, "area_code")))
                .kind(Codes.provisionKind(text(row, "kind")))
                .provision(ProvisionId.of(text(row, "provision_id")))
                .started(date(row, "started"))
                .resident(optionalText(row, "resident_id").map(ResidentId::of))
                .ended(optionalDate(row, "ended"))
                .build();
    }
}
