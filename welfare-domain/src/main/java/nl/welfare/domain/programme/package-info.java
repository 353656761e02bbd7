/**
 * Programmes: municipal policies (beleid) and their goals, organisations and alliances, the commission (opdracht) of a
 * contractor, and what it does in each area: its programme, bottlenecks (knelpunten), budget and meetings.
 *
 * <p>How areas are named here:
 *
 * <ul>
 *   <li>A {@link nl.welfare.domain.programme.Commission} lies in CBS areas ({@code areas}, at least one, usually the
 *       municipality) and may be limited to boroughs ({@code boroughs}), given by their group codes.
 *   <li>An {@link nl.welfare.domain.programme.AreaProgramme}, its {@link nl.welfare.domain.programme.Bottleneck}s and
 *       its {@link nl.welfare.domain.programme.Budget}s name a borough by its group code ({@code OOST}, the
 *       {@code group_code} of grouping {@code borough} in {@code area_groupings}), because the borough is the unit the
 *       sources plan, buy and report in. A group code has the shared identifier format.
 *   <li>A {@link nl.welfare.domain.programme.Meeting} names a CBS area ({@code GM0153}, a district, a neighbourhood).
 * </ul>
 *
 * <p>Rules between objects are offered as {@code validateAgainst(...)} methods that return a {@code Validation}:
 * {@code commission.validateAgainst(policy)}, {@code programme.validateAgainst(commission)},
 * {@code budget.validateAgainst(programme)}.
 */
@NullMarked
@WelfareStyle
package nl.welfare.domain.programme;

import nl.welfare.domain.value.WelfareStyle;
import org.jspecify.annotations.NullMarked;
