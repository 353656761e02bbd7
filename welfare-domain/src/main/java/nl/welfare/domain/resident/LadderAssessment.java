package nl.welfare.domain.resident;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import nl.welfare.domain.value.Violation;
import org.immutables.value.Value;

/**
 * A resident placed on a rung of the participation ladder (participatieladder) on a date: one row of the
 * {@code ladder_assessments} file. Residents are assessed at least twice to show movement: the indicator
 * {@code participation-ladder-progress} compares each resident's first and last assessment in a period.
 *
 * <pre>{@code
 * LadderAssessment first = LadderAssessment.of(r, LocalDate.of(2019, 3, 1), ParticipationRung.ISOLATED);
 * LadderAssessment last = LadderAssessment.validate(r, LocalDate.of(2019, 11, 1), 3).get();
 * last.rung().isHigherThan(first.rung()); // true
 * LadderAssessment.validate(r, LocalDate.of(2019, 11, 1), 0); // Invalid(participation-rung.range, field rung)
 * }</pre>
 */
@Value.Immutable
public abstract class LadderAssessment {

    LadderAssessment() {}

    /** The resident assessed. */
    public abstract ResidentId resident();

    /** The day of the assessment. */
    public abstract LocalDate date();

    /** The rung the resident was placed on. */
    public abstract ParticipationRung rung();

    /** A builder that asks for resident, date and rung in turn. */
    public static ImmutableLadderAssessment.ResidentBuildStage builder() {
        return ImmutableLadderAssessment.builder();
    }

    /** The assessment of {@code resident} on {@code date} at {@code rung}. */
    public static LadderAssessment of(ResidentId resident, LocalDate date, ParticipationRung rung) {
        return builder().resident(resident).date(date).rung(rung).build();
    }

    /**
     * The assessment of {@code resident} on {@code date} at the rung numbered {@code rung}, or the violation of
     * {@link ParticipationRung#IN_RANGE} in field {@code rung}.
     */
    public static Validation<Seq<Violation>, LadderAssessment> validate(ResidentId resident, LocalDate date, int rung) {
        return ParticipationRung.validate(rung).map(r -> of(resident, date, r));
    }

    /** Whether this assessment places its resident higher than {@code other} does (typically an earlier one). */
    public boolean isHigherThan(LadderAssessment other) {
        return rung().isHigherThan(other.rung());
    }
}
