/**
 * Contract tests: interfaces with default JUnit Jupiter {@code @Test} methods, one per port of
 * {@code nl.welfare.domain.spi}. An implementation's test class implements the contract and supplies a fresh, empty
 * store; JUnit runs every default method against it.
 *
 * <pre>{@code
 * class InMemoryInitiativesTest implements InitiativesContract {
 *     public Initiatives newStore() { return new InMemoryInitiatives(); }
 * }
 * }</pre>
 */
@NullMarked
package nl.welfare.testkit.contracts;

import org.jspecify.annotations.NullMarked;
