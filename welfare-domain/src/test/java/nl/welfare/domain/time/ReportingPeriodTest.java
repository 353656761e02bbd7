package nl.welfare.domain.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.vavr.collection.List;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;

@DisplayName("A reporting period")
class ReportingPeriodTest {

    @ParameterizedTest
    @ValueSource(strings = {"2019", "2019-Q2", "2019-03", "2018/2022", "2019-03-14/2019-05-01"})
    @DisplayName("prints as the text it was parsed from")
    void roundTripsExamples(String text) {
        assertEquals(text, ReportingPeriod.parse(text).get().toString());
    }

    @Test
    @DisplayName("has the days its name says")
    void days() {
        ReportingPeriod q2 = ReportingPeriod.parse("2019-Q2").get();
        assertEquals(LocalDate.of(2019, 4, 1), q2.start());
        assertEquals(LocalDate.of(2019, 6, 30), q2.end());
        assertEquals(ReportingPeriod.Kind.QUARTER, q2.kind());
        assertEquals(LocalDate.of(2020, 2, 29), ReportingPeriod.month(2020, 2).end());
        assertEquals(
                ReportingPeriod.year(2019),
                ReportingPeriod.range(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "19", "2019-Q5", "2019-13", "2019-00", "2019-02-30/2019-03-01", "next year", "2019/"})
    @DisplayName("rejects text in no known form with the format rule")
    void rejectsFormat(String text) {
        assertEquals(
                ReportingPeriod.FORMAT,
                ReportingPeriod.parse(text).getError().single().rule());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2022/2018", "2019-05-01/2019-03-14"})
    @DisplayName("rejects an end before its start with its own rule")
    void rejectsEndBeforeStart(String text) {
        assertEquals(
                ReportingPeriod.END_BEFORE_START,
                ReportingPeriod.parse(text).getError().single().rule());
    }

    @Test
    @DisplayName("rejects years without a four-digit form")
    void rejectsYearRange() {
        var result = ReportingPeriod.validate(LocalDate.of(999, 1, 1), LocalDate.of(999, 2, 1));
        assertEquals(
                List.of(ReportingPeriod.YEAR_RANGE, ReportingPeriod.YEAR_RANGE),
                result.getError().map(v -> v.rule()));
    }

    @Test
    @DisplayName("knows whether something is active in it")
    void overlaps() {
        ReportingPeriod y = ReportingPeriod.year(2019);
        assertTrue(y.overlaps(LocalDate.of(2018, 5, 1), Optional.empty()));
        assertTrue(y.overlaps(LocalDate.of(2018, 5, 1), Optional.of(LocalDate.of(2019, 1, 1))));
        assertFalse(y.overlaps(LocalDate.of(2018, 5, 1), Optional.of(LocalDate.of(2018, 12, 31))));
        assertFalse(y.overlaps(LocalDate.of(2020, 1, 1), Optional.empty()));
        assertTrue(y.overlaps(LocalDate.of(2019, 12, 31), Optional.empty()));
    }

    static Gen<ReportingPeriod> periods() {
        Gen<LocalDate> dates = integers()
                .between(0, 365 * 40)
                .map(d -> LocalDate.of(1995, 1, 1).plusDays(d));
        Gen<ReportingPeriod> ranges =
                dates.zip(integers().between(0, 2000), (d, n) -> ReportingPeriod.range(d, d.plusDays(n)));
        Gen<ReportingPeriod> years = integers().between(1995, 2035).map(ReportingPeriod::year);
        Gen<ReportingPeriod> quarters =
                integers().between(1995, 2035).zip(integers().between(1, 4), ReportingPeriod::quarter);
        Gen<ReportingPeriod> months =
                integers().between(1995, 2035).zip(integers().between(1, 12), ReportingPeriod::month);
        Gen<ReportingPeriod> spans = integers()
                .between(1995, 2035)
                .zip(integers().between(1, 10), (y, n) -> ReportingPeriod.years(y, y + n));
        return ranges.mix(years).mix(quarters).mix(months).mix(spans);
    }

    @Test
    @DisplayName("parses back from its text, whatever its kind")
    void roundTrips() {
        qt().forAll(periods())
                .checkAssert(
                        p -> assertEquals(p, ReportingPeriod.parse(p.toString()).get()));
    }

    @Test
    @DisplayName("splits into consecutive periods of a granularity that cover it")
    void splits() {
        qt().forAll(periods(), integers().between(0, 2)).checkAssert((p, g) -> {
            PeriodGranularity granularity = PeriodGranularity.values()[g];
            var parts = p.split(granularity);
            assertFalse(parts.isEmpty());
            assertFalse(parts.head().start().isAfter(p.start()));
            assertFalse(parts.last().end().isBefore(p.end()));
            assertTrue(parts.head().contains(p.start()));
            assertTrue(parts.last().contains(p.end()));
            parts.sliding(2)
                    .filter(w -> w.size() == 2)
                    .forEach(w ->
                            assertEquals(w.get(0).end().plusDays(1), w.get(1).start()));
            parts.forEach(part -> assertEquals(Optional.of(granularity), part.granularity()));
        });
        assertEquals(
                List.of("2018", "2019", "2020", "2021", "2022"),
                ReportingPeriod.parse("2018/2022")
                        .get()
                        .split(PeriodGranularity.YEAR)
                        .map(Object::toString));
    }
}
