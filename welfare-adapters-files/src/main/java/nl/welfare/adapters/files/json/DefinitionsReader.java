package nl.welfare.adapters.files.json;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.welfare.adapters.files.internal.io.FaultLog;
import nl.welfare.adapters.files.internal.io.Node;
import nl.welfare.adapters.files.internal.io.Paths;
import nl.welfare.domain.area.AreaLevel;
import nl.welfare.domain.programme.GoalId;
import nl.welfare.domain.resident.CohortName;
import nl.welfare.domain.value.InvalidValueException;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violation;
import nl.welfare.indicators.definition.Attribute;
import nl.welfare.indicators.definition.AttributeType;
import nl.welfare.indicators.definition.CountMode;
import nl.welfare.indicators.definition.FactType;
import nl.welfare.indicators.definition.Filter;
import nl.welfare.indicators.definition.IndicatorDefinition;
import nl.welfare.indicators.definition.IndicatorId;
import nl.welfare.indicators.definition.IndicatorKind;
import nl.welfare.indicators.definition.Literal;
import nl.welfare.indicators.definition.Measure;
import nl.welfare.indicators.definition.NetworkScope;
import nl.welfare.indicators.definition.Polarity;
import nl.welfare.indicators.definition.StatisticalUnit;

/**
 * Turns the {@link Node}s of a definitions file into {@link IndicatorDefinition}s, reporting every fault at the place
 * of its value: faults of the JSON (a missing property, a wrong type, an unknown kind of filter), violations of a
 * value's own rules (an id that is not kebab-case, an {@code in} without values), and the violations the domain finds
 * when it checks a whole definition (a filter attribute its fact type does not have), each traced back to the JSON
 * value it concerns.
 */
final class DefinitionsReader {

    /** Where a part of a definition is: its JSON path and value. */
    record Place(String path, Node node) {}

    /** A definition read, with the places of its parts by the domain's field names ({@code id}, {@code base}). */
    record Read(IndicatorDefinition definition, Place place, Map<String, Place> places) {

        /** The place of the domain field {@code field}, else of the whole definition. */
        Place at(String field) {
            return places.getOrDefault(field, place);
        }
    }

    /** A filter node read, with its place, its kind's word and the object under the word. */
    private record Located(Filter filter, Place place, Place body) {}

    /** The nodes of one filter tree (children before parents, so the root is last) and the fact type it is over. */
    private record Tree(Option<FactType> factType, java.util.List<Located> nodes) {}

    private static final Set<String> COUNTED = Set.of("count", "distinct_count");

    private final FaultLog faults;
    private Map<String, Place> places = new HashMap<>();
    private Map<String, Tree> trees = new LinkedHashMap<>();

    DefinitionsReader(FaultLog faults) {
        this.faults = faults;
    }

    /** The definitions of a document: an array of them, or an object whose property {@code definitions} is one. */
    Seq<Read> read(Node root) {
        return Lists.elements(faults, root, "definitions").flatMap(e -> definition(e.node(), e.path()));
    }

    // ---- a definition

    private Option<Read> definition(Node node, String path) {
        places = new HashMap<>();
        trees = new LinkedHashMap<>();
        try {
            return Fields.of(
                            faults,
                            node,
                            path,
                            "id",
                            "name",
                            "description",
                            "goals",
                            "unit",
                            "polarity",
                            "statistical_unit",
                            "kind",
                            "measure")
                    .flatMap(f -> definition(f, new Place(path, node)));
        } catch (InvalidValueException e) {
            // A value's own check that no validate(...) above reported: still a fault of this definition.
            faults.add(e.violations(), path, node);
            return Option.none();
        }
    }

