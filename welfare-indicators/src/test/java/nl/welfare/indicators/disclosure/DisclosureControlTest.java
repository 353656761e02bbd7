package nl.welfare.indicators.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Disclosure control")
class DisclosureControlTest {

    private static final DisclosureRules STANDARD = DisclosureRules.standard();
    private static final List<String> AREAS = List.of("WK01", "BU01", "BU02", "BU03", "BU04");

    private static CellKey key(String area) {
        return CellKey.of("volunteers", area, "2022");
    }

    private static QuantityKey count(String area) {
        return QuantityKey.of("participations (flow): persons", area, "2022");
    }

    private static QuantityKey yes(String area) {
        return QuantityKey.of("survey_responses (flow) where answer in (1, 2): facts", area, "2022");
    }

    private static QuantityKey fromTop(String area) {
        return QuantityKey.of("survey_responses (flow) of answer: distance from the top", area, "2022");
    }

    private static final CellKey TOTAL = key("WK01");
    private static final CellKey A = key("BU01");
    private static final CellKey B = key("BU02");
    private static final CellKey C = key("BU03");
    private static final CellKey D = key("BU04");

    /** A district WK01 of four neighbourhoods, with the counts of volunteers given. */
    private static DisclosureProblem.Builder district(long a, long b, long c, long d) {
        long[] values = {a + b + c + d, a, b, c, d};
        DisclosureProblem.Builder builder = DisclosureProblem.builder();
        for (int i = 0; i < AREAS.size(); i++) {
            builder.cell(Cell.count(key(AREAS.get(i)), count(AREAS.get(i))), values[i]);
        }
        return builder.relation(
                sum(AREAS.stream().map(DisclosureControlTest::count).toList()));
    }

    private static Relation sum(List<QuantityKey> all) {
        return Relation.sum(all.get(0), all.subList(1, all.size()), 0);
    }

    private static DisclosureResult audited(DisclosureProblem problem, DisclosureRules rules) {
        DisclosureResult result = DisclosureControl.decide(problem, rules);
        LinearAudit.assertProtected(problem, result, rules.minimum());
        return result;
    }

    @Test
    @DisplayName("suppresses a cell with fewer persons than the minimum, and the cheapest other part with it")
    void belowMinimum() {
        DisclosureResult result = audited(district(3, 25, 32, 40).build(), STANDARD);
        assertEquals(SuppressionReason.PRIMARY_BELOW_MINIMUM, result.reason(A).get());
        assertEquals(SuppressionReason.SECONDARY_RELATION, result.reason(B).get());
        assertEquals(List.of(A, B), List.copyOf(result.suppressedKeys()));
        assertEquals(List.of(100L), result.published(TOTAL).get().counts());
    }

    @Test
    @DisplayName("suppresses a count of zero persons")
    void zeroIsBelowMinimum() {
        DisclosureResult result = audited(district(0, 25, 32, 40).build(), STANDARD);
        assertEquals(SuppressionReason.PRIMARY_BELOW_MINIMUM, result.reason(A).get());
    }

    @Test
    @DisplayName("suppresses a share whose numerator or complement counts 1 to 4 persons, and publishes 0 and 5")
    void smallNumeratorAndComplement() {
        DisclosureProblem.Builder b = DisclosureProblem.builder();
        long[][] shares = {{20, 3}, {20, 0}, {20, 5}, {20, 17}, {20, 20}, {8, 4}};
        for (int i = 0; i < shares.length; i++) {
            String area = "BU0" + i;
            b.cell(Cell.share(key(area), count(area), yes(area)))
                    .value(count(area), shares[i][0])
                    .value(yes(area), shares[i][1]);
        }
        DisclosureResult result = audited(b.build(), STANDARD);
        assertEquals(
                SuppressionReason.PRIMARY_SMALL_NUMERATOR,
                result.reason(key("BU00")).get());
        assertEquals(CellStatus.PUBLISHED, result.status(key("BU01")));
        assertEquals(CellStatus.PUBLISHED, result.status(key("BU02")));
        assertEquals(
                SuppressionReason.PRIMARY_SMALL_COMPLEMENT,
                result.reason(key("BU03")).get());
        assertEquals(CellStatus.PUBLISHED, result.status(key("BU04")));
        assertEquals(
                SuppressionReason.PRIMARY_BELOW_MINIMUM,
                result.reason(key("BU05")).get());
    }

