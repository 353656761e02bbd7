/**
 * What the readers and writers of this module share and no caller outside it sees (the module does not export this
 * package): CSV input with FastCSV, JSON read into a tree that knows the place of every value, the collection of
 * faults, and the step of writing that may fail.
 */
@NullMarked
@WelfareStyle
package nl.welfare.adapters.files.internal.io;

import nl.welfare.domain.value.WelfareStyle;
import org.jspecify.annotations.NullMarked;
