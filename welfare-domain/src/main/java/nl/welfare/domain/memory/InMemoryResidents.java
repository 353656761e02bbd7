package nl.welfare.domain.memory;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import nl.welfare.domain.resident.Resident;
import nl.welfare.domain.resident.ResidentId;
import nl.welfare.domain.spi.Residents;

/** {@link Residents} in memory, by id. */
final class InMemoryResidents implements Residents {

    private final Keyed<ResidentId, Resident> values = Keyed.byNaturalOrder(Resident::id);

    @Override
    public void save(Resident value) {
        values.put(value);
    }

    @Override
    public Option<Resident> byId(ResidentId id) {
        return values.get(id);
    }

    @Override
    public Seq<Resident> all() {
        return values.values();
    }
}
