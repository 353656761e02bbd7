/**
 * The {@code welfare} command line (opdrachtregel): {@link nl.welfare.examples.cli.Welfare} is the entry point, one
 * picocli command per subcommand of docs/command-line.md.
 */
@NullMarked
@WelfareStyle
package nl.welfare.examples.cli;

import nl.welfare.domain.value.WelfareStyle;
import org.jspecify.annotations.NullMarked;