    private Option<Read> definition(Fields f, Place place) {
        Option<IndicatorId> id = remember("id", f).flatMap(n -> f.parsed(n, f.path("id"), IndicatorId::parse));
        Option<String> name = remember("name", f).flatMap(n -> f.text(n, f.path("name")));
        Option<String> description = f.optionalText("description", "");
        Option<java.util.List<GoalId>> goals = goals(f);
        Option<String> unit = remember("unit", f).flatMap(n -> f.text(n, f.path("unit")));
        Option<Polarity> polarity = f.parsed("polarity", Polarity::parse);
        Option<StatisticalUnit> statisticalUnit = remember("statistical_unit", f)
                .flatMap(n -> f.parsed(n, f.path("statistical_unit"), StatisticalUnit::parse));
        Option<IndicatorKind> kind =
                remember("kind", f).flatMap(n -> f.parsed(n, f.path("kind"), IndicatorKind::parse));
        Option<Measure> measure = f.required("measure").flatMap(n -> measure(n, f.path("measure")));
        boolean complete = id.isDefined()
                && name.isDefined()
                && description.isDefined()
                && goals.isDefined()
                && unit.isDefined()
                && polarity.isDefined()
                && statisticalUnit.isDefined()
                && kind.isDefined()
                && measure.isDefined();
        if (!complete) {
            // The definition cannot be checked as a whole; its measure, or its filters, still can.
            if (measure.isDefined()) {
                report(measure.get().violations(), place);
            } else {
                trees.forEach((field, tree) -> tree.factType()
                        .forEach(type -> report(last(tree).filter().violations(type, field), place)));
            }
            return Option.none();
        }
        Validation<Seq<Violation>, IndicatorDefinition> checked = IndicatorDefinition.validate(
                id.get(),
                name.get(),
                description.get(),
                goals.get(),
                unit.get(),
                polarity.get(),
                statisticalUnit.get(),
                kind.get(),
                measure.get());
        if (checked.isInvalid()) {
            report(checked.getError(), place);
            return Option.none();
        }
        return Option.some(new Read(checked.get(), place, Map.copyOf(places)));
    }

    private Option<java.util.List<GoalId>> goals(Fields f) {
        Option<Node> value = f.optional("goals");
        if (value.isEmpty()) {
            return Option.some(java.util.List.of());
        }
        Node array = value.get();
        if (!array.is(Node.Type.ARRAY)) {
            faults.add(JsonRules.NOT_AN_ARRAY, f.path("goals"), array, array.shown());
            return Option.none();
        }
        Seq<Option<GoalId>> goals = List.ofAll(array.elements())
                .zipWithIndex()
                .map(e -> f.parsed(e._1, Paths.element(f.path("goals"), e._2), GoalId::parse));
        return goals.forAll(Option::isDefined)
                ? Option.some(goals.map(Option::get).toJavaList())
                : Option.none();
    }

    /** Remembers where the domain field {@code field} (the same name in JSON) is, and gives its value. */
    private Option<Node> remember(String field, Fields f) {
        return remember(field, f, field);
    }

    private Option<Node> remember(String field, Fields f, String property) {
        Option<Node> value = f.required(property);
        value.forEach(v -> places.put(field, new Place(f.path(property), v)));
        return value;
    }

    private Option<Node> rememberOptional(String field, Fields f, String property) {
        Option<Node> value = f.optional(property);
        value.forEach(v -> places.put(field, new Place(f.path(property), v)));
        return value;
    }

    // ---- tracing the domain's violations back to their JSON values

    private void report(Seq<Violation> violations, Place definition) {
        Set<List<Object>> used = new HashSet<>();
        for (Violation v : violations) {
            Place at = locate(v, used)
                    .getOrElse(() -> places.getOrDefault(
                            v.field(), new Place(Paths.member(definition.path(), v.field()), definition.node())));
            faults.add(v.rule(), at.path(), at.node(), v.rejectedValue());
        }
    }

    /** The filter node, in the tree the violation's field names, that reports exactly this violation itself. */
    private Option<Place> locate(Violation v, Set<List<Object>> used) {
        Tree tree = trees.get(v.field());
        if (tree == null || tree.factType().isEmpty()) {
            return Option.none();
        }
        FactType type = tree.factType().get();
        for (int i = 0; i < tree.nodes().size(); i++) {
            Located node = tree.nodes().get(i);
            if (node.filter().children().isEmpty()
                    && !used.contains(List.of(i, v.rule()))
                    && node.filter().violations(type, v.field()).contains(v)) {
                used.add(List.of(i, v.rule()));
                return Option.some(within(node, v.rule(), type, v.field()));
            }
        }
        return Option.none();
    }

