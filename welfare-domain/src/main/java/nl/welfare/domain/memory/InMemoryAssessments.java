package nl.welfare.domain.memory;

import io.vavr.collection.Seq;
import nl.welfare.domain.resident.LadderAssessment;
import nl.welfare.domain.resident.SelfRelianceAssessment;
import nl.welfare.domain.spi.Assessments;

/** {@link Assessments} in memory: both kinds by date, then in the order they were added. */
final class InMemoryAssessments implements Assessments {

    private final Facts<LadderAssessment> ladder = new Facts<>(LadderAssessment::date);
    private final Facts<SelfRelianceAssessment> selfReliance = new Facts<>(SelfRelianceAssessment::date);

    @Override
    public void addLadderAssessment(LadderAssessment assessment) {
        ladder.add(assessment);
    }

    @Override
    public Seq<LadderAssessment> ladderAssessments() {
        return ladder.all();
    }

    @Override
    public void addSelfRelianceAssessment(SelfRelianceAssessment assessment) {
        selfReliance.add(assessment);
    }

    @Override
    public Seq<SelfRelianceAssessment> selfRelianceAssessments() {
        return selfReliance.all();
    }
}
