package nl.welfare.indicators.target;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import nl.welfare.domain.area.AreaCode;
import nl.welfare.domain.time.ReportingPeriod;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violation;
import nl.welfare.domain.value.Violations;
import nl.welfare.indicators.catalogue.IndicatorCatalogue;
import nl.welfare.indicators.definition.IndicatorId;
import org.immutables.value.Value;

/**
 * The targets of a computation (streefwaarden), at most one per indicator, scope and period, and the lookup of the
 * target that applies to one result.
 *
 * <p>Precedence: a target for the one area (or one group) of the result beats a target for every area of its level
 * (or every group of its grouping). Scopes for CBS areas and for groups never meet, and a target applies only to its
 * own period, so with at most one target per indicator, scope and period the lookup is never ambiguous.
 *
 * <pre>{@code
 * Targets targets = Targets.of(List.of(
 *         Target.of("resident-led-initiatives", TargetScope.level(AreaLevel.DISTRICT), year2022, 0.8),
 *         Target.of("resident-led-initiatives", TargetScope.area(AreaCode.of("WK015300")), year2022, 0.9)));
 * targets.lookup(IndicatorId.of("resident-led-initiatives"), AreaCode.of("WK015300"), year2022); // Some(0.9 target): its own
 * targets.lookup(IndicatorId.of("resident-led-initiatives"), AreaCode.of("WK015301"), year2022); // Some(0.8 target): its level's
 * targets.lookup(IndicatorId.of("resident-led-initiatives"), AreaCode.of("GM0153"), year2022);   // None
 * targets.lookup(IndicatorId.of("resident-led-initiatives"), "borough", "OOST", year2022);       // None
 * }</pre>
 */
@Value.Immutable
public abstract class Targets {

    /** Rule: two targets name the same indicator, scope and period; the violation names each such key once. */
    public static final Rule DUPLICATE =
            Rule.of("targets.duplicate", "must name each indicator, scope and period only once");

    Targets() {}

    /** The targets, in the order given. */
    public abstract List<Target> targets();

    /** No targets: every lookup is empty. */
    public static Targets empty() {
        return of(List.of());
    }

    /** The collection of {@code targets}; throws when two share an indicator, scope and period. */
    public static Targets of(Iterable<Target> targets) {
        return ImmutableTargets.builder().addAllTargets(targets).build();
    }

    /** The collection of {@code targets}, or a violation of {@link #DUPLICATE} per repeated key. */
    public static Validation<Seq<Violation>, Targets> validate(Iterable<Target> targets) {
        return Violations.attempt(() -> of(targets));
    }

    /**
     * The collection of {@code targets}, each checked against its indicator's definition in {@code catalogue} ({@link
     * Target#violations(IndicatorCatalogue)}: a target of a share lies between 0 and 1), or every rule they break; a
     * violation of one target names it by its place from 0 ({@code targets[2].target}).
     */
    public static Validation<Seq<Violation>, Targets> validate(Iterable<Target> targets, IndicatorCatalogue catalogue) {
        Seq<Violation> found = Vector.empty();
        int index = 0;
        for (Target t : targets) {
            String place = "targets[" + index++ + "].";
            found = found.appendAll(
                    t.violations(catalogue).map(v -> Violation.of(place + v.field(), v.rule(), v.rejectedValue())));
        }
        Validation<Seq<Violation>, Targets> collection = validate(targets);
        if (found.isEmpty()) {
            return collection;
        }
        return Validation.invalid(collection.isInvalid() ? found.appendAll(collection.getError()) : found);
    }

    /**
     * The target of {@code indicator} for the CBS area {@code area} (at its own level) over {@code period}: the one for
     * {@code area} itself if there is one, else the one for every area of {@code area.level()}, else none.
     */
    public Option<Target> lookup(IndicatorId indicator, AreaCode area, ReportingPeriod period) {
        return lookup(indicator, period, t -> t.appliesTo(area, period));
    }

    /**
     * The target of {@code indicator} for the group {@code groupCode} of the grouping {@code grouping} over {@code
     * period}: the one for that group if there is one, else the one for every group of {@code grouping}, else none.
     */
    public Option<Target> lookup(IndicatorId indicator, String grouping, String groupCode, ReportingPeriod period) {
        return lookup(indicator, period, t -> t.appliesTo(grouping, groupCode, period));
    }

    /** The targets of {@code indicator}, in the order given. */
    public Seq<Target> forIndicator(IndicatorId indicator) {
        return Vector.ofAll(byIndicator().getOrDefault(indicator, List.of()));
    }

    /** Whether there are no targets. */
    public boolean isEmpty() {
        return targets().isEmpty();
    }

    private Option<Target> lookup(IndicatorId indicator, ReportingPeriod period, Predicate<Target> applies) {
        Seq<Target> candidates = forIndicator(indicator).filter(applies);
        return candidates.find(t -> t.scope().isSingle()).orElse(() -> candidates.headOption());
    }

    @Value.Lazy
    Map<IndicatorId, List<Target>> byIndicator() {
        Map<IndicatorId, List<Target>> index = new HashMap<>();
        targets()
                .forEach(t -> index.computeIfAbsent(t.indicator(), k -> new ArrayList<>())
                        .add(t));
        return index;
    }

    @Value.Check
    final void check() {
        Set<List<Object>> keys = new HashSet<>();
        Set<String> duplicates = new LinkedHashSet<>();
        for (Target t : targets()) {
            if (!keys.add(List.of(t.indicator(), t.scope(), t.period()))) {
                duplicates.add(key(t));
            }
        }
        Violations found = Violations.of("targets");
        duplicates.forEach(d -> found.check(false, "indicator", DUPLICATE, d));
        found.throwIfAny();
    }

    private static String key(Target t) {
        return t.indicator() + " " + t.scope() + " " + t.period();
    }
}
