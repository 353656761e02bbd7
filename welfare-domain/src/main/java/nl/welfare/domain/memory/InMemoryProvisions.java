package nl.welfare.domain.memory;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import nl.welfare.domain.spi.Provisions;
import nl.welfare.domain.support.Provision;
import nl.welfare.domain.support.ProvisionId;

/** {@link Provisions} in memory, by id. */
final class InMemoryProvisions implements Provisions {

    private final Keyed<ProvisionId, Provision> values = Keyed.byNaturalOrder(Provision::id);

    @Override
    public void save(Provision value) {
        values.put(value);
    }

    @Override
    public Option<Provision> byId(ProvisionId id) {
        return values.get(id);
    }

    @Override
    public Seq<Provision> all() {
        return values.values();
    }
}
