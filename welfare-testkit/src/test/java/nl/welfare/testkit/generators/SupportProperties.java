package nl.welfare.testkit.generators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.Optional;
import nl.welfare.domain.support.Provision;
import nl.welfare.domain.support.ProvisionId;
import nl.welfare.domain.support.ProvisionKind;
import nl.welfare.domain.support.SupportEpisode;
import nl.welfare.domain.support.SupportEpisodeId;
import nl.welfare.domain.time.ReportingPeriod;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The support generators")
class SupportProperties {

    @Test
    @DisplayName("make provisions and episodes that validate to themselves")
    void validValues() {
        qt().forAll(SupportGenerators.provisions())
                .checkAssert(p -> assertEquals(
                        p,
                        Provision.validate(p.id(), p.name(), p.kind(), p.area(), p.started(), p.ended())
                                .get()));
        qt().forAll(SupportGenerators.supportEpisodes())
                .checkAssert(e -> assertEquals(
                        e,
                        SupportEpisode.validate(
                                        e.id(), e.resident(), e.area(), e.kind(), e.provision(), e.started(), e.ended())
                                .get()));
    }

    @Test
    @DisplayName("make breaches that each break exactly their rule")
    void breaches() {
        qt().forAll(SupportGenerators.provisionIdBreaches()).checkAssert(Breach::assertBreaksExactlyItsRule);
        qt().forAll(SupportGenerators.supportEpisodeIdBreaches()).checkAssert(Breach::assertBreaksExactlyItsRule);
        qt().forAll(SupportGenerators.provisionKindBreaches()).checkAssert(Breach::assertBreaksExactlyItsRule);
        qt().forAll(SupportGenerators.provisionBreaches()).checkAssert(Breach::assertBreaksExactlyItsRule);
        qt().forAll(SupportGenerators.supportEpisodeBreaches()).checkAssert(Breach::assertBreaksExactlyItsRule);
    }

    @Test
    @DisplayName("round-trip ids and kinds through their text")
    void roundTrips() {
        qt().forAll(SupportGenerators.provisionKinds())
                .checkAssert(k -> assertEquals(k, ProvisionKind.parse(k.code()).get()));
        qt().forAll(SupportGenerators.provisionIds())
                .checkAssert(
                        id -> assertEquals(id, ProvisionId.parse(id.toString()).get()));
        qt().forAll(SupportGenerators.supportEpisodeIds())
                .checkAssert(id ->
                        assertEquals(id, SupportEpisodeId.parse(id.toString()).get()));
    }

    @Test
    @DisplayName("make episodes whose activity in a period agrees with a day-by-day check")
    void episodeActivityAgreesWithDayByDayCheck() {
        qt().forAll(SupportGenerators.supportEpisodes(), CommonGenerators.periods())
                .checkAssert((e, period) -> {
                    assertEquals(activeOnSomeDay(e.started(), e.ended(), period), e.isActiveIn(period));
                    assertEquals(period.contains(e.started()), e.startedIn(period));
                    assertEquals(runsOn(e.started(), e.ended(), period.start()), e.isActiveOn(period.start()));
                });
    }

    @Test
    @DisplayName("make provisions whose activity in a period agrees with a day-by-day check")
    void provisionActivityAgreesWithDayByDayCheck() {
        qt().forAll(SupportGenerators.provisions(), CommonGenerators.periods()).checkAssert((p, period) -> {
            assertEquals(activeOnSomeDay(p.started(), p.ended(), period), p.isActiveIn(period));
            assertEquals(runsOn(p.started(), p.ended(), period.end()), p.isActiveOn(period.end()));
        });
    }

    @Test
    @DisplayName("make individual episodes that always name their resident")
    void individualEpisodesNameTheirResident() {
        qt().forAll(SupportGenerators.supportEpisodes())
                .checkAssert(e -> assertEquals(
                        true,
                        e.kind() == ProvisionKind.COLLECTIVE || e.resident().isPresent()));
    }

    private static boolean activeOnSomeDay(LocalDate started, Optional<LocalDate> ended, ReportingPeriod period) {
        for (LocalDate d = period.start(); !d.isAfter(period.end()); d = d.plusDays(1)) {
            if (runsOn(started, ended, d)) {
                return true;
            }
        }
        return false;
    }

    private static boolean runsOn(LocalDate started, Optional<LocalDate> ended, LocalDate day) {
        return started.compareTo(day) <= 0
                && ended.map(e -> e.compareTo(day) >= 0).orElse(true);
    }
}