    @Test
    @DisplayName("suppresses one more part when the suppressed parts add up to a published difference below 10")
    void differenceBelowMinimum() {
        DisclosureResult result = audited(district(2, 5, 30, 40).build(), STANDARD);
        assertEquals(List.of(A, B, C), List.copyOf(result.suppressedKeys()));
        assertEquals(SuppressionReason.SECONDARY_RELATION, result.reason(C).get());
    }

    @Test
    @DisplayName("protects numerators: two suppressed shares whose numerators add up to 0 get a third")
    void numeratorsAddingUpToZero() {
        long[][] shares = {{40, 10}, {8, 0}, {7, 0}, {25, 10}};
        DisclosureProblem.Builder b = DisclosureProblem.builder();
        for (int i = 0; i < 4; i++) {
            String area = AREAS.get(i);
            b.cell(Cell.share(key(area), count(area), yes(area)))
                    .value(count(area), shares[i][0])
                    .value(yes(area), shares[i][1])
                    .relation(Relation.atMost(yes(area), count(area)));
        }
        b.relation(sum(
                AREAS.subList(0, 4).stream().map(DisclosureControlTest::count).toList()));
        b.relation(
                sum(AREAS.subList(0, 4).stream().map(DisclosureControlTest::yes).toList()));
        DisclosureResult result = audited(b.build(), STANDARD);
        assertEquals(List.of(A, B, C), List.copyOf(result.suppressedKeys()));
    }

    @Test
    @DisplayName("suppresses a cell that publishes a count a suppressed cell holds: two indicators decided together")
    void sharedCount() {
        CellKey rate = CellKey.of("individual-support-per-1000", "BU01", "2022");
        CellKey ratio = CellKey.of("collective-to-individual-ratio", "BU01", "2022");
        QuantityKey individual =
                QuantityKey.of("support_episodes (stock) where kind = 'individual': facts", "BU01", "2022");
        QuantityKey collective =
                QuantityKey.of("support_episodes (stock) where kind = 'collective': facts", "BU01", "2022");
        DisclosureProblem problem = DisclosureProblem.builder()
                .cell(Cell.count(rate, individual), 25)
                .cell(Cell.counts(ratio, List.of(collective, individual)))
                .value(collective, 30)
                .fixed(rate, CellStatus.SUPPRESSED)
                .build();
        DisclosureResult result = audited(problem, STANDARD);
        assertEquals(SuppressionReason.EARLIER_DECISION, result.reason(rate).get());
        assertEquals(SuppressionReason.SHARED_COUNT, result.reason(ratio).get());
    }

    @Test
    @DisplayName("knows a count without data is 0: a district minus a published part and an empty part")
    void knownZero() {
        DisclosureProblem problem = DisclosureProblem.builder()
                .cell(Cell.count(TOTAL, count("WK01")), 36)
                .cell(Cell.count(A, count("BU01")), 6)
                .cell(Cell.count(B, count("BU02")), 30)
                .known(count("BU03"), 0)
                .relation(sum(List.of(count("WK01"), count("BU01"), count("BU02"), count("BU03"))))
                .build();
        DisclosureResult result = audited(problem, STANDARD);
        assertEquals(SuppressionReason.SECONDARY_RELATION, result.reason(B).get());
    }

