package nl.welfare.domain.community;

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
 * A residents' or professionals' initiative in an area (bewonersinitiatief): who leads it, when it started and, if
 * it has, when it ended. One row of the data package's {@code initiatives} resource.
 *
 * <pre>{@code
 * Initiative beien = Initiative.builder()
 *         .id(InitiativeId.of("beien"))
 *         .name("Beien")
 *         .area(AreaCode.of("BU01530100"))
 *         .lead(InitiativeLead.RESIDENTS)
 *         .started(LocalDate.of(2015, 4, 1))
 *         .theme("meeting neighbours")
 *         .build();
 * beien.isActiveIn(ReportingPeriod.year(2018)); // true
 * }</pre>
 *
 * <p>An initiative is active in a period when it started on or before the period's last day and has no end or ended
 * on or after its first day (both dates count as days it was active).
 */
@Value.Immutable
public abstract class Initiative implements ActiveSpan {

    /** Rule: the initiative ends before it starts. */
    public static final Rule END_BEFORE_START = Rule.of("initiative.end-before-start", "must not end before it starts");

    /** Rule: the initiative has no name. */
    public static final Rule NAME_BLANK = Rule.of("initiative.name-blank", "must not be blank");

    Initiative() {}

    /** The initiative's id ({@code id}). */
    public abstract InitiativeId id();

    /** The initiative's public name, such as {@code "Buren voor Buren"} ({@code name}). */
    public abstract String name();

    /** The area the initiative works in, usually a neighbourhood ({@code area_code}). */
    public abstract AreaCode area();

    /** Who leads the initiative ({@code lead}). */
    public abstract InitiativeLead lead();

    /** The first day of the initiative ({@code started}). */
    @Override
    public abstract LocalDate started();

    /** The last day of the initiative; empty while it runs ({@code ended}). */
    @Override
    public abstract Optional<LocalDate> ended();

    /** What the initiative is about, such as {@code "playgrounds"} ({@code theme}). */
    public abstract Optional<String> theme();

    /** A staged builder: id, name, area, lead and started, then optionally ended and theme. */
    public static ImmutableInitiative.IdBuildStage builder() {
        return ImmutableInitiative.builder();
    }

    /** The initiative with these fields, or every rule they break. */
    public static Validation<Seq<Violation>, Initiative> validate(
            InitiativeId id,
            String name,
            AreaCode area,
            InitiativeLead lead,
            LocalDate started,
            Optional<LocalDate> ended,
            Optional<String> theme) {
        return Violations.attempt(() -> builder()
                .id(id)
                .name(name)
                .area(area)
                .lead(lead)
                .started(started)
                .ended(ended)
                .theme(theme)
                .build());
    }

    @Value.Check
    final void check() {
        Violations.of("initiative")
                .check(!name().isBlank(), "name", NAME_BLANK, name())
                .check(
                        ActiveSpan.endsInOrder(started(), ended()),
                        "ended",
                        END_BEFORE_START,
                        ended().map(LocalDate::toString).orElse(""))
                .throwIfAny();
    }

    /** Whether residents lead the initiative: what {@code resident-led-initiatives} counts. */
    public boolean isResidentLed() {
        return lead() == InitiativeLead.RESIDENTS;
    }
}
