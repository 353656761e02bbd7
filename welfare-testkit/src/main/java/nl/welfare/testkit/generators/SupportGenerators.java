package nl.welfare.testkit.generators;

import static nl.welfare.testkit.generators.CommonGenerators.areaCodes;
import static nl.welfare.testkit.generators.CommonGenerators.dates;
import static nl.welfare.testkit.generators.CommonGenerators.endsFrom;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.welfare.domain.resident.ResidentId;
import nl.welfare.domain.support.Provision;
import nl.welfare.domain.support.ProvisionId;
import nl.welfare.domain.support.ProvisionKind;
import nl.welfare.domain.support.SupportEpisode;
import nl.welfare.domain.support.SupportEpisodeId;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of support: provisions (voorzieningen) and support episodes, valid values of every type of
 * {@code nl.welfare.domain.support}, and for every rule a generator of {@link Breach} values that break exactly that
 * rule.
 *
 * <pre>{@code
 * qt().forAll(SupportGenerators.supportEpisodes(), CommonGenerators.periods())
 *         .checkAssert((episode, period) -> assertEquals(naive(episode, period), episode.isActiveIn(period)));
 * qt().forAll(SupportGenerators.supportEpisodeBreaches()).checkAssert(Breach::assertBreaksExactlyItsRule);
 * }</pre>
 */
public final class SupportGenerators {

    private SupportGenerators() {}

    // ---------------------------------------------------------------- identifiers and kinds

    /** Provision ids. */
    public static Gen<ProvisionId> provisionIds() {
        return CommonGenerators.ids(ProvisionId::of);
    }

    /** Breaches of {@link ProvisionId#FORMAT}. */
    public static Gen<Breach<ProvisionId>> provisionIdBreaches() {
        return CommonGenerators.malformedIdentifierTexts()
                .map(text ->
                        Breach.of(ProvisionId.FORMAT, "provision id '" + text + "'", () -> ProvisionId.parse(text)));
    }

    /** Support episode ids. */
    public static Gen<SupportEpisodeId> supportEpisodeIds() {
        return CommonGenerators.ids(SupportEpisodeId::of);
    }

    /** Breaches of {@link SupportEpisodeId#FORMAT}. */
    public static Gen<Breach<SupportEpisodeId>> supportEpisodeIdBreaches() {
        return CommonGenerators.malformedIdentifierTexts()
                .map(text -> Breach.of(
                        SupportEpisodeId.FORMAT,
                        "support episode id '" + text + "'",
                        () -> SupportEpisodeId.parse(text)));
    }

    /** Both kinds of provision. */
    public static Gen<ProvisionKind> provisionKinds() {
        return Generate.enumValues(ProvisionKind.class);
    }

    /** Breaches of {@link ProvisionKind#KNOWN}: Dutch words, near misses and texts that name no kind. */
    public static Gen<Breach<ProvisionKind>> provisionKindBreaches() {
        Gen<String> nearMisses =
                Generate.pick(List.of("", "maatwerk", "algemeen", "individuals", "general", "collective-", "i"));
        Gen<String> unknown = nearMisses.mix(CommonGenerators.identifierTexts().map(t -> t + "-x"));
        return unknown.map(
                text -> Breach.of(ProvisionKind.KNOWN, "kind '" + text + "'", () -> ProvisionKind.parse(text)));
    }

    // ---------------------------------------------------------------- provisions

    /** Names of provisions: a few realistic ones and arbitrary non-blank texts. */
    public static Gen<String> provisionNames() {
        Gen<String> realistic = Generate.pick(List.of(
                "Neighbourhood living room",
                "Special transport",
                "Household help",
                "Debt counselling",
                "Walk-in hour",
                "Buren voor Buren"));
        return realistic.mix(CommonGenerators.identifierTexts());
    }

    /** Provisions of both kinds in areas of every level, running on in about a third of cases. */
    public static Gen<Provision> provisions() {
        return provisionIds()
                .zip(
                        provisionNames(),
                        provisionKinds(),
                        areaCodes(),
                        spans(),
                        (id, name, kind, area, span) -> Provision.builder()
                                .id(id)
                                .name(name)
                                .kind(kind)
                                .area(area)
                                .started(span.getKey())
                                .ended(span.getValue())
                                .build());
    }

