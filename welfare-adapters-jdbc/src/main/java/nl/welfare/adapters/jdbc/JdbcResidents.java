package nl.welfare.adapters.jdbc;

import static nl.welfare.adapters.jdbc.Jdbc.optionalInt;
import static nl.welfare.adapters.jdbc.Jdbc.text;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Year;
import nl.welfare.domain.area.AreaCode;
import nl.welfare.domain.resident.Resident;
import nl.welfare.domain.resident.ResidentId;
import nl.welfare.domain.spi.Residents;

/** {@link Residents} in the table {@code residents}. */
final class JdbcResidents implements Residents {

    private static final SqlText DELETE = SqlText.of("DELETE FROM residents WHERE id = ?");
    private static final SqlText BY_ID = SqlText.of("SELECT id, area_code, birth_year FROM residents WHERE id = ?");
    private static final SqlText ALL = SqlText.of("SELECT id, area_code, birth_year FROM residents ORDER BY id");
    private static final SqlText IN_AREA = SqlText.of("SELECT id, area_code, birth_year FROM residents WHERE "
            + PortFilters.AREA_CODE_AND_BELOW + " ORDER BY id");

    private final Jdbc jdbc;

    JdbcResidents(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void save(Resident resident) {
        jdbc.execute(
                "Residents.save", c -> Jdbc.replace(c, DELETE, resident.id().value(), Tables.RESIDENTS, resident));
    }

    @Override
    public void saveAll(Iterable<? extends Resident> residents) {
        jdbc.execute("Residents.saveAll", c -> {
            for (Resident resident : residents) {
                Jdbc.replace(c, DELETE, resident.id().value(), Tables.RESIDENTS, resident);
            }
        });
    }

    @Override
    public Option<Resident> byId(ResidentId id) {
        return jdbc.list("Residents.byId", BY_ID, Jdbc.key(id.value()), JdbcResidents::read)
                .headOption();
    }

    @Override
    public Seq<Resident> all() {
        return jdbc.list("Residents.all", ALL, Jdbc.NONE, JdbcResidents::read);
    }

    /** By SQL: the area's code and the ranges of the codes below it ({@link PortFilters}), in the order of ids. */
    @Override
    public Seq<Resident> inArea(AreaCode area) {
        if (PortFilters.everything(area)) {
            return all();
        }
        return jdbc.list("Residents.inArea", IN_AREA, PortFilters.area(area), JdbcResidents::read);
    }

    static Resident read(ResultSet row) throws SQLException {
        return Resident.builder()
                .id(ResidentId.of(text(row, "id")))
                .area(AreaCode.of(text(row, "area_code")))
                .birthYear(optionalInt(row, "birth_year").map(Year::of))
                .build();
    }
}