    /** The property of a filter node that a rule concerns: its attribute, or the value compared. */
    private static Place within(Located node, Rule rule, FactType type, String field) {
        Filter filter = node.filter();
        if (rule.equals(Filter.UNKNOWN_ATTRIBUTE)
                || rule.equals(Filter.RANGE_NOT_ORDERED)
                || rule.equals(Filter.NOT_A_DATE)) {
            return member(node.body(), "attribute").getOrElse(node.place());
        }
        if (!rule.equals(Filter.TYPE_MISMATCH) && !rule.equals(Filter.UNKNOWN_CODE)) {
            return node.place();
        }
        return filter.accept(new Filter.Visitor<Place>() {
            @Override
            public Place onEquals(Filter.Equals equals) {
                return member(node.body(), "value").getOrElse(node.place());
            }

            @Override
            public Place onIn(Filter.In in) {
                Option<Place> values = member(node.body(), "values");
                for (int i = 0; i < in.values().size() && values.isDefined(); i++) {
                    boolean breaks = Filter.in(in.attribute(), in.values().get(i))
                            .violations(type, field)
                            .exists(v -> v.rule().equals(rule));
                    if (breaks && i < values.get().node().elements().size()) {
                        return new Place(
                                Paths.element(values.get().path(), i),
                                values.get().node().elements().get(i));
                    }
                }
                return values.getOrElse(node.place());
            }

            @Override
            public Place onRange(Filter.Range range) {
                boolean minBreaks = range.min()
                        .map(min -> Filter.atLeast(range.attribute(), min)
                                .violations(type, field)
                                .exists(v -> v.rule().equals(rule)))
                        .orElse(false);
                return member(node.body(), minBreaks ? "min" : "max").getOrElse(node.place());
            }

            @Override
            public Place onAnd(Filter.And and) {
                return node.place();
            }

            @Override
            public Place onOr(Filter.Or or) {
                return node.place();
            }

            @Override
            public Place onNot(Filter.Not not) {
                return node.place();
            }

            @Override
            public Place onDateWithinPeriod(Filter.DateWithinPeriod within) {
                return node.place();
            }

            @Override
            public Place onActiveInPeriod(Filter.ActiveInPeriod active) {
                return node.place();
            }

            @Override
            public Place onMemberOfCohort(Filter.MemberOfCohort member) {
                return node.place();
            }

            @Override
            public Place onAll(Filter.All all) {
                return node.place();
            }
        });
    }

    private static Option<Place> member(Place object, String name) {
        Node.Member m = object.node().members().get(name);
        return m == null ? Option.none() : Option.some(new Place(Paths.member(object.path(), name), m.value()));
    }

    private static Located last(Tree tree) {
        return tree.nodes().get(tree.nodes().size() - 1);
    }

    // ---- measures

    private Option<Measure> measure(Node node, String path) {
        if (node.is(Node.Type.STRING) && node.text().equals("network")) {
            return Option.some(Measure.Network.of());
        }
        Option<Node.Member> kind = kind(node, path);
        if (kind.isEmpty()) {
            return Option.none();
        }
        Node body = kind.get().value();
        String at = Paths.member(path, kind.get().name());
        switch (kind.get().name()) {
            case "count":
            case "distinct_count":
                return counted(kind.get().name(), body, at, "").map(Measure.class::cast);
            case "proportion":
                return Fields.of(faults, body, at, "fact_type", "mode", "population", "condition", "weighted")
                        .flatMap(this::proportion);
            case "latest_assessment":
                return Fields.of(faults, body, at, "fact_type", "mode", "population", "condition")
                        .flatMap(this::latestAssessment);
            case "rate":
                return Fields.of(faults, body, at, "count", "per_inhabitants").flatMap(this::rate);
            case "ratio":
                return Fields.of(faults, body, at, "numerator", "denominator").flatMap(this::ratio);
            case "mean":
                return Fields.of(faults, body, at, "fact_type", "mode", "filter", "value_attribute", "weighted")
                        .flatMap(this::mean);
            case "transition":
                return Fields.of(faults, body, at, "fact_type", "mode", "filter", "value_attribute")
                        .flatMap(this::transition);
            case "network":
                return Fields.of(faults, body, at, "scope").flatMap(this::network);
            case "threshold_share":
                return Fields.of(faults, body, at, "base", "level", "threshold").flatMap(this::thresholdShare);
            case "change":
                return Fields.of(faults, body, at, "base").flatMap(this::change);
            default:
                faults.add(
                        JsonRules.UNKNOWN_MEASURE,
                        at,
                        kind.get().line(),
                        kind.get().column(),
                        Optional.of(kind.get().name()));
                return Option.none();
        }
    }