    @Test
    @DisplayName("protects a mean whose suppressed parts would have every answer at the top of the scale")
    void meanAtTheTop() {
        long[][] means = {{30, 20}, {5, 0}, {6, 0}, {19, 20}};
        DisclosureProblem.Builder b = DisclosureProblem.builder();
        for (int i = 0; i < 4; i++) {
            String area = AREAS.get(i);
            QuantityKey bottom = QuantityKey.of("distance from the bottom", area, "2022");
            b.cell(Cell.mean(key(area), count(area), fromTop(area), bottom))
                    .value(count(area), means[i][0])
                    .value(fromTop(area), means[i][1])
                    .value(bottom, 9 * means[i][0] - means[i][1]);
        }
        b.relation(sum(
                AREAS.subList(0, 4).stream().map(DisclosureControlTest::count).toList()));
        b.relation(sum(
                AREAS.subList(0, 4).stream().map(DisclosureControlTest::fromTop).toList()));
        DisclosureResult result = audited(b.build(), STANDARD);
        assertEquals(List.of(A, B, C), List.copyOf(result.suppressedKeys()));
    }

    @Test
    @DisplayName("keeps earlier decisions: suppressed stays suppressed, published is never suppressed to protect")
    void earlierDecisions() {
        DisclosureProblem problem = district(30, 40, 35, 50)
                .fixed(A, CellStatus.PUBLISHED)
                .fixed(B, CellStatus.SUPPRESSED)
                .build();
        DisclosureResult result = audited(problem, STANDARD);
        assertEquals(SuppressionReason.EARLIER_DECISION, result.reason(B).get());
        assertEquals(CellStatus.PUBLISHED, result.status(A));
        assertEquals(SuppressionReason.SECONDARY_RELATION, result.reason(C).get());
    }

    @Test
    @DisplayName("passes suppression down: a suppressed total whose parts are all published gets a part suppressed")
    void passesDown() {
        DisclosureProblem problem =
                district(20, 30, 40, 50).fixed(TOTAL, CellStatus.SUPPRESSED).build();
        DisclosureResult result = audited(problem, STANDARD);
        assertEquals(List.of(A, TOTAL), List.copyOf(result.suppressedKeys()));
    }

    @Test
    @DisplayName("reports a count that only earlier decisions pin down as not protected")
    void unprotected() {
        DisclosureProblem problem = district(3, 25, 32, 40)
                .fixed(TOTAL, CellStatus.PUBLISHED)
                .fixed(B, CellStatus.PUBLISHED)
                .fixed(C, CellStatus.PUBLISHED)
                .fixed(D, CellStatus.PUBLISHED)
                .build();
        DisclosureResult result = DisclosureControl.decide(problem, STANDARD);
        assertTrue(result.audit(A).get().unprotected());
        assertEquals(List.of(A), List.copyOf(result.suppressedKeys()));
    }

    @Test
    @DisplayName("finds with a linear program what no single relation shows: three totals that pin a count together")
    void auditStepIsNeeded() {
        QuantityKey a = count("A");
        QuantityKey b = count("B");
        QuantityKey c = count("C");
        QuantityKey ab = count("AB");
        QuantityKey ac = count("AC");
        QuantityKey bc = count("BC");
        DisclosureProblem problem = DisclosureProblem.builder()
                .cell(Cell.count(key("A"), a), 14)
                .cell(Cell.count(key("B"), b), 6)
                .cell(Cell.count(key("C"), c), 6)
                .cell(Cell.count(key("AB"), ab), 20)
                .cell(Cell.count(key("AC"), ac), 20)
                .cell(Cell.count(key("BC"), bc), 12)
                .relation(sum(List.of(ab, a, b)))
                .relation(sum(List.of(ac, a, c)))
                .relation(sum(List.of(bc, b, c)))
                .build();
        DisclosureResult result = audited(problem, STANDARD);
        assertTrue(result.suppressedKeys().contains(key("A")));
        assertTrue(result.suppressedKeys().stream()
                .anyMatch(k -> result.reason(k).get() == SuppressionReason.SECONDARY_AUDIT));
    }

