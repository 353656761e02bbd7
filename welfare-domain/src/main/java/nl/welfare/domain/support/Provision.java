package nl.welfare.domain.support;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.Optional;
import nl.welfare.domain.area.AreaCode;
import nl.welfare.domain.time.ActiveSpan;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violation;
import nl.welfare.domain.value.Violations;
import org.immutables.value.Value;

/**
 * A provision (voorziening) offered in an area from a date, until an optional end date: individual (tailored, by
 * referral) or collective (open to all). One row of the {@code provisions} file. Both dates are inclusive. "A much
 * broader offer of collective provisions" is a count of the collective provisions {@link #isActiveIn active in} a
 * period.
 *
 * <pre>{@code
 * Provision transport = Provision.builder()
 *         .id(ProvisionId.of("speciaal-vervoer-oost"))
 *         .name("Special transport Oost")
 *         .kind(ProvisionKind.COLLECTIVE)
 *         .area(AreaCode.of("WK015303"))
 *         .started(LocalDate.of(2018, 9, 1))
 *         .build();
 * transport.isActiveIn(ReportingPeriod.year(2018)); // true
 * }</pre>
 */
@Value.Immutable
public abstract class Provision implements ActiveSpan {

    /** Rule: the provision ends before it starts. */
    public static final Rule END_BEFORE_START = Rule.of("provision.end-before-start", "must not end before it starts");

    /** Rule: the name is empty or only white space. */
    public static final Rule BLANK_NAME = Rule.of("provision.blank-name", "must not be blank");

    Provision() {}

    /** The provision's identifier. */
    public abstract ProvisionId id();

    /** The provision's name, as its area knows it. */
    public abstract String name();

    /** Individual or collective. */
    public abstract ProvisionKind kind();

    /** The CBS code of the area it is offered in. */
    public abstract AreaCode area();

    /** The first day it is offered. */
    @Override
    public abstract LocalDate started();

    /** The last day it is offered; empty while it runs on. */
    @Override
    public abstract Optional<LocalDate> ended();

    /** A builder that asks for id, name, kind, area and started in turn, then optionally ended. */
    public static ImmutableProvision.IdBuildStage builder() {
        return ImmutableProvision.builder();
    }

    /** The provision with these fields, or every rule they break (fields {@code name}, {@code ended}). */
    public static Validation<Seq<Violation>, Provision> validate(
            ProvisionId id,
            String name,
            ProvisionKind kind,
            AreaCode area,
            LocalDate started,
            Optional<LocalDate> ended) {
        return Violations.attempt(() -> builder()
                .id(id)
                .name(name)
                .kind(kind)
                .area(area)
                .started(started)
                .ended(ended)
                .build());
    }

    @Value.Check
    final void check() {
        Violations.of("provision")
                .check(!name().isBlank(), "name", BLANK_NAME, name())
                .check(
                        ActiveSpan.endsInOrder(started(), ended()),
                        "ended",
                        END_BEFORE_START,
                        ended().map(LocalDate::toString).orElse(""))
                .throwIfAny();
    }
}