    /** The one member of an object that names a kind, or none with the fault that there is not exactly one. */
    private Option<Node.Member> kind(Node node, String path) {
        if (!node.is(Node.Type.OBJECT)) {
            faults.add(JsonRules.NOT_AN_OBJECT, path, node, node.shown());
            return Option.none();
        }
        if (node.members().size() != 1) {
            faults.add(JsonRules.NOT_ONE_KIND, path, node, node.shown());
            return Option.none();
        }
        return Option.some(node.members().values().iterator().next());
    }

    /** A count wrapped in its kind, as a rate or ratio takes it: {@code {"count": {...}}}. */
    private Option<Measure.Counted> countedIn(Fields outer, String property, String prefix) {
        Option<Node> node = outer.required(property);
        if (node.isEmpty()) {
            return Option.none();
        }
        String path = outer.path(property);
        places.put(prefix.substring(0, prefix.length() - 1), new Place(path, node.get()));
        Option<Node.Member> kind = kind(node.get(), path);
        if (kind.isEmpty()) {
            return Option.none();
        }
        String at = Paths.member(path, kind.get().name());
        if (!COUNTED.contains(kind.get().name())) {
            faults.add(
                    JsonRules.NOT_A_COUNT,
                    at,
                    kind.get().line(),
                    kind.get().column(),
                    Optional.of(kind.get().name()));
            return Option.none();
        }
        return counted(kind.get().name(), kind.get().value(), at, prefix);
    }

    private Option<Measure.Counted> counted(String kind, Node body, String path, String prefix) {
        Option<Fields> fields = Fields.of(faults, body, path, "fact_type", "mode", "filter");
        if (fields.isEmpty()) {
            return Option.none();
        }
        Fields f = fields.get();
        Option<FactType> factType = factType(f, prefix);
        Option<CountMode> mode = mode(f, prefix);
        Option<Filter> filter = filterOrAll(f, "filter", prefix + "filter", factType);
        if (factType.isEmpty() || mode.isEmpty() || filter.isEmpty()) {
            return Option.none();
        }
        return Option.some(
                kind.equals("count")
                        ? Measure.Count.of(factType.get(), mode.get(), filter.get())
                        : Measure.DistinctCount.of(factType.get(), mode.get(), filter.get()));
    }

    private Option<Measure> proportion(Fields f) {
        Option<FactType> factType = factType(f, "");
        Option<CountMode> mode = mode(f, "");
        Option<Filter> population = filterOrAll(f, "population", "population", factType);
        Option<Filter> condition = requiredFilter(f, "condition", factType);
        Option<Boolean> weighted = weighted(f);
        if (factType.isEmpty() || mode.isEmpty() || population.isEmpty() || condition.isEmpty() || weighted.isEmpty()) {
            return Option.none();
        }
        return Option.some(Measure.Proportion.builder()
                .factType(factType.get())
                .mode(mode.get())
                .population(population.get())
                .condition(condition.get())
                .weighted(weighted.get())
                .build());
    }

    private Option<Measure> latestAssessment(Fields f) {
        Option<FactType> factType = factType(f, "");
        Option<CountMode> mode = mode(f, "");
        Option<Filter> population = filterOrAll(f, "population", "population", factType);
        Option<Filter> condition = requiredFilter(f, "condition", factType);
        if (factType.isEmpty() || mode.isEmpty() || population.isEmpty() || condition.isEmpty()) {
            return Option.none();
        }
        return Option.some(Measure.LatestAssessment.builder()
                .factType(factType.get())
                .mode(mode.get())
                .population(population.get())
                .condition(condition.get())
                .build());
    }

