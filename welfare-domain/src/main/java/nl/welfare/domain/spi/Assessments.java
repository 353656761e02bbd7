package nl.welfare.domain.spi;

import io.vavr.collection.Seq;
import nl.welfare.domain.resident.LadderAssessment;
import nl.welfare.domain.resident.ResidentId;
import nl.welfare.domain.resident.SelfRelianceAssessment;

/**
 * The store of residents' assessments: places on the participation ladder (participatieladder) and scores of the
 * self-reliance matrix (zelfredzaamheidsmatrix, ZRM), the facts behind {@code participation-ladder-progress} and
 * {@code self-reliance-sufficient}.
 *
 * <p>Assessments are facts without ids: adding one keeps it as given, and an assessment added twice is held twice.
 * Lists are ordered by date and, among assessments of the same day, in the order they were added, so that a
 * resident's first and last assessment are the first and last of {@link #ladderAssessmentsOf}.
 *
 * <pre>{@code
 * Assessments store = InMemoryStores.assessments();
 * store.addLadderAssessment(LadderAssessment.of(r, LocalDate.of(2019, 3, 1), ParticipationRung.ISOLATED));
 * store.addLadderAssessment(LadderAssessment.of(r, LocalDate.of(2019, 11, 1), ParticipationRung.UNPAID_WORK));
 * store.ladderAssessmentsOf(r).last().isHigherThan(store.ladderAssessmentsOf(r).head());   // true
 * }</pre>
 */
public interface Assessments {

    /** Adds {@code assessment}. */
    void addLadderAssessment(LadderAssessment assessment);

    /** Adds each ladder assessment in turn, as {@link #addLadderAssessment} does. */
    default void addLadderAssessments(Iterable<? extends LadderAssessment> assessments) {
        assessments.forEach(this::addLadderAssessment);
    }

    /** Every ladder assessment, ordered by date and, on the same day, in the order they were added. */
    Seq<LadderAssessment> ladderAssessments();

    /** The ladder assessments of {@code resident}, in the order of {@link #ladderAssessments()}. */
    default Seq<LadderAssessment> ladderAssessmentsOf(ResidentId resident) {
        return ladderAssessments().filter(a -> a.resident().equals(resident));
    }

    /** Adds {@code assessment}. */
    void addSelfRelianceAssessment(SelfRelianceAssessment assessment);

    /** Adds each self-reliance assessment in turn, as {@link #addSelfRelianceAssessment} does. */
    default void addSelfRelianceAssessments(Iterable<? extends SelfRelianceAssessment> assessments) {
        assessments.forEach(this::addSelfRelianceAssessment);
    }

    /** Every self-reliance assessment, ordered by date and, on the same day, in the order they were added. */
    Seq<SelfRelianceAssessment> selfRelianceAssessments();

    /** The self-reliance assessments of {@code resident}, in the order of {@link #selfRelianceAssessments()}. */
    default Seq<SelfRelianceAssessment> selfRelianceAssessmentsOf(ResidentId resident) {
        return selfRelianceAssessments().filter(a -> a.resident().equals(resident));
    }
}
