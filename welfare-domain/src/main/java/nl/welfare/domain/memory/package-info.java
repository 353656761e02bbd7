/**
 * In-memory implementations of the ports: for tests, examples and small embedded uses. Each passes the contract tests of {@code welfare-testkit}.
 */
@NullMarked
@WelfareStyle
package nl.welfare.domain.memory;

import nl.welfare.domain.value.WelfareStyle;
import org.jspecify.annotations.NullMarked;
