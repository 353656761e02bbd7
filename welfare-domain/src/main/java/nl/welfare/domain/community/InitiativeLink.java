package nl.welfare.domain.community;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.Optional;
import nl.welfare.domain.time.ReportingPeriod;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violation;
import nl.welfare.domain.value.Violations;
import org.immutables.value.Value;

/**
 * A cooperation between two initiatives (samenwerking) from a date and, if it has ended, until a date. One row of the
 * data package's {@code initiative_links} resource; the {@code initiative-network-connectedness} indicator is built
 * from them.
 *
 * <pre>{@code
 * InitiativeLink link = InitiativeLink.builder()
 *         .initiative(InitiativeId.of("power"))
 *         .otherInitiative(InitiativeId.of("beien"))
 *         .since(LocalDate.of(2018, 3, 1))
 *         .build();
 * link.connects(InitiativeId.of("beien"));  // true
 * link.other(InitiativeId.of("beien"));     // Some(power)
 * link.normalised().initiative();           // beien: the smaller id comes first
 * }</pre>
 *
 * <p>A link is undirected: it connects its two initiatives both ways, and {@link #connects}, {@link #other} and
 * {@link #isActiveIn} do not depend on which one is named first. Equality, however, is structural: the links (a, b)
 * and (b, a) with the same dates are not {@code equals}. Compare {@link #normalised()} forms to treat them as the
 * same link.
 */
@Value.Immutable
public abstract class InitiativeLink {

    /** Rule: the link connects an initiative to itself. */
    public static final Rule SELF_LINK =
            Rule.of("initiative-link.self-link", "must name an initiative other than initiative_id");

    /** Rule: the link ends before it starts. */
    public static final Rule END_BEFORE_START =
            Rule.of("initiative-link.end-before-start", "must not end before the link starts");

    InitiativeLink() {}

    /** One initiative of the pair ({@code initiative_id}). */
    public abstract InitiativeId initiative();

    /** The other initiative of the pair ({@code other_initiative_id}). */
    public abstract InitiativeId otherInitiative();

    /** The first day of the cooperation ({@code since}). */
    public abstract LocalDate since();

    /** The last day of the cooperation; empty while it lasts ({@code until}). */
    public abstract Optional<LocalDate> until();

    /** A staged builder: initiative, other initiative and since, then optionally until. */
    public static ImmutableInitiativeLink.InitiativeBuildStage builder() {
        return ImmutableInitiativeLink.builder();
    }

    /** A link between {@code initiative} and {@code other} since {@code since}, without an end. */
    public static InitiativeLink of(InitiativeId initiative, InitiativeId other, LocalDate since) {
        return builder()
                .initiative(initiative)
                .otherInitiative(other)
                .since(since)
                .build();
    }

    /** The link with these fields, or every rule they break. */
    public static Validation<Seq<Violation>, InitiativeLink> validate(
            InitiativeId initiative, InitiativeId other, LocalDate since, Optional<LocalDate> until) {
        return Violations.attempt(() -> builder()
                .initiative(initiative)
                .otherInitiative(other)
                .since(since)
                .until(until)
                .build());
    }

    @Value.Check
    final void check() {
        Violations.of("initiative link")
                .check(!initiative().equals(otherInitiative()), "other_initiative_id", SELF_LINK, otherInitiative())
                .check(
                        until().map(u -> !u.isBefore(since())).orElse(true),
                        "until",
                        END_BEFORE_START,
                        until().map(LocalDate::toString).orElse(""))
                .throwIfAny();
    }

    /** Whether the link is active on at least one day of {@code period}, as an initiative is. */
    public boolean isActiveIn(ReportingPeriod period) {
        return period.overlaps(since(), until());
    }

    /** Whether the link is active on {@code date}: on or after {@link #since()} and not after {@link #until()}. */
    public boolean isActiveOn(LocalDate date) {
        return !date.isBefore(since()) && until().map(u -> !date.isAfter(u)).orElse(true);
    }

    /** Whether {@code id} is one of the two initiatives the link connects, whichever side it is on. */
    public boolean connects(InitiativeId id) {
        return initiative().equals(id) || otherInitiative().equals(id);
    }

    /** The initiative at the other end from {@code id}; none when the link does not connect {@code id}. */
    public Option<InitiativeId> other(InitiativeId id) {
        if (initiative().equals(id)) {
            return Option.some(otherInitiative());
        }
        return otherInitiative().equals(id) ? Option.some(initiative()) : Option.none();
    }

    /**
     * The same link with the smaller id (by {@link InitiativeId#compareTo}) as {@link #initiative()}: two links that
     * connect the same pair over the same dates have equal normalised forms, whichever way round they were given.
     */
    public InitiativeLink normalised() {
        if (initiative().compareTo(otherInitiative()) <= 0) {
            return this;
        }
        return builder()
                .initiative(otherInitiative())
                .otherInitiative(initiative())
                .since(since())
                .until(until())
                .build();
    }
}
