/**
 * Contract tests (contracttests): interfaces with default JUnit Jupiter {@code @Test} methods, one per port of
 * {@code nl.welfare.domain.spi}. An implementation's test class implements the contract and supplies a fresh, empty
 * store; JUnit runs every default method against it.
 *
 * <p>The tests are properties: they run on data from the generators of {@code nl.welfare.testkit.generators}, which
 * they were not written for, and call {@code newStore()} once for every example, so a store must be cheap to make and
 * must share nothing with the stores made before it. Each checks a port's documented promises: an empty store holds
 * nothing; a saved value is found by its id and equals what was saved; a second save with the same id replaces it;
 * lists hold each value once in the documented order; every query equals the naive filter by the domain's own
 * predicate; a refused write returns exactly the expected rules and leaves the store as it was.
 *
 * <pre>{@code
 * class InMemoryInitiativesTest implements InitiativesContract {
 *     public Initiatives newStore() { return InMemoryStores.initiatives(); }
 * }
 * }</pre>
 */
@NullMarked
package nl.welfare.testkit.contracts;

import org.jspecify.annotations.NullMarked;
