package nl.welfare.adapters.files.json;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.HashSet;
import java.util.Set;
import nl.welfare.adapters.files.internal.io.FaultLog;
import nl.welfare.adapters.files.internal.io.Node;
import nl.welfare.domain.area.AreaCode;
import nl.welfare.domain.area.AreaLevel;
import nl.welfare.domain.time.ReportingPeriod;
import nl.welfare.domain.value.InvalidValueException;
import nl.welfare.domain.value.Violation;
import nl.welfare.indicators.catalogue.IndicatorCatalogue;
import nl.welfare.indicators.definition.IndicatorId;
import nl.welfare.indicators.target.Target;
import nl.welfare.indicators.target.TargetScope;
import nl.welfare.indicators.target.Targets;

/**
 * Turns the {@link Node}s of a targets file into {@link Target}s, reporting every fault at the place of its value;
 * two targets with the same indicator, scope and period are a fault of the later one ({@link Targets#DUPLICATE}). Read
 * against a catalogue, a target's value must also fit its indicator ({@link Target#violations}: a share's lies between
 * 0 and 1).
 */
final class TargetsReader {

    private final FaultLog faults;
    private final Option<IndicatorCatalogue> catalogue;

    TargetsReader(FaultLog faults, Option<IndicatorCatalogue> catalogue) {
        this.faults = faults;
        this.catalogue = catalogue;
    }

    /** The targets of a document: an array of them, or an object whose property {@code targets} is one. */
    Seq<Target> read(Node root) {
        Set<java.util.List<Object>> keys = new HashSet<>();
        List<Target> targets = List.empty();
        for (Lists.Element e : Lists.elements(faults, root, "targets")) {
            Option<Target> target;
            try {
                target = target(e.node(), e.path());
            } catch (InvalidValueException invalid) {
                faults.add(invalid.violations(), e.path(), e.node());
                target = Option.none();
            }
            for (Target t : target) {
                if (!keys.add(java.util.List.of(t.indicator(), t.scope(), t.period()))) {
                    faults.add(
                            Targets.DUPLICATE, e.path(), e.node(), t.indicator() + " " + t.scope() + " " + t.period());
                } else {
                    targets = targets.append(t);
                }
            }
        }
        return targets;
    }

    private Option<Target> target(Node node, String path) {
        return Fields.of(faults, node, path, "indicator", "area", "level", "grouping", "group", "period", "value")
                .flatMap(this::target);
    }

    private Option<Target> target(Fields f) {
        Option<Node> indicatorNode = f.required("indicator");
        Option<IndicatorId> indicator =
                indicatorNode.flatMap(n -> f.parsed(n, f.path("indicator"), IndicatorId::parse));
        indicator.forEach(id -> {
            if (catalogue.exists(c -> c.byId(id).isEmpty())) {
                faults.add(JsonRules.UNKNOWN_INDICATOR, f.path("indicator"), indicatorNode.get(), id.value());
            }
        });
        Option<TargetScope> scope = scope(f);
        Option<ReportingPeriod> period = f.required("period").flatMap(n -> period(n, f.path("period")));
        Option<Double> value = f.number("value");
        if (indicator.isEmpty() || scope.isEmpty() || period.isEmpty() || value.isEmpty()) {
            return Option.none();
        }
        Validation<Seq<Violation>, Target> target =
                Target.validate(indicator.get().value(), scope.get(), period.get(), value.get());
        Seq<Violation> broken = target.fold(
                violations -> violations, t -> catalogue.map(t::violations).getOrElse(List.empty()));
        if (!broken.isEmpty()) {
            Node at = f.optional("value").getOrElse(f.node());
            faults.add(broken, f.path("value"), at);
            return Option.none();
        }
        return Option.some(target.get());
    }

    private static String scopeShown(Option<Node> area, Option<Node> level, Option<Node> grouping, Option<Node> group) {
        return List.of("area", "level", "grouping", "group")
                .zip(List.of(area, level, grouping, group))
                .filter(p -> p._2.isDefined())
                .map(p -> p._1 + ": " + p._2.get().shown())
                .mkString(", ")
                .transform(text -> text.isEmpty() ? "(none)" : text);
    }

    /** A period as its text ({@code "2019-Q2"}), or a year as a whole number ({@code 2022}). */
    private Option<ReportingPeriod> period(Node node, String path) {
        if (!node.is(Node.Type.STRING) && !node.is(Node.Type.INTEGER)) {
            faults.add(JsonRules.NOT_A_STRING, path, node, node.shown());
            return Option.none();
        }
        Validation<Seq<Violation>, ReportingPeriod> period = ReportingPeriod.parse(node.text());
        if (period.isInvalid()) {
            faults.add(period.getError(), path, node);
            return Option.none();
        }
        return Option.some(period.get());
    }

    /**
     * The scope given by exactly one of {@code area}, {@code level} and {@code grouping}, with {@code group} beside a
     * grouping for one group of it.
     */
    private Option<TargetScope> scope(Fields f) {
        Option<Node> area = f.optional("area");
        Option<Node> level = f.optional("level");
        Option<Node> grouping = f.optional("grouping");
        Option<Node> group = f.optional("group");
        int given = List.of(area, level, grouping).count(Option::isDefined);
        if (given != 1 || (group.isDefined() && grouping.isEmpty())) {
            faults.add(JsonRules.SCOPE_SHAPE, f.path(), f.node(), scopeShown(area, level, grouping, group));
            return Option.none();
        }
        if (area.isDefined()) {
            return f.parsed(area.get(), f.path("area"), text -> AreaCode.parse("area", text))
                    .map(TargetScope::area);
        }
        if (level.isDefined()) {
            return f.parsed(level.get(), f.path("level"), AreaLevel::parse).map(TargetScope::level);
        }
        Option<String> name = f.text(grouping.get(), f.path("grouping"));
        Option<Option<String>> code = group.isEmpty()
                ? Option.some(Option.none())
                : f.text(group.get(), f.path("group")).map(Option::some);
        if (name.isEmpty() || code.isEmpty()) {
            return Option.none();
        }
        Validation<Seq<Violation>, TargetScope> scope = code.get().isEmpty()
                ? TargetScope.validateGrouping(name.get())
                : TargetScope.validateGroup(name.get(), code.get().get());
        if (scope.isInvalid()) {
            for (Violation v : scope.getError()) {
                boolean ofGroup = v.field().equals("group_code") && group.isDefined();
                faults.add(
                        v.rule(),
                        f.path(ofGroup ? "group" : "grouping"),
                        ofGroup ? group.get() : grouping.get(),
                        v.rejectedValue());
            }
            return Option.none();
        }
        return Option.some(scope.get());
    }
}
