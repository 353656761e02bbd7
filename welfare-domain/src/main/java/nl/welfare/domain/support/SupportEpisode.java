package nl.welfare.domain.support;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.Optional;
import nl.welfare.domain.area.AreaCode;
import nl.welfare.domain.resident.ResidentId;
import nl.welfare.domain.time.ActiveSpan;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violation;
import nl.welfare.domain.value.Violations;
import org.immutables.value.Value;

/**
 * Support received from a provision, from a start date until an optional end date: individual support from a
 * maatwerkvoorziening (specialist, tailored, case-based; always of a known resident) or collective support from an
 * algemene voorziening (general, open to all, preventive; the resident may be anonymous). One row of the
 * {@code support_episodes} file. Both dates are inclusive.
 *
 * <pre>{@code
 * SupportEpisode episode = SupportEpisode.builder()
 *         .id(SupportEpisodeId.of("e-2019-0042"))
 *         .area(AreaCode.of("BU01530000"))
 *         .kind(ProvisionKind.INDIVIDUAL)
 *         .provision(ProvisionId.of("household-help"))
 *         .started(LocalDate.of(2019, 3, 14))
 *         .resident(ResidentId.of("r-7f3a9c"))
 *         .ended(LocalDate.of(2019, 9, 30))
 *         .build();
 * episode.isActiveIn(ReportingPeriod.quarter(2019, 3)); // true
 * episode.startedIn(ReportingPeriod.quarter(2019, 3));  // false: it started in Q1
 * }</pre>
 *
 * <p>That the provision exists, is of the same kind and the resident is known are rules between objects: the
 * dataset's, not this value's.
 */
@Value.Immutable
public abstract class SupportEpisode implements ActiveSpan {

    /** Rule: the episode ends before it starts. */
    public static final Rule END_BEFORE_START =
            Rule.of("support-episode.end-before-start", "must not end before it starts");

    /** Rule: individual support without a resident: tailored support is always of a known resident. */
    public static final Rule INDIVIDUAL_WITHOUT_RESIDENT = Rule.of(
            "support-episode.individual-without-resident",
            "must name the resident for individual support (only collective support may be anonymous)");

    SupportEpisode() {}

    /** The episode's identifier. */
    public abstract SupportEpisodeId id();

    /** The resident supported; empty for anonymous use of a collective provision. */
    public abstract Optional<ResidentId> resident();

    /** The CBS code of the area the support belongs to, usually the resident's neighbourhood. */
    public abstract AreaCode area();

    /** Individual or collective. */
    public abstract ProvisionKind kind();

    /** The provision the support is received from (the {@code provision} column). */
    public abstract ProvisionId provision();

    /** The first day of support. */
    @Override
    public abstract LocalDate started();

    /** The last day of support; empty while it runs on. */
    @Override
    public abstract Optional<LocalDate> ended();

    /** A builder that asks for id, area, kind, provision and started in turn, then optionally resident and ended. */
    public static ImmutableSupportEpisode.IdBuildStage builder() {
        return ImmutableSupportEpisode.builder();
    }

    /** The episode with these fields, or every rule they break (fields {@code resident_id}, {@code ended}). */
    public static Validation<Seq<Violation>, SupportEpisode> validate(
            SupportEpisodeId id,
            Optional<ResidentId> resident,
            AreaCode area,
            ProvisionKind kind,
            ProvisionId provision,
            LocalDate started,
            Optional<LocalDate> ended) {
        return Violations.attempt(() -> builder()
                .id(id)
                .area(area)
                .kind(kind)
                .provision(provision)
                .started(started)
                .resident(resident)
                .ended(ended)
                .build());
    }

    @Value.Check
    final void check() {
        Violations.of("support episode")
                .check(
                        kind() != ProvisionKind.INDIVIDUAL || resident().isPresent(),
                        "resident_id",
                        INDIVIDUAL_WITHOUT_RESIDENT,
                        "")
                .check(
                        ActiveSpan.endsInOrder(started(), ended()),
                        "ended",
                        END_BEFORE_START,
                        ended().map(LocalDate::toString).orElse(""))
                .throwIfAny();
    }
}
