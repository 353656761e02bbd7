package nl.welfare.adapters.jdbc;

import static nl.welfare.adapters.jdbc.Jdbc.date;
import static nl.welfare.adapters.jdbc.Jdbc.text;

import io.vavr.collection.Seq;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import nl.welfare.domain.area.AreaCode;
import nl.welfare.domain.community.ActivityId;
import nl.welfare.domain.community.Participation;
import nl.welfare.domain.resident.ResidentId;
import nl.welfare.domain.spi.Participations;
import nl.welfare.domain.time.ReportingPeriod;

/** {@link Participations} in the table {@code participations}, ordered by date and then by their running number. */
final class JdbcParticipations implements Participations {

    private static final SqlText ALL = SqlText.of(
            "SELECT resident_id, activity_id, area_code, date, role" + " FROM participations ORDER BY date, seq");
    private static final SqlText OF_RESIDENT = SqlText.of("SELECT resident_id, activity_id, area_code, date, role"
            + " FROM participations WHERE resident_id = ? ORDER BY date, seq");
    private static final SqlText IN_PERIOD = SqlText.of("SELECT resident_id, activity_id, area_code, date, role"
            + " FROM participations WHERE date >= ? AND date <= ? ORDER BY date, seq");
    private static final SqlText IN_AREA = SqlText.of("SELECT resident_id, activity_id, area_code, date, role"
            + " FROM participations WHERE " + PortFilters.AREA_CODE_AND_BELOW + " ORDER BY date, seq");

    private final Jdbc jdbc;

    JdbcParticipations(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(Participation participation) {
        jdbc.execute("Participations.add", c -> Jdbc.insert(c, Tables.PARTICIPATIONS, List.of(participation)));
    }

    @Override
    public void addAll(Iterable<? extends Participation> participations) {
        jdbc.execute("Participations.addAll", c -> Jdbc.insert(c, Tables.PARTICIPATIONS, participations));
    }

    @Override
    public Seq<Participation> all() {
        return jdbc.list("Participations.all", ALL, Jdbc.NONE, JdbcParticipations::read);
    }

    @Override
    public Seq<Participation> ofResident(ResidentId resident) {
        return jdbc.list(
                "Participations.ofResident", OF_RESIDENT, Jdbc.key(resident.value()), JdbcParticipations::read);
    }

    /** By SQL: dated from the period's first day to its last, both inclusive. */
    @Override
    public Seq<Participation> in(ReportingPeriod period) {
        return jdbc.list("Participations.in", IN_PERIOD, PortFilters.dated(period), JdbcParticipations::read);
    }

    /** By SQL: the area's code and the ranges of the codes below it ({@link PortFilters}). */
    @Override
    public Seq<Participation> inArea(AreaCode area) {
        if (PortFilters.everything(area)) {
            return all();
        }
        return jdbc.list("Participations.inArea", IN_AREA, PortFilters.area(area), JdbcParticipations::read);
    }

    static Participation read(ResultSet row) throws SQLException {
        return Participation.of(
                ResidentId.of(text(row, "resident_id")),
                ActivityId.of(text(row, "activity_id")),
                AreaCode.of(text(row, "area_code")),
                date(row, "date"),
                Codes.role(text(row, "role")));
    }
}
