package nl.welfare.domain.memory;

import io.vavr.collection.Seq;
import nl.welfare.domain.community.Participation;
import nl.welfare.domain.spi.Participations;

/** {@link Participations} in memory: facts by date, then in the order they were added. */
final class InMemoryParticipations implements Participations {

    private final Facts<Participation> facts = new Facts<>(Participation::date);

    @Override
    public void add(Participation fact) {
        facts.add(fact);
    }

    @Override
    public Seq<Participation> all() {
        return facts.all();
    }
}