    private Option<Measure> rate(Fields f) {
        Option<Measure.Counted> count = countedIn(f, "count", "count.");
        Option<Integer> per = remember("per_inhabitants", f).flatMap(n -> f.integer("per_inhabitants"));
        if (count.isEmpty() || per.isEmpty()) {
            return Option.none();
        }
        Validation<Seq<Violation>, Measure.Rate> rate = Measure.Rate.validate(count.get(), per.get());
        if (rate.isInvalid()) {
            Place at = places.getOrDefault("per_inhabitants", new Place(f.path(), f.node()));
            faults.add(rate.getError(), at.path(), at.node());
            return Option.none();
        }
        return Option.some(rate.get());
    }

    private Option<Measure> ratio(Fields f) {
        Option<Measure.Counted> numerator = countedIn(f, "numerator", "numerator.");
        Option<Measure.Counted> denominator = countedIn(f, "denominator", "denominator.");
        if (numerator.isEmpty() || denominator.isEmpty()) {
            return Option.none();
        }
        return Option.some(Measure.Ratio.of(numerator.get(), denominator.get()));
    }

    private Option<Measure> mean(Fields f) {
        Option<FactType> factType = factType(f, "");
        Option<CountMode> mode = mode(f, "");
        Option<Filter> filter = filterOrAll(f, "filter", "filter", factType);
        Option<String> value = remember("value_attribute", f).flatMap(n -> f.text(n, f.path("value_attribute")));
        Option<Boolean> weighted = weighted(f);
        if (factType.isEmpty() || mode.isEmpty() || filter.isEmpty() || value.isEmpty() || weighted.isEmpty()) {
            return Option.none();
        }
        return Option.some(Measure.Mean.builder()
                .factType(factType.get())
                .mode(mode.get())
                .filter(filter.get())
                .valueAttribute(value.get())
                .weighted(weighted.get())
                .build());
    }

    private Option<Measure> transition(Fields f) {
        Option<FactType> factType = factType(f, "");
        Option<CountMode> mode = mode(f, "");
        Option<Filter> filter = filterOrAll(f, "filter", "filter", factType);
        Option<String> value = remember("value_attribute", f).flatMap(n -> f.text(n, f.path("value_attribute")));
        if (factType.isEmpty() || mode.isEmpty() || filter.isEmpty() || value.isEmpty()) {
            return Option.none();
        }
        return Option.some(Measure.Transition.of(factType.get(), mode.get(), filter.get(), value.get()));
    }

    /** A network: its {@code scope}, {@code anywhere} when it is not given (or {@code null}). */
    private Option<Measure> network(Fields f) {
        Option<Node> scope = rememberOptional("scope", f, "scope");
        if (scope.isEmpty()) {
            return Option.some(Measure.Network.of());
        }
        return f.parsed(scope.get(), f.path("scope"), NetworkScope::parse).map(Measure.Network::of);
    }

    private Option<Measure> thresholdShare(Fields f) {
        Option<IndicatorId> base = base(f);
        Option<AreaLevel> level = f.parsed("level", AreaLevel::parse);
        Option<Double> threshold = remember("threshold", f).flatMap(n -> f.number("threshold"));
        if (base.isEmpty() || level.isEmpty() || threshold.isEmpty()) {
            return Option.none();
        }
        Validation<Seq<Violation>, Measure.ThresholdShare> spec =
                Measure.ThresholdShare.validate(base.get(), level.get(), threshold.get());
        if (spec.isInvalid()) {
            Place at = places.getOrDefault("threshold", new Place(f.path(), f.node()));
            faults.add(spec.getError(), at.path(), at.node());
            return Option.none();
        }
        return Option.some(spec.get());
    }

    private Option<Measure> change(Fields f) {
        return base(f).map(Measure.Change::of);
    }

    private Option<IndicatorId> base(Fields f) {
        return remember("base", f).flatMap(n -> f.parsed(n, f.path("base"), IndicatorId::parse));
    }

    private Option<FactType> factType(Fields f, String prefix) {
        return remember(prefix + "fact_type", f, "fact_type")
                .flatMap(n -> f.parsed(n, f.path("fact_type"), FactType::parse));
    }