    /**
     * Breaches of every rule of {@link Provision}: {@link Provision#END_BEFORE_START} and
     * {@link Provision#BLANK_NAME}.
     */
    public static Gen<Breach<Provision>> provisionBreaches() {
        Gen<Breach<Provision>> endBeforeStart = provisions()
                .zip(
                        integers().between(1, 1000),
                        (p, days) -> Breach.of(
                                Provision.END_BEFORE_START,
                                "ended " + days + " days before it started on " + p.started(),
                                () -> Provision.validate(
                                        p.id(),
                                        p.name(),
                                        p.kind(),
                                        p.area(),
                                        p.started(),
                                        Optional.of(p.started().minusDays(days)))));
        Gen<Breach<Provision>> blankName = provisions()
                .zip(
                        Generate.pick(List.of("", " ", "\t", "  \n ")),
                        (p, blank) -> Breach.of(
                                Provision.BLANK_NAME,
                                "name '" + blank + "'",
                                () -> Provision.validate(p.id(), blank, p.kind(), p.area(), p.started(), p.ended())));
        return endBeforeStart.mix(blankName);
    }

    // ---------------------------------------------------------------- support episodes

    /**
     * Support episodes of both kinds: individual ones always name a resident, collective ones are anonymous in about
     * half of cases; running on in about a third of cases.
     */
    public static Gen<SupportEpisode> supportEpisodes() {
        Gen<Map.Entry<ProvisionKind, Optional<ResidentId>>> receivers = provisionKinds()
                .zip(
                        ResidentGenerators.residentIds().toOptionals(50),
                        (kind, resident) -> Map.entry(
                                kind,
                                kind == ProvisionKind.INDIVIDUAL
                                        ? Optional.of(resident.orElse(ResidentId.of("r-known")))
                                        : resident));
        return supportEpisodeIds()
                .zip(
                        receivers,
                        areaCodes(),
                        provisionIds(),
                        spans(),
                        (id, receiver, area, provision, span) -> SupportEpisode.builder()
                                .id(id)
                                .area(area)
                                .kind(receiver.getKey())
                                .provision(provision)
                                .started(span.getKey())
                                .resident(receiver.getValue())
                                .ended(span.getValue())
                                .build());
    }

    /**
     * Breaches of every rule of {@link SupportEpisode}: {@link SupportEpisode#END_BEFORE_START} and
     * {@link SupportEpisode#INDIVIDUAL_WITHOUT_RESIDENT}.
     */
    public static Gen<Breach<SupportEpisode>> supportEpisodeBreaches() {
        Gen<Breach<SupportEpisode>> endBeforeStart = supportEpisodes()
                .zip(
                        integers().between(1, 1000),
                        (e, days) -> Breach.of(
                                SupportEpisode.END_BEFORE_START,
                                "ended " + days + " days before it started on " + e.started(),
                                () -> SupportEpisode.validate(
                                        e.id(),
                                        e.resident(),
                                        e.area(),
                                        e.kind(),
                                        e.provision(),
                                        e.started(),
                                        Optional.of(e.started().minusDays(days)))));
        Gen<Breach<SupportEpisode>> anonymousIndividual = supportEpisodes()
                .map(e -> Breach.of(
                        SupportEpisode.INDIVIDUAL_WITHOUT_RESIDENT,
                        "individual support without a resident: " + e,
                        () -> SupportEpisode.validate(
                                e.id(),
                                Optional.empty(),
                                e.area(),
                                ProvisionKind.INDIVIDUAL,
                                e.provision(),
                                e.started(),
                                e.ended())));
        return endBeforeStart.mix(anonymousIndividual);
    }

    /** A start and an optional end on or after it. */
    private static Gen<Map.Entry<LocalDate, Optional<LocalDate>>> spans() {
        return dates().flatMap(started -> endsFrom(started).map(ended -> Map.entry(started, ended)));
    }
}
