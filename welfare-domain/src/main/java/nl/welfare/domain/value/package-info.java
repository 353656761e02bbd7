/**
 * The building blocks every value of the model is made of: the project's Immutables style ({@link
 * nl.welfare.domain.value.WelfareStyle}), identifier wrappers ({@link nl.welfare.domain.value.Identifier}) and the
 * vocabulary of validation ({@link nl.welfare.domain.value.Rule}, {@link nl.welfare.domain.value.Violation},
 * {@link nl.welfare.domain.value.Violations}).
 *
 * <p>Input from outside is checked with a {@code validate(...)} or {@code parse(...)} method that returns a Vavr
 * {@code Validation<Seq<Violation>, T>} listing every broken rule at once. The same rules are the value's own
 * invariants: a builder that is given values breaking one throws {@link nl.welfare.domain.value.InvalidValueException}
 * carrying the same violations, so no invalid value can exist.
 */
@NullMarked
@WelfareStyle
package nl.welfare.domain.value;

import org.jspecify.annotations.NullMarked;