    private Option<CountMode> mode(Fields f, String prefix) {
        return remember(prefix + "mode", f, "mode").flatMap(n -> f.parsed(n, f.path("mode"), CountMode::parse));
    }

    private Option<Boolean> weighted(Fields f) {
        rememberOptional("weighted", f, "weighted");
        return f.optionalBoolean("weighted", false);
    }

    // ---- filters

    /** The filter {@code property}, {@code all} when it is not given; remembered as the domain's {@code field}. */
    private Option<Filter> filterOrAll(Fields f, String property, String field, Option<FactType> factType) {
        Option<Node> node = rememberOptional(field, f, property);
        return node.isEmpty() ? Option.some(Filter.all()) : tree(node.get(), f.path(property), field, factType);
    }

    private Option<Filter> requiredFilter(Fields f, String property, Option<FactType> factType) {
        return remember(property, f).flatMap(n -> tree(n, f.path(property), property, factType));
    }

    private Option<Filter> tree(Node node, String path, String field, Option<FactType> factType) {
        Tree tree = new Tree(factType, new ArrayList<>());
        Option<Filter> filter = filter(node, path, tree);
        if (filter.isDefined()) {
            trees.put(field, tree);
        }
        return filter;
    }

    private Option<Filter> filter(Node node, String path, Tree tree) {
        Place place = new Place(path, node);
        if (node.is(Node.Type.STRING)
                && (node.text().equals("all") || node.text().equals("active_in_period"))) {
            Filter filter = node.text().equals("all") ? Filter.all() : Filter.activeInPeriod();
            tree.nodes().add(new Located(filter, place, place));
            return Option.some(filter);
        }
        Option<Node.Member> kind = kind(node, path);
        if (kind.isEmpty()) {
            return Option.none();
        }
        Node body = kind.get().value();
        String at = Paths.member(path, kind.get().name());
        Option<Filter> filter = filter(kind.get(), body, at, tree);
        filter.forEach(built -> tree.nodes().add(new Located(built, place, new Place(at, body))));
        return filter;
    }

    private Option<Filter> filter(Node.Member kind, Node body, String at, Tree tree) {
        switch (kind.name()) {
            case "equals":
                return Fields.of(faults, body, at, "attribute", "value").flatMap(f -> {
                    Option<String> attribute = f.text("attribute");
                    Option<Literal> value =
                            f.required("value").flatMap(v -> literal(v, f.path("value"), type(tree, attribute)));
                    return attribute.isEmpty() || value.isEmpty()
                            ? Option.none()
                            : Option.some(Filter.equalTo(attribute.get(), value.get()));
                });
            case "in":
                return Fields.of(faults, body, at, "attribute", "values").flatMap(f -> in(f, tree));
            case "range":
                return Fields.of(faults, body, at, "attribute", "min", "max").flatMap(f -> range(f, tree));
            case "and":
            case "or":
                return junction(kind.name(), body, at, tree);
            case "not":
                return filter(body, at, tree).map(Filter::not);
            case "date_within_period":
                return Fields.of(faults, body, at, "attribute")
                        .flatMap(f -> f.text("attribute"))
                        .map(Filter::dateWithinPeriod);
            case "active_in_period":
                return Fields.of(faults, body, at).map(f -> Filter.activeInPeriod());
            case "member_of_cohort":
                return Fields.of(faults, body, at, "cohort")
                        .flatMap(f -> f.parsed("cohort", CohortName::parse))
                        .map(Filter::memberOfCohort);
            case "all":
                return Fields.of(faults, body, at).map(f -> Filter.all());
            default:
                faults.add(JsonRules.UNKNOWN_FILTER, at, kind.line(), kind.column(), Optional.of(kind.name()));
                return Option.none();
        }
    }

