package nl.welfare.adapters.jdbc;

import static nl.welfare.adapters.jdbc.Jdbc.date;
import static nl.welfare.adapters.jdbc.Jdbc.optionalDate;
import static nl.welfare.adapters.jdbc.Jdbc.text;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.sql.ResultSet;
import java.sql.SQLException;
import nl.welfare.domain.area.AreaCode;
import nl.welfare.domain.spi.Provisions;
import nl.welfare.domain.support.Provision;
import nl.welfare.domain.support.ProvisionId;
import nl.welfare.domain.time.ReportingPeriod;

/** {@link Provisions} in the table {@code provisions}. */
final class JdbcProvisions implements Provisions {

    private static final SqlText DELETE = SqlText.of("DELETE FROM provisions WHERE id = ?");
    private static final SqlText BY_ID =
            SqlText.of("SELECT id, name, kind, area_code, started, ended FROM provisions WHERE id = ?");
    private static final SqlText ALL =
            SqlText.of("SELECT id, name, kind, area_code, started, ended FROM provisions ORDER BY id");
    private static final SqlText IN_AREA = SqlText.of("SELECT id, name, kind, area_code, started, ended FROM provisions"
            + " WHERE " + PortFilters.AREA_CODE_AND_BELOW + " ORDER BY id");
    private static final SqlText ACTIVE_IN = SqlText.of("SELECT id, name, kind, area_code, started, ended"
            + " FROM provisions WHERE " + PortFilters.ACTIVE_IN + " ORDER BY id");

    private final Jdbc jdbc;

    JdbcProvisions(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void save(Provision provision) {
        jdbc.execute(
                "Provisions.save", c -> Jdbc.replace(c, DELETE, provision.id().value(), Tables.PROVISIONS, provision));
    }

    @Override
    public void saveAll(Iterable<? extends Provision> provisions) {
        jdbc.execute("Provisions.saveAll", c -> {
            for (Provision provision : provisions) {
                Jdbc.replace(c, DELETE, provision.id().value(), Tables.PROVISIONS, provision);
            }
        });
    }

    @Override
    public Option<Provision> byId(ProvisionId id) {
        return jdbc.list("Provisions.byId", BY_ID, Jdbc.key(id.value()), JdbcProvisions::read)
                .headOption();
    }

    @Override
    public Seq<Provision> all() {
        return jdbc.list("Provisions.all", ALL, Jdbc.NONE, JdbcProvisions::read);
    }

    /** By SQL: the area's code and the ranges of the codes below it ({@link PortFilters}), in the order of ids. */
    @Override
    public Seq<Provision> inArea(AreaCode area) {
        if (PortFilters.everything(area)) {
            return all();
        }
        return jdbc.list("Provisions.inArea", IN_AREA, PortFilters.area(area), JdbcProvisions::read);
    }

    /** By SQL: started on or before the period's last day, and not ended before its first. */
    @Override
    public Seq<Provision> activeIn(ReportingPeriod period) {
        return jdbc.list("Provisions.activeIn", ACTIVE_IN, PortFilters.activeIn(period), JdbcProvisions::read);
    }

    static Provision read(ResultSet row) throws SQLException {
        return Provision.builder()
                .id(ProvisionId.of(text(row, "id")))
                .name(text(row, "name"))
                .kind(Codes.provisionKind(text(row, "kind")))
                .area(AreaCode.of(text(row, "area_code")))
                .started(date(row, "started"))
                .ended(optionalDate(row, "ended"))
                .build();
    }
}
