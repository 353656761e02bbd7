/**
 * The HTML report of a results table (issue 13): one self-contained file with an overview per goal, charts per
 * indicator (Apache ECharts, inlined from its WebJar), the values with suppressed cells marked, the definitions and the
 * provenance, in Dutch or English.
 */
@NullMarked
@WelfareStyle
package nl.welfare.examples.report;

import nl.welfare.domain.value.WelfareStyle;
import org.jspecify.annotations.NullMarked;
