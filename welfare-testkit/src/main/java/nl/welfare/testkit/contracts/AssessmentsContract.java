package nl.welfare.testkit.contracts;

import static nl.welfare.testkit.contracts.Samples.assertHolds;
import static nl.welfare.testkit.contracts.Samples.byDate;
import static nl.welfare.testkit.contracts.Samples.filter;
import static nl.welfare.testkit.contracts.Samples.map;
import static nl.welfare.testkit.contracts.Samples.oneOf;
import static nl.welfare.testkit.contracts.Samples.picks;
import static nl.welfare.testkit.contracts.Samples.theory;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import nl.welfare.domain.resident.ImmutableLadderAssessment;
import nl.welfare.domain.resident.ImmutableSelfRelianceAssessment;
import nl.welfare.domain.resident.LadderAssessment;
import nl.welfare.domain.resident.ResidentId;
import nl.welfare.domain.resident.SelfRelianceAssessment;
import nl.welfare.domain.spi.Assessments;
import nl.welfare.testkit.generators.ResidentGenerators;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The contract of {@link Assessments}: every implementation's test implements it and supplies {@link #newStore()}.
 *
 * <pre>{@code
 * class InMemoryAssessmentsTest implements AssessmentsContract {
 *     public Assessments newStore() { return InMemoryStores.assessments(); }
 * }
 * }</pre>
 */
public interface AssessmentsContract {

    /** A new, empty store; called once for every example a property tries. */
    Assessments newStore();

    /** Ladder assessments of a few residents mostly, some of them added twice. */
    private static Gen<List<LadderAssessment>> ladderAssessments() {
        return Samples.listsSharingIds(
                        ResidentGenerators.ladderAssessments(),
                        (a, n) -> ImmutableLadderAssessment.copyOf(a).withResident(ResidentId.of("resident-" + n)))
                .zip(integers().between(0, 4), Samples::withRepeats);
    }

    /** Self-reliance assessments of a few residents mostly, some of them added twice. */
    private static Gen<List<SelfRelianceAssessment>> selfRelianceAssessments() {
        return Samples.listsSharingIds(
                        ResidentGenerators.selfRelianceAssessments(),
                        (a, n) ->
                                ImmutableSelfRelianceAssessment.copyOf(a).withResident(ResidentId.of("resident-" + n)))
                .zip(integers().between(0, 4), Samples::withRepeats);
    }

    /** Test: an empty store holds nothing. */
    @Test
    @DisplayName("An empty store holds no assessment of either kind")
    default void anEmptyStoreHoldsNothing() {
        theory().forAll(ResidentGenerators.residentIds()).checkAssert(resident -> {
            Assessments store = newStore();
            assertTrue(store.ladderAssessments().isEmpty());
            assertTrue(store.ladderAssessmentsOf(resident).isEmpty());
            assertTrue(store.selfRelianceAssessments().isEmpty());
            assertTrue(store.selfRelianceAssessmentsOf(resident).isEmpty());
        });
    }

    /** Test: an added assessment of each kind is held as it was given, and only among its kind. */
    @Test
    @DisplayName("An added assessment is held, equal to what was added, among the assessments of its kind only")
    default void anAddedAssessmentIsHeld() {
        theory().forAll(ResidentGenerators.ladderAssessments(), ResidentGenerators.selfRelianceAssessments())
                .checkAssert((ladder, selfReliance) -> {
                    Assessments store = newStore();
                    store.addLadderAssessment(ladder);
                    assertHolds(List.of(ladder), store.ladderAssessments());
                    assertTrue(store.selfRelianceAssessments().isEmpty());
                    store.addSelfRelianceAssessment(selfReliance);
                    assertHolds(List.of(selfReliance), store.selfRelianceAssessments());
                    assertHolds(List.of(ladder), store.ladderAssessments());
                });
    }

    /** Test: ladder assessments are held by date, then in the order added. */
    @Test
    @DisplayName("All ladder assessments are every one added, one added twice twice, by date and then in the order"
            + " added")
    default void ladderAssessmentsAreHeldByDate() {
        theory().forAll(ladderAssessments()).checkAssert(added -> {
            Assessments store = newStore();
            store.addLadderAssessments(added);
            assertHolds(byDate(added, LadderAssessment::date), store.ladderAssessments());
        });
    }

    /** Test: ladderAssessmentsOf is the naive filter. */
    @Test
    @DisplayName("The ladder assessments of a resident are those that name the resident, by date")
    default void ladderAssessmentsOfAResidentNameTheResident() {
        theory().forAll(ladderAssessments(), picks(), ResidentGenerators.residentIds())
                .checkAssert((added, pick, other) -> {
                    Assessments store = newStore();
                    store.addLadderAssessments(added);
                    ResidentId resident = oneOf(map(added, LadderAssessment::resident), pick, other);
                    assertHolds(
                            filter(
                                    byDate(added, LadderAssessment::date),
                                    a -> a.resident().equals(resident)),
                            store.ladderAssessmentsOf(resident));
                });
    }

    /** Test: self-reliance assessments are held by date, then in the order added. */
    @Test
    @DisplayName("All self-reliance assessments are every one added, one added twice twice, by date and then in the"
            + " order added")
    default void selfRelianceAssessmentsAreHeldByDate() {
        theory().forAll(selfRelianceAssessments()).checkAssert(added -> {
            Assessments store = newStore();
            store.addSelfRelianceAssessments(added);
            assertHolds(byDate(added, SelfRelianceAssessment::date), store.selfRelianceAssessments());
        });
    }

    /** Test: selfRelianceAssessmentsOf is the naive filter. */
    @Test
    @DisplayName("The self-reliance assessments of a resident are those that name the resident, by date")
    default void selfRelianceAssessmentsOfAResidentNameTheResident() {
        theory().forAll(selfRelianceAssessments(), picks(), ResidentGenerators.residentIds())
                .checkAssert((added, pick, other) -> {
                    Assessments store = newStore();
                    store.addSelfRelianceAssessments(added);
                    ResidentId resident = oneOf(map(added, SelfRelianceAssessment::resident), pick, other);
                    assertHolds(
                            filter(
                                    byDate(added, SelfRelianceAssessment::date),
                                    a -> a.resident().equals(resident)),
                            store.selfRelianceAssessmentsOf(resident));
                });
    }
}
