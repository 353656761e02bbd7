package nl.welfare.domain.memory;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import nl.welfare.domain.resident.Cohort;
import nl.welfare.domain.resident.CohortName;
import nl.welfare.domain.spi.Cohorts;

/** {@link Cohorts} in memory, by name. */
final class InMemoryCohorts implements Cohorts {

    private final Keyed<CohortName, Cohort> cohorts = Keyed.byNaturalOrder(Cohort::name);

    @Override
    public void save(Cohort cohort) {
        cohorts.put(cohort);
    }

    @Override
    public Option<Cohort> byName(CohortName name) {
        return cohorts.get(name);
    }

    @Override
    public Seq<Cohort> all() {
        return cohorts.values();
    }
}