    @Test
    @DisplayName("under rules for finer periods, holds back a share whose numerator is below the minimum")
    void splittable() {
        DisclosureProblem problem = DisclosureProblem.builder()
                .cell(Cell.share(A, count("BU01"), yes("BU01")).splittable(true))
                .value(count("BU01"), 40)
                .value(yes("BU01"), 6)
                .cell(Cell.share(B, count("BU02"), yes("BU02")))
                .value(count("BU02"), 40)
                .value(yes("BU02"), 6)
                .build();
        DisclosureResult result = audited(problem, STANDARD);
        assertEquals(
                SuppressionReason.PRIMARY_FOR_FINER_PERIODS, result.reason(A).get());
        assertEquals(CellStatus.PUBLISHED, result.status(B));
    }

    @Test
    @DisplayName("rounds with the publisher's key: one draw per count, whichever cell publishes it")
    void rounding() {
        RoundingKey key = RoundingKey.generate();
        CellKey rate = CellKey.of("rate", "BU01", "2022");
        CellKey ratio = CellKey.of("ratio", "BU01", "2022");
        QuantityKey individual = count("individual");
        QuantityKey collective = count("collective");
        DisclosureProblem problem = DisclosureProblem.builder()
                .cell(Cell.count(rate, individual), 23)
                .cell(Cell.counts(ratio, List.of(collective, individual)))
                .value(collective, 31)
                .build();
        DisclosureResult result = DisclosureControl.decide(problem, STANDARD.rounded(5, key));
        Published r = result.published(rate).get();
        Published q = result.published(ratio).get();
        assertTrue(r.rounded());
        assertEquals(r.counts().get(0), q.counts().get(1));
        assertEquals(key.round(23, 5, individual.toString()), r.counts().get(0));
        assertEquals(key.round(31, 5, collective.toString()), q.counts().get(0));
        assertEquals(result, DisclosureControl.decide(problem, STANDARD.rounded(5, key)));
    }

    @Test
    @DisplayName("with disclosure none, suppresses and rounds nothing")
    void none() {
        DisclosureResult result =
                DisclosureControl.decide(district(3, 25, 32, 40).build(), DisclosureRules.none());
        assertTrue(result.suppressedKeys().isEmpty());
        assertEquals(List.of(3L), result.published(A).get().counts());
        assertFalse(result.published(A).get().rounded());
    }

    @Test
    @DisplayName("never suppresses cells about things")
    void thingsAreNeverSuppressed() {
        CellKey provisions = CellKey.of("collective-provisions-offered", "BU01", "2022");
        DisclosureResult result = DisclosureControl.decide(
                district(3, 25, 32, 40).cell(Cell.things(provisions)).build(), STANDARD);
        assertEquals(CellStatus.PUBLISHED, result.status(provisions));
    }

    @Test
    @DisplayName("gives a suppressed cell no count; its reason and ranges are in the data owner's audit record")
    void suppressedCarriesNoValue() {
        DisclosureResult result =
                DisclosureControl.decideWithRanges(district(3, 25, 32, 40).build(), STANDARD);
        CellOutcome outcome = result.outcome(A).get();
        assertTrue(outcome instanceof Suppressed);
        assertEquals("volunteers/BU01/2022: SUPPRESSED (PRIMARY_BELOW_MINIMUM)", outcome.toString());
        AuditRecord record = result.audit(A).get();
        assertEquals(SuppressionReason.PRIMARY_BELOW_MINIMUM, record.reason());
        assertTrue(record.detail().contains("fewer than the minimum 10"), record.detail());
        QuantityRange range = record.ranges().get(0);
        assertEquals(
                Map.of("value", 3.0, "low", 0.0, "high", 28.0),
                Map.of("value", range.value(), "low", range.low(), "high", range.high()));
        assertTrue(range.exact());
        assertTrue(
                result.audit(B).get().detail().contains("no longer gives back"),
                result.audit(B).get().detail());
        assertTrue(result.audit(TOTAL).isEmpty());
    }
}
