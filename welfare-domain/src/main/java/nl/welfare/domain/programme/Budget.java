package nl.welfare.domain.programme;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import nl.welfare.domain.time.ReportingPeriod;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violation;
import nl.welfare.domain.value.Violations;
import org.immutables.value.Value;

/**
 * The money a programme may spend in a borough in a year (budget, inkoop): support is bought per borough. Amounts are
 * in euros, never negative, with at most two decimals (cents); every amount is kept with exactly two decimals, so
 * that {@code 1000} and {@code 1000.00} make equal budgets and print the same.
 *
 * <pre>{@code
 * Budget b = Budget.of(ProgrammeId.of("oost"), "OOST", Year.of(2019), new BigDecimal("250000"));
 * b.amount();                                  // 250000.00
 * Budget.validate(ProgrammeId.of("oost"), "OOST", Year.of(2019), new BigDecimal("-1")); // Invalid(budget.negative)
 * }</pre>
 */
@Value.Immutable
public abstract class Budget {

    /** Rule: the amount is below zero. */
    public static final Rule NEGATIVE = Rule.of("budget.negative", "must not be negative");

    /** Rule: the amount has more than two decimals. */
    public static final Rule PRECISION = Rule.of("budget.precision", "must have at most two decimals (whole cents)");

    /** Rule: the borough's group code is malformed. */
    public static final Rule BOROUGH_FORMAT = Rule.of(
            "budget.borough-format",
            "must be a group code of 1 to 64 letters, digits, '.', '_', ':' or '-', starting with a letter or digit");

    /** Rule, checked by {@link #validateAgainst(AreaProgramme)}: the budget belongs to another programme. */
    public static final Rule OTHER_PROGRAMME =
            Rule.of("budget.other-programme", "must be the id of the programme checked against");

    /** Rule, checked by {@link #validateAgainst(AreaProgramme)}: the budget's borough is not the programme's. */
    public static final Rule OTHER_BOROUGH = Rule.of("budget.other-borough", "must be the programme's borough");

    /** Rule, checked by {@link #validateAgainst(AreaProgramme)}: the year shares no day with the programme's period. */
    public static final Rule OUTSIDE_PROGRAMME_PERIOD =
            Rule.of("budget.outside-programme-period", "must be a year the programme runs in");

    /** The number of decimals every amount is kept with. */
    public static final int SCALE = 2;

    Budget() {}

    /** The programme the money is for. */
    public abstract ProgrammeId programme();

    /** The group code of the borough the money is spent in ({@code OOST}). */
    public abstract String borough();

    /** The calendar year the money is for. */
    public abstract Year year();

    /** The amount in euros, at least zero, with exactly {@link #SCALE} decimals. */
    public abstract BigDecimal amount();

    /** The budget of {@code amount} euros for {@code programme} in {@code borough} in {@code year}. */
    public static Budget of(ProgrammeId programme, String borough, Year year, BigDecimal amount) {
        return builder()
                .programme(programme)
                .borough(borough)
                .year(year)
                .amount(amount)
                .build();
    }

    /** A staged builder: {@code programme}, {@code borough}, {@code year}, {@code amount}. */
    public static ImmutableBudget.ProgrammeBuildStage builder() {
        return ImmutableBudget.builder();
    }

    /** The budget, or every rule its input breaks. */
    public static Validation<Seq<Violation>, Budget> validate(
            ProgrammeId programme, String borough, Year year, BigDecimal amount) {
        return Violations.attempt(() -> of(programme, borough, year, amount));
    }

    /** Checks the rules, then keeps the amount with exactly two decimals. */
    @Value.Check
    final Budget check() {
        Violations.of("budget")
                .check(Checks.isGroupCode(borough()), "borough", BOROUGH_FORMAT, borough())
                .check(amount().signum() >= 0, "amount", NEGATIVE, amount().toPlainString())
                .check(amount().stripTrailingZeros().scale() <= SCALE, "amount", PRECISION, amount().toPlainString())
                .throwIfAny();
        return amount().scale() == SCALE
                ? this
                : ImmutableBudget.copyOf(this).withAmount(amount().setScale(SCALE, RoundingMode.UNNECESSARY));
    }

    /**
     * This budget, or every rule it breaks against {@code programme}: {@link #OTHER_PROGRAMME}, {@link #OTHER_BOROUGH},
     * {@link #OUTSIDE_PROGRAMME_PERIOD}.
     */
    public Validation<Seq<Violation>, Budget> validateAgainst(AreaProgramme programme) {
        ReportingPeriod runs = programme.period();
        boolean inPeriod = year().getValue() >= runs.start().getYear()
                && year().getValue() <= runs.end().getYear();
        return Violations.of("budget")
                .check(programme().equals(programme.id()), "programme_id", OTHER_PROGRAMME, programme())
                .check(borough().equals(programme.borough()), "borough", OTHER_BOROUGH, borough())
                .check(inPeriod, "year", OUTSIDE_PROGRAMME_PERIOD, year())
                .toValidation(() -> this);
    }
}
