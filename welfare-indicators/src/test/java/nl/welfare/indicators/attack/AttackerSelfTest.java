package nl.welfare.indicators.attack;

import static nl.welfare.indicators.attack.AttackFixtures.CITY;
import static nl.welfare.indicators.attack.AttackFixtures.N1;
import static nl.welfare.indicators.attack.AttackFixtures.N2;
import static nl.welfare.indicators.attack.AttackFixtures.NORTH;
import static nl.welfare.indicators.attack.AttackFixtures.S1;
import static nl.welfare.indicators.attack.AttackFixtures.SOUTH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.welfare.domain.area.AreaCode;
import nl.welfare.domain.time.PeriodGranularity;
import nl.welfare.domain.time.ReportingPeriod;
import nl.welfare.indicators.attack.Attacker.Failure;
import nl.welfare.indicators.catalogue.ReferenceCatalogue;
import nl.welfare.indicators.dataset.Dataset;
import nl.welfare.indicators.definition.IndicatorDefinition;
import nl.welfare.indicators.disclosure.DisclosureRules;
import nl.welfare.indicators.engine.EvaluationQuery;
import nl.welfare.indicators.engine.IndicatorResult;
import nl.welfare.indicators.engine.IndicatorTable;
import nl.welfare.indicators.engine.ResultStatus;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The attacker itself is right: on hand-made tables it finds what subtraction gives back and nothing where nothing
 * can be, and every relation it writes holds for the unprotected figures of random packages. These pass whatever the
 * engine's disclosure control does.
 */
@DisplayName("The attacker")
class AttackerSelfTest {

    private static final ReportingPeriod Y2021 = ReportingPeriod.year(2021);
    private static final Dataset STRUCTURE = AttackFixtures.empty().build();
    private static final List<IndicatorDefinition> FEELS_SAFE = List.of(ReferenceCatalogue.FEELS_SAFE);

    private static String level(AreaCode area) {
        return area.level().code();
    }

    /** A published row of feels-safe: {@code k} of {@code n} respondents feel safe (weights 1). */
    private static IndicatorResult share(AreaCode area, long n, long k) {
        return IndicatorResult.builder()
                .indicator(ReferenceCatalogue.FEELS_SAFE.id())
                .area(area.value())
                .areaLevel(level(area))
                .period(Y2021)
                .status(ResultStatus.OK)
                .numerator((double) k)
                .denominator((double) n)
                .sampleSize(n)
                .value((double) k / n)
                .build();
    }

    private static IndicatorResult without(IndicatorDefinition d, AreaCode area, ResultStatus status) {
        return IndicatorResult.withoutNumbers(d.id(), area.value(), level(area), Y2021, status);
    }

    private static IndicatorTable table(IndicatorResult... rows) {
        return IndicatorTable.of(List.of(rows), DisclosureRules.standard());
    }

    private static List<Failure> attack(List<IndicatorDefinition> definitions, IndicatorTable... tables) {
        return new Attacker(List.of(tables), STRUCTURE, definitions).failures();
    }

    @Test
    @DisplayName("finds nothing in a table where nothing is suppressed")
    void nothingSuppressed() {
        IndicatorTable table = table(
                share(CITY, 60, 30),
                share(NORTH, 40, 20),
                share(SOUTH, 20, 10),
                share(N1, 25, 12),
                share(N2, 15, 8),
                share(S1, 20, 10));
        assertEquals(List.of(), attack(FEELS_SAFE, table));
    }

    @Test
    @DisplayName("gives back a suppressed neighbourhood as its district minus its published sibling")
    void subtraction() {
        IndicatorTable table = table(
                share(NORTH, 40, 20),
                without(ReferenceCatalogue.FEELS_SAFE, N1, ResultStatus.SUPPRESSED),
                share(N2, 25, 12));
        List<Failure> failures = attack(FEELS_SAFE, table);
        assertEquals(3, failures.size(), failures::toString);
        assertExact(failures, N1, "n", 15);
        assertExact(failures, N1, "k", 8);
        assertExact(failures, N1, "n-k", 7);
    }

    @Test
    @DisplayName("finds nothing when two neighbourhoods are suppressed under a published district of 40")
    void twoSuppressedSiblings() {
        IndicatorTable table = table(
                share(NORTH, 40, 20),
                without(ReferenceCatalogue.FEELS_SAFE, N1, ResultStatus.SUPPRESSED),
                without(ReferenceCatalogue.FEELS_SAFE, N2, ResultStatus.SUPPRESSED));
        assertEquals(List.of(), attack(FEELS_SAFE, table));
    }

    @Test
    @DisplayName("finds a pair of suppressed neighbourhoods whose district numerator leaves 3 for both")
    void smallResidual() {
        IndicatorTable table = table(
                share(NORTH, 40, 3),
                without(ReferenceCatalogue.FEELS_SAFE, N1, ResultStatus.SUPPRESSED),
                without(ReferenceCatalogue.FEELS_SAFE, N2, ResultStatus.SUPPRESSED));
        List<Failure> failures = attack(FEELS_SAFE, table);
        assertTrue(
                failures.stream()
                        .anyMatch(f -> f.area().equals(N1.value())
                                && f.quantity().equals("k")
                                && f.range().high() <= 3 + 1e-6),
                failures::toString);
    }

    @Test
    @DisplayName("reads a neighbourhood without data as a known zero")
    void noDataIsZero() {
        IndicatorTable table = table(
                share(NORTH, 36, 20),
                without(ReferenceCatalogue.FEELS_SAFE, N1, ResultStatus.SUPPRESSED),
                without(ReferenceCatalogue.FEELS_SAFE, N2, ResultStatus.NO_DATA));
        assertExact(attack(FEELS_SAFE, table), N1, "n", 36);
    }

