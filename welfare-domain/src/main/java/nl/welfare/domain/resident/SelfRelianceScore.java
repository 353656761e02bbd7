package nl.welfare.domain.resident;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violation;
import nl.welfare.domain.value.Violations;

/**
 * A score of the self-reliance matrix (zelfredzaamheidsmatrix, ZRM) for one domain, 1 to 5, from acute problems to
 * fully self-reliant. Scores 4 and 5 count as sufficiently self-reliant ({@link #isSufficient()}).
 *
 * <pre>{@code
 * SelfRelianceScore.of(4).isSufficient();  // true: SUFFICIENT
 * SelfRelianceScore.LIMITED.description(); // "limited self-reliance"
 * SelfRelianceScore.validate(0);           // Invalid(self-reliance-score.range)
 * }</pre>
 */
public enum SelfRelianceScore {
    /** 1, acute problematiek: acute problems that need immediate help. */
    ACUTE_PROBLEMS("acute problems"),
    /** 2, niet zelfredzaam: not self-reliant, the problems persist without help. */
    NOT_SELF_RELIANT("not self-reliant"),
    /** 3, beperkt zelfredzaam: limited self-reliance, managing with difficulty or with help. */
    LIMITED("limited self-reliance"),
    /** 4, voldoende zelfredzaam: sufficiently self-reliant. */
    SUFFICIENT("sufficiently self-reliant"),
    /** 5, volledig zelfredzaam: fully self-reliant. */
    FULLY_SELF_RELIANT("fully self-reliant");

    /** Rule: the number is not a score of the matrix. */
    public static final Rule IN_RANGE = Rule.of("self-reliance-score.range", "must be between 1 and 5");

    private final String description;

    SelfRelianceScore(String description) {
        this.description = description;
    }

    /** The score's number, 1 to 5, as the {@code score} column writes it. */
    public int number() {
        return ordinal() + 1;
    }

    /** What the score means, in English: {@code "limited self-reliance"}. */
    public String description() {
        return description;
    }

    /** Whether the score is sufficient or full self-reliance (4 or 5: "voldoende" or "volledig zelfredzaam"). */
    public boolean isSufficient() {
        return number() >= SUFFICIENT.number();
    }

    /** The score numbered {@code number}; throws {@link nl.welfare.domain.value.InvalidValueException} if not 1-5. */
    public static SelfRelianceScore of(int number) {
        Violations.of("self-reliance score").addAll(violations(number)).throwIfAny();
        return values()[number - 1];
    }

    /** The score numbered {@code number}, or the violation of {@link #IN_RANGE} in field {@code score}. */
    public static Validation<Seq<Violation>, SelfRelianceScore> validate(int number) {
        Seq<Violation> found = violations(number);
        return found.isEmpty() ? Validation.valid(values()[number - 1]) : Validation.invalid(found);
    }

    private static Seq<Violation> violations(int number) {
        return number >= 1 && number <= values().length
                ? List.empty()
                : List.of(Violation.of("score", IN_RANGE, number));
    }
}