    private Option<Filter> in(Fields f, Tree tree) {
        Option<String> attribute = f.text("attribute");
        Option<Node> values = f.required("values");
        if (values.isDefined() && !values.get().is(Node.Type.ARRAY)) {
            faults.add(
                    JsonRules.NOT_AN_ARRAY,
                    f.path("values"),
                    values.get(),
                    values.get().shown());
            return Option.none();
        }
        if (attribute.isEmpty() || values.isEmpty()) {
            return Option.none();
        }
        Option<AttributeType> type = type(tree, attribute);
        Seq<Option<Literal>> literals = List.ofAll(values.get().elements())
                .zipWithIndex()
                .map(e -> literal(e._1, Paths.element(f.path("values"), e._2), type));
        if (!literals.forAll(Option::isDefined)) {
            return Option.none();
        }
        Validation<Seq<Violation>, Filter.In> in =
                Filter.In.validate(attribute.get(), literals.map(Option::get).toJavaList());
        if (in.isInvalid()) {
            faults.add(in.getError(), f.path("values"), values.get());
            return Option.none();
        }
        return Option.some(in.get());
    }

    private Option<Filter> range(Fields f, Tree tree) {
        Option<String> attribute = f.text("attribute");
        Option<AttributeType> type = type(tree, attribute);
        Option<Option<Literal>> min = f.optional("min")
                .map(v -> literal(v, f.path("min"), type).map(Option::some))
                .getOrElse(Option.some(Option.none()));
        Option<Option<Literal>> max = f.optional("max")
                .map(v -> literal(v, f.path("max"), type).map(Option::some))
                .getOrElse(Option.some(Option.none()));
        if (attribute.isEmpty() || min.isEmpty() || max.isEmpty()) {
            return Option.none();
        }
        Validation<Seq<Violation>, Filter.Range> range = Filter.Range.validate(
                attribute.get(), min.get().toJavaOptional(), max.get().toJavaOptional());
        if (range.isInvalid()) {
            faults.add(range.getError(), f.path(), f.node());
            return Option.none();
        }
        return Option.some(range.get());
    }

    private Option<Filter> junction(String word, Node body, String at, Tree tree) {
        if (!body.is(Node.Type.ARRAY)) {
            faults.add(JsonRules.NOT_AN_ARRAY, at, body, body.shown());
            return Option.none();
        }
        Seq<Option<Filter>> operands =
                List.ofAll(body.elements()).zipWithIndex().map(e -> filter(e._1, Paths.element(at, e._2), tree));
        if (!operands.forAll(Option::isDefined)) {
            return Option.none();
        }
        java.util.List<Filter> all = operands.map(Option::get).toJavaList();
        Validation<Seq<Violation>, ? extends Filter> junction =
                word.equals("and") ? Filter.And.validate(all) : Filter.Or.validate(all);
        if (junction.isInvalid()) {
            faults.add(junction.getError(), at, body);
            return Option.none();
        }
        return Option.some(junction.get());
    }

    private static Option<AttributeType> type(Tree tree, Option<String> attribute) {
        return tree.factType().flatMap(t -> attribute.flatMap(t::attribute)).map(Attribute::type);
    }

    /**
     * A literal: a string (a date when the attribute is a date), a whole number, or a number with a fraction or
     * exponent.
     */
    private Option<Literal> literal(Node value, String path, Option<AttributeType> type) {
        switch (value.type()) {
            case STRING:
                if (type.contains(AttributeType.DATE)) {
                    try {
                        return Option.some(Literal.date(LocalDate.parse(value.text())));
                    } catch (DateTimeParseException e) {
                        faults.add(JsonRules.NOT_A_DATE, path, value, value.text());
                        return Option.none();
                    }
                }
                return Option.some(Literal.text(value.text()));
            case INTEGER:
                if (value.integer().map(i -> i.bitLength() < 64).orElse(false)) {
                    return Option.some(Literal.integer(value.integer().get().longValueExact()));
                }
                faults.add(JsonRules.NOT_AN_INTEGER, path, value, value.text());
                return Option.none();
            case DECIMAL:
                Validation<Seq<Violation>, Literal.OfDecimal> decimal = Literal.validateDecimal(value.number());
                if (decimal.isInvalid()) {
                    faults.add(decimal.getError(), path, value);
                    return Option.none();
                }
                return Option.some(decimal.get());
            default:
                faults.add(JsonRules.NOT_A_LITERAL, path, value, value.shown());
                return Option.none();
        }
    }
}
