package nl.welfare.domain.resident;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violation;
import nl.welfare.domain.value.Violations;

/**
 * A rung of the participation ladder (participatieladder): how far a resident takes part in society, from 1 (isolated)
 * to 6 (paid work). A {@link LadderAssessment} places a resident on a rung on a date; moving up between two
 * assessments is progress ({@link #isHigherThan(ParticipationRung)}).
 *
 * <pre>{@code
 * ParticipationRung rung = ParticipationRung.of(4);   // UNPAID_WORK
 * rung.description();                                 // "unpaid work, such as volunteering"
 * rung.isHigherThan(ParticipationRung.ISOLATED);      // true
 * ParticipationRung.validate(7);                      // Invalid(participation-rung.range)
 * }</pre>
 */
public enum ParticipationRung {
    /** 1, geïsoleerd: no social contacts outside the home. */
    ISOLATED("isolated: no social contacts outside the home"),
    /** 2, sociale contacten buiten de deur: social contacts outside the home, but no organised activities. */
    SOCIAL_CONTACTS_OUTSIDE_HOME("social contacts outside the home"),
    /** 3, deelname georganiseerde activiteiten: taking part in organised activities (a club, a course, a group). */
    ORGANISED_ACTIVITIES("taking part in organised activities"),
    /** 4, onbetaald werk: unpaid work, such as volunteering (vrijwilligerswerk) or a work placement. */
    UNPAID_WORK("unpaid work, such as volunteering"),
    /** 5, betaald werk met ondersteuning: paid work with support, such as a job coach or a wage subsidy. */
    PAID_WORK_WITH_SUPPORT("paid work with support"),
    /** 6, betaald werk: paid work without support. */
    PAID_WORK("paid work");

    /** Rule: the number is not a rung of the ladder. */
    public static final Rule IN_RANGE = Rule.of("participation-rung.range", "must be between 1 and 6");

    private final String description;

    ParticipationRung(String description) {
        this.description = description;
    }

    /** The rung's number on the ladder, 1 to 6, as the {@code rung} column writes it. */
    public int number() {
        return ordinal() + 1;
    }

    /** What the rung means, in English: {@code "paid work with support"}. */
    public String description() {
        return description;
    }

    /** Whether this rung lies above {@code other} on the ladder. */
    public boolean isHigherThan(ParticipationRung other) {
        return number() > other.number();
    }

    /** The rung numbered {@code number}; throws {@link nl.welfare.domain.value.InvalidValueException} if not 1-6. */
    public static ParticipationRung of(int number) {
        Violations.of("participation rung").addAll(violations(number)).throwIfAny();
        return values()[number - 1];
    }

    /** The rung numbered {@code number}, or the violation of {@link #IN_RANGE} in field {@code rung}. */
    public static Validation<Seq<Violation>, ParticipationRung> validate(int number) {
        Seq<Violation> found = violations(number);
        return found.isEmpty() ? Validation.valid(values()[number - 1]) : Validation.invalid(found);
    }

    private static Seq<Violation> violations(int number) {
        return number >= 1 && number <= values().length
                ? List.empty()
                : List.of(Violation.of("rung", IN_RANGE, number));
    }
}
