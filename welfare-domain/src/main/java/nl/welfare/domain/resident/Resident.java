package nl.welfare.domain.resident;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.Year;
import java.util.Optional;
import nl.welfare.domain.area.AreaCode;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violation;
import nl.welfare.domain.value.Violations;
import org.immutables.value.Value;

/**
 * A resident (bewoner) as the model knows them: a pseudonymous {@link ResidentId}, the area they live in (usually a
 * neighbourhood) and, at most, a birth year.
 *
 * <p>Privacy by design: there is deliberately no field for a name, an address, a date of birth or a national id
 * (BSN), and none may be added. What the indicators need (counting distinct residents per area and following them
 * over time) works on the pseudonym alone; a birth year is the coarsest age that still allows age groups.
 *
 * <pre>{@code
 * Resident r = Resident.builder()
 *         .id(ResidentId.of("r-7f3a9c"))
 *         .area(AreaCode.of("BU01530000"))
 *         .birthYear(Year.of(1968))
 *         .build();
 * Resident.validate(r.id(), r.area(), Optional.of(Year.of(1850))); // Invalid(resident.birth-year-range)
 * }</pre>
 *
 * <p>The birth year is checked against a fixed range ({@link #EARLIEST_BIRTH_YEAR} to {@link #LATEST_BIRTH_YEAR}),
 * not against today's date: a value must validate the same on every day, and a dataset may be synthetic or dated in
 * the future. A birth year after the dates of a resident's facts is for the importer to notice.
 */
@Value.Immutable
public abstract class Resident {

    /** The earliest birth year accepted. */
    public static final int EARLIEST_BIRTH_YEAR = 1900;

    /** The latest birth year accepted. */
    public static final int LATEST_BIRTH_YEAR = 2100;

    /** Rule: the birth year lies outside {@link #EARLIEST_BIRTH_YEAR} to {@link #LATEST_BIRTH_YEAR}. */
    public static final Rule BIRTH_YEAR_RANGE = Rule.of(
            "resident.birth-year-range", "must lie in the years " + EARLIEST_BIRTH_YEAR + " to " + LATEST_BIRTH_YEAR);

    Resident() {}

    /** The resident's pseudonym. */
    public abstract ResidentId id();

    /** The CBS code of the area the resident lives in, usually a neighbourhood. */
    public abstract AreaCode area();

    /** The year the resident was born, if known. */
    public abstract Optional<Year> birthYear();

    /** A builder that asks for the id, then the area, then optionally the birth year. */
    public static ImmutableResident.IdBuildStage builder() {
        return ImmutableResident.builder();
    }

    /** A resident without a known birth year. */
    public static Resident of(ResidentId id, AreaCode area) {
        return builder().id(id).area(area).build();
    }

    /** The resident with these fields, or every rule they break (field {@code birth_year}). */
    public static Validation<Seq<Violation>, Resident> validate(
            ResidentId id, AreaCode area, Optional<Year> birthYear) {
        return Violations.attempt(
                () -> builder().id(id).area(area).birthYear(birthYear).build());
    }

    @Value.Check
    final void check() {
        Violations.of("resident")
                .check(
                        birthYear().map(Resident::isPlausibleBirthYear).orElse(true),
                        "birth_year",
                        BIRTH_YEAR_RANGE,
                        birthYear().map(Year::toString).orElse(""))
                .throwIfAny();
    }

    private static boolean isPlausibleBirthYear(Year year) {
        return year.getValue() >= EARLIEST_BIRTH_YEAR && year.getValue() <= LATEST_BIRTH_YEAR;
    }
}
