package nl.welfare.adapters.jdbc;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import nl.welfare.domain.area.AreaCode;
import nl.welfare.domain.area.AreaLevel;
import nl.welfare.domain.time.ReportingPeriod;

/**
 * The conditions by which the ports' queries select rows in SQL rather than in Java after loading them all: by area
 * (the area and the areas below it) and by period (active in it, or dated in it), each a text to put into a
 * statement's {@code WHERE} and a {@link Jdbc.Binder} for its values, written so that the schema's indexes on the
 * code and date columns serve them.
 *
 * <p>By area: an area and the areas below it by CBS structure ({@link AreaCode#isBelow}) are the code itself and, for
 * each level below it, the range of codes with that level's prefix followed by the area's digits. {@code GM0153} is
 * {@code GM0153}, the districts {@code WK0153...} and the neighbourhoods {@code BU0153...}; {@code WK015301} is itself
 * and the neighbourhoods {@code BU015301...}; a neighbourhood is only itself. A range runs from the prefix
 * (inclusive) to the prefix followed by {@code ':'} (exclusive), the character after {@code '9'}: codes compare by
 * code point in every store (binary collation on MariaDB, {@code COLLATE "C"} on PostgreSQL, H2's default), and a
 * code is two letters then digits, so the range holds exactly the codes that start with the prefix. A level with no
 * range to ask binds an empty one ({@code [code, code)}). The country is above every code, so every row is of its
 * area: the ports ask for all rows instead ({@link #everything}).
 */
final class PortFilters {

    /** The rows of an area and below, by {@code area_code}; bind with {@link #area}. */
    static final String AREA_CODE_AND_BELOW =
            "(area_code = ? OR (area_code >= ? AND area_code < ?)" + " OR (area_code >= ? AND area_code < ?))";

    /**
     * The spans ({@code started}, {@code ended}) active in a period: started on or before its last day, and not ended
     * before its first ({@link ReportingPeriod#overlaps}); bind with {@link #activeIn}.
     */
    static final String ACTIVE_IN = "started <= ? AND (ended IS NULL OR ended >= ?)";

    /** The character after {@code '9'}, which ends a range of codes by prefix. */
    private static final char AFTER_DIGITS = (char) ('9' + 1);

    private PortFilters() {}

    /** Whether every area lies in {@code area} or below it: the country. */
    static boolean everything(AreaCode area) {
        return area.level() == AreaLevel.COUNTRY;
    }

    /** The five values of {@link #AREA_CODE_AND_BELOW} for {@code area} (not the country), as the statement's first. */
    static Jdbc.Binder area(AreaCode area) {
        if (everything(area)) {
            throw new IllegalArgumentException("the country is every area: ask for all rows instead");
        }
        return statement -> bindArea(statement, area);
    }

    /** The two values of {@link #ACTIVE_IN} for {@code period}, as the statement's first. */
    static Jdbc.Binder activeIn(ReportingPeriod period) {
        return statement -> {
            statement.setObject(1, period.end());
            statement.setObject(2, period.start());
        };
    }

    /**
     * The two values of a condition {@code column >= ? AND column <= ?} for {@code period}, as the statement's first:
     * the rows dated from its first day to its last ({@link ReportingPeriod#contains}).
     */
    static Jdbc.Binder dated(ReportingPeriod period) {
        return statement -> {
            statement.setObject(1, period.start());
            statement.setObject(2, period.end());
        };
    }

    private static void bindArea(PreparedStatement statement, AreaCode area) throws SQLException {
        int at = 1;
        statement.setString(at++, area.value());
        int ranges = 0;
        for (AreaLevel level : AreaLevel.values()) {
            if (area.level().isAbove(level)) {
                String prefix = level.prefix() + area.digits();
                statement.setString(at++, prefix);
                statement.setString(at++, prefix + AFTER_DIGITS);
                ranges++;
            }
        }
        for (; ranges < 2; ranges++) {
            statement.setString(at++, area.value());
            statement.setString(at++, area.value());
        }
    }
}
