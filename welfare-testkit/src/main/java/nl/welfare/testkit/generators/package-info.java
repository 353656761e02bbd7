/**
 * QuickTheories generators for every domain type, one class per business area, composed from smaller ones. For each
 * rule of the model there is a generator of {@link nl.welfare.testkit.generators.Breach} values that break exactly
 * that rule.
 *
 * <pre>{@code
 * qt().forAll(CommunityGenerators.initiatives()).checkAssert(i -> store.add(i));
 * qt().forAll(CommunityGenerators.initiativeLinkBreaches()).checkAssert(Breach::assertBreaksExactlyItsRule);
 * }</pre>
 */
@NullMarked
package nl.welfare.testkit.generators;

import org.jspecify.annotations.NullMarked;
