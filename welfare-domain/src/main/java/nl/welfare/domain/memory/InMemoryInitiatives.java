package nl.welfare.domain.memory;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import nl.welfare.domain.community.CommunityChecks;
import nl.welfare.domain.community.Initiative;
import nl.welfare.domain.community.InitiativeId;
import nl.welfare.domain.community.InitiativeLink;
import nl.welfare.domain.spi.Initiatives;
import nl.welfare.domain.value.Violation;

/** {@link Initiatives} in memory: initiatives by id, links by the day they started. */
final class InMemoryInitiatives implements Initiatives {

    private final Keyed<InitiativeId, Initiative> initiatives = Keyed.byNaturalOrder(Initiative::id);
    private final Facts<InitiativeLink> links = new Facts<>(InitiativeLink::since);

    @Override
    public void save(Initiative initiative) {
        initiatives.put(initiative);
    }

    @Override
    public Option<Initiative> byId(InitiativeId id) {
        return initiatives.get(id);
    }

    @Override
    public Seq<Initiative> all() {
        return initiatives.values();
    }

    @Override
    public Either<Seq<Violation>, InitiativeLink> link(InitiativeLink link) {
        // Initiatives are never removed, so a link found valid here stays valid when it is added.
        Seq<Initiative> named =
                List.of(link.initiative(), link.otherInitiative()).flatMap(initiatives::get);
        return CommunityChecks.validateLinks(named.asJava(), List.of(link).asJava())
                .toEither()
                .map(accepted -> {
                    links.add(link);
                    return link;
                });
    }

    @Override
    public Seq<InitiativeLink> links() {
        return links.all();
    }
}
