/**
 * Surveys (burgerpeiling, veiligheidsmonitor): coded questions and respondents' weighted answers.
 */
@NullMarked
@WelfareStyle
package nl.welfare.domain.survey;

import nl.welfare.domain.value.WelfareStyle;
import org.jspecify.annotations.NullMarked;
