package nl.welfare.indicators.catalogue;

import io.vavr.collection.HashSet;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violation;
import nl.welfare.domain.value.Violations;
import nl.welfare.indicators.definition.IndicatorDefinition;
import nl.welfare.indicators.definition.IndicatorId;
import nl.welfare.indicators.definition.IndicatorKind;
import nl.welfare.indicators.definition.Polarity;
import org.immutables.value.Value;

/**
 * A set of indicator definitions that may refer to each other (indicatorenset): ids are unique, and every base of a
 * threshold share or change is in the catalogue, with no cycle. The rules that need more than one definition live
 * here; each definition checks its own.
 *
 * <pre>{@code
 * IndicatorCatalogue mine = IndicatorCatalogue.validate(
 *         ReferenceCatalogue.all().append(safetyChange)).get();
 * mine.byId(IndicatorId.of("feels-safe-change"));   // Some(...)
 * mine.dependencyOrder();                           // feels-safe before feels-safe-change
 * mine.requiresPopulation(IndicatorId.of("individual-support-per-1000")); // true
 * }</pre>
 */
@Value.Immutable
public abstract class IndicatorCatalogue {

    /** Rule: two definitions share an id. */
    public static final Rule DUPLICATE_ID =
            Rule.of("indicator-catalogue.duplicate-id", "must be unique within the catalogue");

    /** Rule: a threshold share or change names a base that is not in the catalogue. */
    public static final Rule UNKNOWN_BASE =
            Rule.of("indicator-catalogue.unknown-base", "must name an indicator of the catalogue");

    /** Rule: definitions are each other's bases, directly or through others. */
    public static final Rule CYCLE = Rule.of("indicator-catalogue.cycle", "must not lead back to itself through bases");

    /** Rule: a threshold share over an indicator of neutral polarity, which has no good side to achieve. */
    public static final Rule THRESHOLD_OF_NEUTRAL = Rule.of(
            "indicator-catalogue.threshold-of-neutral",
            "must name a base whose polarity is higher_is_better or lower_is_better");

    IndicatorCatalogue() {}

    /** The definitions, in the order given. */
    public abstract java.util.List<IndicatorDefinition> definitions();

    /** The catalogue of {@code definitions}; throws {@link nl.welfare.domain.value.InvalidValueException} if invalid. */
    public static IndicatorCatalogue of(Iterable<? extends IndicatorDefinition> definitions) {
        return ImmutableIndicatorCatalogue.builder()
                .addAllDefinitions(definitions)
                .build();
    }

    /** The catalogue of {@code definitions}, or every rule they break together. */
    public static Validation<Seq<Violation>, IndicatorCatalogue> validate(
            Iterable<? extends IndicatorDefinition> definitions) {
        return Violations.attempt(() -> of(definitions));
    }

    @Value.Check
    final void check() {
        Violations found = Violations.of("indicator catalogue");
        Set<IndicatorId> seen = HashSet.empty();
        for (IndicatorDefinition d : definitions()) {
            found.check(!seen.contains(d.id()), "id", DUPLICATE_ID, d.id());
            seen = seen.add(d.id());
        }
        Map<IndicatorId, IndicatorDefinition> byId = index();
        for (IndicatorDefinition d : definitions()) {
            for (IndicatorId base : d.measure().base()) {
                Option<IndicatorDefinition> target = byId.get(base);
                found.check(target.isDefined(), "base", UNKNOWN_BASE, d.id() + " -> " + base);
                found.check(
                        d.kind() != IndicatorKind.THRESHOLD_SHARE
                                || target.forAll(t -> t.polarity() != Polarity.NEUTRAL),
                        "base",
                        THRESHOLD_OF_NEUTRAL,
                        d.id() + " -> " + base);
            }
            found.check(!leadsBackTo(d.id(), d, byId, 0), "base", CYCLE, d.id());
        }
        found.throwIfAny();
    }

    private static boolean leadsBackTo(
            IndicatorId start, IndicatorDefinition at, Map<IndicatorId, IndicatorDefinition> byId, int depth) {
        if (depth > byId.size()) {
            return false;
        }
        for (IndicatorId base : at.measure().base()) {
            if (base.equals(start)) {
                return true;
            }
            Option<IndicatorDefinition> next = byId.get(base);
            if (next.isDefined() && leadsBackTo(start, next.get(), byId, depth + 1)) {
                return true;
            }
        }
        return false;
    }

    private Map<IndicatorId, IndicatorDefinition> index() {
        Map<IndicatorId, IndicatorDefinition> byId = LinkedHashMap.empty();
        for (IndicatorDefinition d : definitions()) {
            byId = byId.containsKey(d.id()) ? byId : byId.put(d.id(), d);
        }
        return byId;
    }

    /** Every definition, in the order given. */
    public Seq<IndicatorDefinition> all() {
        return List.ofAll(definitions());
    }

    /** The definition with {@code id}, if the catalogue has one. */
    public Option<IndicatorDefinition> byId(IndicatorId id) {
        return all().find(d -> d.id().equals(id));
    }

    /**
     * Whether computing {@code id} needs the population of the areas: it is a rate, or a threshold share or change of
     * one (through any number of bases). False for an id not in the catalogue.
     */
    public boolean requiresPopulation(IndicatorId id) {
        Option<IndicatorDefinition> d = byId(id);
        return d.isDefined()
                && (d.get().requiresPopulation() || d.get().measure().base().exists(this::requiresPopulation));
    }

    /** Every definition, each after the bases it is computed from, otherwise in the order given. */
    public Seq<IndicatorDefinition> dependencyOrder() {
        return withBases(definitions());
    }

    /**
     * {@code chosen} with the definitions of this catalogue they are computed from (through any number of bases), each
     * after its bases, otherwise in the order given: what an evaluation of {@code chosen} needs.
     */
    public Seq<IndicatorDefinition> withBases(Iterable<IndicatorDefinition> chosen) {
        List<IndicatorDefinition> ordered = List.empty();
        for (IndicatorDefinition d : chosen) {
            ordered = placed(d, ordered);
        }
        return ordered;
    }

    private List<IndicatorDefinition> placed(IndicatorDefinition d, List<IndicatorDefinition> ordered) {
        if (ordered.contains(d)) {
            return ordered;
        }
        List<IndicatorDefinition> withBases = ordered;
        for (IndicatorId base : d.measure().base()) {
            for (IndicatorDefinition b : byId(base)) {
                withBases = placed(b, withBases);
            }
        }
        return withBases.append(d);
    }
}