    @Test
    @DisplayName("reads a ratio without data as no individual episodes, which a suppressed individual rate hides")
    void ratioWithoutData() {
        IndicatorTable table = table(
                without(ReferenceCatalogue.COLLECTIVE_TO_INDIVIDUAL_RATIO, N1, ResultStatus.NO_DATA),
                without(ReferenceCatalogue.INDIVIDUAL_SUPPORT_PER_1000, N1, ResultStatus.SUPPRESSED));
        List<Failure> failures = attack(
                List.of(
                        ReferenceCatalogue.INDIVIDUAL_SUPPORT_PER_1000,
                        ReferenceCatalogue.COLLECTIVE_TO_INDIVIDUAL_RATIO),
                table);
        assertEquals(1, failures.size(), failures::toString);
        assertEquals(0, failures.get(0).range().high(), 1e-6);
    }

    @Test
    @DisplayName("bounds distinct persons by their parts and not by their sum alone")
    void distinctPersonsBounded() {
        IndicatorDefinition volunteers = ReferenceCatalogue.VOLUNTEERS;
        IndicatorTable table = table(
                count(volunteers, NORTH, 30),
                without(volunteers, N1, ResultStatus.SUPPRESSED),
                count(volunteers, N2, 25));
        // N1 lies between 30 - 25 = 5 and 30: wide enough; a sum would have given exactly 5
        assertEquals(List.of(), attack(List.of(volunteers), table));
    }

    private static IndicatorResult count(IndicatorDefinition d, AreaCode area, long count) {
        return IndicatorResult.builder()
                .indicator(d.id())
                .area(area.value())
                .areaLevel(level(area))
                .period(Y2021)
                .status(ResultStatus.OK)
                .numerator((double) count)
                .sampleSize(count)
                .value((double) count)
                .build();
    }

    private static void assertExact(List<Failure> failures, AreaCode area, String quantity, double value) {
        Optional<Failure> found = failures.stream()
                .filter(f -> f.area().equals(area.value()) && f.quantity().equals(quantity))
                .findFirst();
        assertTrue(found.isPresent(), () -> "no failure for " + area + " " + quantity + " in " + failures);
        assertEquals(value, found.get().range().low(), 1e-6, found.get()::toString);
        assertEquals(value, found.get().range().high(), 1e-6, found.get()::toString);
    }

    /**
     * The unprotected outputs whose figures check the relations: every area and group, and years, quarters, months and
     * two spans, so that every kind of relation meets cells that all have a figure.
     */
    private static List<EvaluationQuery> everyView() {
        List<EvaluationQuery> queries = new ArrayList<>();
        for (PeriodGranularity g : PeriodGranularity.values()) {
            queries.add(AttackFixtures.neighbourhoods(AttackFixtures.YEARS, Optional.of(g)));
        }
        queries.add(AttackFixtures.neighbourhoods(AttackFixtures.YEARS, Optional.empty()));
        queries.add(AttackFixtures.neighbourhoods(ReportingPeriod.years(2019, 2021), Optional.empty()));
        queries.add(AttackFixtures.neighbourhoods(ReportingPeriod.years(2020, 2022), Optional.empty()));
        return queries;
    }

    @Test
    @DisplayName("writes only relations that hold for the unprotected figures of random packages")
    void relationsAreTrue() {
        Map<String, Integer> checked = new TreeMap<>();
        Set<String> written = new TreeSet<>();
        qt().withExamples(12)
                .withShrinkCycles(0)
                .forAll(AttackFixtures.packages())
                .checkAssert(p -> {
                    Dataset data = p.data();
                    List<IndicatorTable> open = new ArrayList<>();
                    for (EvaluationQuery q : everyView()) {
                        open.add(AttackFixtures.evaluate(AttackFixtures.PERSONS, data, AttackFixtures.unprotected(q)));
                    }
                    Attacker attacker = new Attacker(open, data, AttackFixtures.PERSONS);
                    assertEquals(List.of(), attacker.conflicts(), "the outputs agree on every count they share");
                    List<Relation> broken = attacker.contradicted();
                    assertTrue(
                            broken.isEmpty(),
                            () -> broken.size() + " relations do not hold: "
                                    + broken.subList(0, Math.min(20, broken.size())));
                    for (Relation r : attacker.relations()) {
                        String kind = r.kind();
                        written.add(kind);
                        if (r.holds(attacker.published(), 1e-6).isPresent()) {
                            checked.merge(kind, 1, Integer::sum);
                        }
                    }
                    assertEquals(List.of(), attacker.failures(), "nothing is suppressed without disclosure control");
                });
        for (String kind : written) {
            assertTrue(
                    checked.getOrDefault(kind, 0) > 0,
                    () -> "no relation of kind '" + kind + "' was checked: " + checked);
        }
    }

    @Test
    @DisplayName("writes the relations a reader can check against the contract")
    void dump() {
        IndicatorTable table = table(share(NORTH, 40, 20), share(N2, 25, 12));
        Attacker attacker = new Attacker(List.of(table), STRUCTURE, FEELS_SAFE);
        String dump = attacker.dump();
        assertTrue(
                dump.contains("areas add up: feels-safe.n[WK015301 2021] = feels-safe.n[BU01530101 2021]"
                        + " + feels-safe.n[BU01530102 2021]"),
                dump);
        assertTrue(dump.contains("areas add up: feels-safe.n[WEST 2021] = feels-safe.n[BU01530101 2021]"), dump);
        assertTrue(dump.contains("feels-safe.k[BU01530102 2021] <= feels-safe.n[BU01530102 2021]"), dump);
    }
}
