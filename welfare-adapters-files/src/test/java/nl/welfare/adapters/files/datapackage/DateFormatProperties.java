package nl.welfare.adapters.files.datapackage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The date formats against {@link java.time.format.DateTimeFormatter}'s own writing of dates: every pattern reads
 * back every date it writes, with or without leading zeros, and nothing it does not write.
 */
@DisplayName("A date format")
class DateFormatProperties {

    private static final String[] ORDERS = {"dmY", "mdY", "Ymd", "Ydm", "dYm", "mYd"};

    private static final char[] SEPARATORS = {'-', '/', '.'};

    private static Gen<LocalDate> dates() {
        return integers()
                .between(0, 9999)
                .zip(integers().between(1, 12), integers().between(1, 31), (y, m, d) -> {
                    int day = Math.min(d, java.time.YearMonth.of(y, m).lengthOfMonth());
                    return LocalDate.of(y, m, day);
                });
    }

    private static String part(char part, LocalDate date, boolean padded) {
        switch (part) {
            case 'd':
                return padded ? String.format("%02d", date.getDayOfMonth()) : String.valueOf(date.getDayOfMonth());
            case 'm':
                return padded ? String.format("%02d", date.getMonthValue()) : String.valueOf(date.getMonthValue());
            default:
                return String.format("%04d", date.getYear());
        }
    }

    private static String pattern(String order, char first, char second) {
        return "%" + order.charAt(0) + first + "%" + order.charAt(1) + second + "%" + order.charAt(2);
    }

    private static String written(String order, char first, char second, LocalDate date, boolean padded) {
        return part(order.charAt(0), date, padded)
                + first
                + part(order.charAt(1), date, padded)
                + second
                + part(order.charAt(2), date, padded);
    }

    @Test
    @DisplayName("reads back every date it writes, in every order and with every separator, zeros or not")
    void roundTrip() {
        qt().withExamples(2000)
                .forAll(
                        dates(),
                        integers().between(0, ORDERS.length - 1),
                        integers().between(0, 8),
                        booleans().all())
                .checkAssert((date, order, separators, padded) -> {
                    char first = SEPARATORS[separators / 3];
                    char second = SEPARATORS[separators % 3];
                    String o = ORDERS[order];
                    DateFormat format = DateFormat.of(pattern(o, first, second)).get();
                    assertEquals(
                            date, format.parse(written(o, first, second, date, padded)), pattern(o, first, second));
                });
    }

    @Test
    @DisplayName("any reads every ISO date and every date day first with one separator")
    void any() {
        qt().withExamples(1000)
                .forAll(dates(), integers().between(0, 2), booleans().all())
                .checkAssert((date, separator, padded) -> {
                    char s = SEPARATORS[separator];
                    assertEquals(date, DateFormat.ANY.parse(date.toString()));
                    assertEquals(date, DateFormat.ANY.parse(written("dmY", s, s, date, padded)));
                });
    }

    @Test
    @DisplayName("reads nothing from a date written in full with a character added or the last left out")
    void rejectsOthers() {
        DateFormat dayFirst = DateFormat.of("%d-%m-%Y").get();
        qt().withExamples(2000)
                .forAll(
                        dates(),
                        integers().between(0, 11),
                        strings().basicLatinAlphabet().ofLength(1))
                .checkAssert((date, at, extra) -> {
                    String text = written("dmY", '-', '-', date, true);
                    String longer = text.substring(0, Math.min(at, text.length()))
                            + extra
                            + text.substring(Math.min(at, text.length()));
                    assertNull(dayFirst.parse(longer), longer);
                    String shorter = text.substring(0, 10 - 1);
                    assertNull(dayFirst.parse(shorter), shorter);
                });
    }
}
