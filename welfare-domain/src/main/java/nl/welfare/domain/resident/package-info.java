/**
 * Residents (bewoners) as pseudonymous ids, the cohorts they belong to, and their assessments: the participation
 * ladder (participatieladder) and the self-reliance matrix (zelfredzaamheidsmatrix, ZRM).
 */
@NullMarked
@WelfareStyle
package nl.welfare.domain.resident;

import nl.welfare.domain.value.WelfareStyle;
import org.jspecify.annotations.NullMarked;
