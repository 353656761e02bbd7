package nl.welfare.indicators.engine;

import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.welfare.domain.area.AreaCode;
import nl.welfare.domain.community.Initiative;
import nl.welfare.domain.community.InitiativeId;
import nl.welfare.domain.community.InitiativeLead;
import nl.welfare.domain.community.InitiativeLink;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * Random initiatives and links for the network properties, one generator for all of them: up to 14 initiatives in
 * given areas, up to 20 links among them, including links whose ends are no initiative of the package
 * ({@code i<n>}, {@code i<n+1>}), links not active when their ends are, and the same link twice, as given or the
 * other way round. Never a self-link: the domain refuses one ({@code InitiativeLink.SELF_LINK}), so no package holds
 * it.
 */
final class RandomNetworks {

    /** A random package of initiatives and links, and whether it is evaluated by quarter rather than by year. */
    record Network(List<Initiative> initiatives, List<InitiativeLink> links, boolean quarters) {}

    private RandomNetworks() {}

    /** Networks whose initiatives lie in {@code areas}, picked at random. */
    static Gen<Network> networks(AreaCode... areas) {
        return in -> {
            List<Initiative> initiatives = new ArrayList<>();
            int n = between(in, 0, 14);
            for (int i = 0; i < n; i++) {
                LocalDate started = date(in);
                initiatives.add(Initiative.builder()
                        .id(InitiativeId.of("i" + i))
                        .name("i" + i)
                        .area(areas[between(in, 0, areas.length - 1)])
                        .lead(InitiativeLead.values()[between(in, 0, InitiativeLead.values().length - 1)])
                        .started(started)
                        .ended(endAfter(in, started))
                        .build());
            }
            List<InitiativeLink> links = new ArrayList<>();
            int m = between(in, 0, 20);
            for (int k = 0; k < m; k++) {
                if (between(in, 0, 9) == 0 && !links.isEmpty()) {
                    InitiativeLink earlier = links.get(between(in, 0, links.size() - 1));
                    links.add(
                            between(in, 0, 1) == 0
                                    ? earlier
                                    : InitiativeLink.builder()
                                            .initiative(earlier.otherInitiative())
                                            .otherInitiative(earlier.initiative())
                                            .since(earlier.since())
                                            .until(earlier.until())
                                            .build());
                    continue;
                }
                int one = between(in, 0, n + 1);
                int drawn = between(in, 0, n);
                int other = drawn >= one ? drawn + 1 : drawn;
                LocalDate since = date(in);
                links.add(InitiativeLink.builder()
                        .initiative(InitiativeId.of("i" + one))
                        .otherInitiative(InitiativeId.of("i" + other))
                        .since(since)
                        .until(endAfter(in, since))
                        .build());
            }
            return new Network(initiatives, links, between(in, 0, 2) == 0);
        };
    }

    private static int between(RandomnessSource in, int min, int max) {
        return integers().between(min, max).generate(in);
    }

    private static LocalDate date(RandomnessSource in) {
        return LocalDate.of(2019, 1, 1).plusDays(between(in, -200, 1700));
    }

    private static Optional<LocalDate> endAfter(RandomnessSource in, LocalDate start) {
        return between(in, 0, 2) == 0 ? Optional.empty() : Optional.of(start.plusDays(between(in, 0, 500)));
    }
}
