package nl.welfare.testkit.generators;

import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import nl.welfare.domain.area.AreaCode;
import nl.welfare.domain.time.ReportingPeriod;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of the small values every business area uses: dates, optional end dates, identifier texts, area codes
 * and reporting periods. Dates lie in 2010-2030 so that they fit any realistic programme.
 */
public final class CommonGenerators {

    /** The first date generated. */
    public static final LocalDate EARLIEST = LocalDate.of(2010, 1, 1);

    /** The last date generated. */
    public static final LocalDate LATEST = LocalDate.of(2030, 12, 31);

    private static final String ID_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-_:";

    private CommonGenerators() {}

    /** Dates from {@link #EARLIEST} to {@link #LATEST}. */
    public static Gen<LocalDate> dates() {
        int days = (int) (LATEST.toEpochDay() - EARLIEST.toEpochDay());
        return integers().between(0, days).map(d -> EARLIEST.plusDays(d));
    }

    /** Dates from {@code from} to {@code to}, inclusive. */
    public static Gen<LocalDate> datesBetween(LocalDate from, LocalDate to) {
        return integers()
                .between(0, (int) (to.toEpochDay() - from.toEpochDay()))
                .map(d -> from.plusDays(d));
    }

    /** An optional end on or after {@code start}: empty in about a third of cases. */
    public static Gen<Optional<LocalDate>> endsFrom(LocalDate start) {
        return integers().between(-700, 1500).map(d -> d < 0 ? Optional.empty() : Optional.of(start.plusDays(d)));
    }

    /** A date strictly before {@code start}: an end that breaks an "end not before start" rule. */
    public static Gen<LocalDate> datesBefore(LocalDate start) {
        return integers().between(1, 1000).map(d -> start.minusDays(d));
    }

    /** Well-formed identifier texts, 1 to 20 characters, never a nine-digit number. */
    public static Gen<String> identifierTexts() {
        Gen<String> rest = Generate.intArrays(
                        integers().between(0, 19), integers().between(0, ID_CHARS.length() - 1))
                .map(is -> {
                    StringBuilder s = new StringBuilder();
                    for (int i : is) {
                        s.append(ID_CHARS.charAt(i));
                    }
                    return s.toString();
                });
        return integers().between(0, 25).zip(rest, (first, tail) -> (char) ('a' + first) + tail);
    }

    /** Identifier texts mapped to an identifier type: {@code ids(InitiativeId::of)}. */
    public static <I> Gen<I> ids(Function<String, I> factory) {
        return identifierTexts().map(factory::apply);
    }

    /** Texts that break the identifier format: empty, too long, a bad first character, or a forbidden character. */
    public static Gen<String> malformedIdentifierTexts() {
        return integers().between(0, 3).zip(identifierTexts(), (kind, text) -> {
            switch (kind) {
                case 0:
                    return "";
                case 1:
                    return "x".repeat(65 + text.length());
                case 2:
                    return "-" + text;
                default:
                    return text + " /";
            }
        });
    }

    /** Well-formed CBS codes of every level, mostly below the same few municipalities so that they meet. */
    public static Gen<AreaCode> areaCodes() {
        return integers().between(0, 3).zip(integers().between(0, 9999), (level, n) -> {
            String gm = String.format("%04d", n % 4 == 0 ? 153 : n % 7);
            switch (level) {
                case 0:
                    return AreaCode.NETHERLANDS;
                case 1:
                    return AreaCode.of("GM" + gm);
                case 2:
                    return AreaCode.of("WK" + gm + String.format("%02d", n % 10));
                default:
                    return AreaCode.of("BU" + gm + String.format("%02d%02d", n % 10, n % 13));
            }
        });
    }

    /** Neighbourhood codes of Enschede's pattern ({@code BU0153wwbb}, wijk 00-09, buurt 00-09). */
    public static Gen<AreaCode> neighbourhoodCodes() {
        return integers().between(0, 99).map(n -> AreaCode.of(String.format("BU0153%02d%02d", n / 10, n % 10)));
    }

    /** Years, quarters, months, spans of years and date ranges between 2010 and 2030. */
    public static Gen<ReportingPeriod> periods() {
        Gen<ReportingPeriod> years = integers().between(2010, 2030).map(ReportingPeriod::year);
        Gen<ReportingPeriod> quarters =
                integers().between(2010, 2030).zip(integers().between(1, 4), ReportingPeriod::quarter);
        Gen<ReportingPeriod> months =
                integers().between(2010, 2030).zip(integers().between(1, 12), ReportingPeriod::month);
        Gen<ReportingPeriod> spans =
                integers().between(2010, 2025).zip(integers().between(1, 5), (y, n) -> ReportingPeriod.years(y, y + n));
        Gen<ReportingPeriod> ranges =
                dates().zip(integers().between(0, 800), (d, n) -> ReportingPeriod.range(d, d.plusDays(n)));
        return years.mix(quarters).mix(months).mix(spans).mix(ranges);
    }
}
