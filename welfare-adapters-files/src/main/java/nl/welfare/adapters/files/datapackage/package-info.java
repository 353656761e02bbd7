/**
 * The open welfare data package (Frictionless Data Package): streaming read into a dataset with every fault named by file, line, column and rule, and writing a dataset back.
 */
@NullMarked
@WelfareStyle
package nl.welfare.adapters.files.datapackage;

import nl.welfare.domain.value.WelfareStyle;
import org.jspecify.annotations.NullMarked;
