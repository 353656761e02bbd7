package nl.welfare.testkit.generators;

import static org.quicktheories.generators.SourceDSL.integers;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import nl.welfare.domain.area.AreaLevel;
import nl.welfare.domain.programme.GoalId;
import nl.welfare.domain.time.ReportingPeriod;
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
import nl.welfare.indicators.target.Target;
import nl.welfare.indicators.target.TargetScope;
import nl.welfare.indicators.target.Targets;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * Generators of indicator definitions and targets (indicatoren, streefwaarden): valid definitions of every kind of
 * measure, with random filter trees that suit their fact type; definitions that break exactly one rule of
 * {@link IndicatorDefinition}; targets of every scope, and targets that break exactly one rule.
 *
 * <pre>{@code
 * qt().forAll(IndicatorGenerators.definitionLists())
 *         .checkAssert(list -> assertEquals(list, readBack(write(list)))); // a file format's round trip
 * qt().forAll(IndicatorGenerators.definitionBreaches()).checkAssert(Breach::assertBreaksExactlyItsRule);
 * qt().forAll(IndicatorGenerators.filters(FactType.SURVEY_RESPONSES)).checkAssert(f -> ...);
 * }</pre>
 *
 * <p>Texts (names, descriptions, text literals) include quotes, backslashes, line breaks, accents and characters
 * outside the Basic Multilingual Plane, so that writers must escape them. One rule has no breach generator:
 * {@link IndicatorDefinition#TRANSITION_WITHOUT_PERSON}, because no fact type without a person has a numeric
 * attribute, so a transition over one also breaks a value-attribute rule.
 */
public final class IndicatorGenerators {

    private static final String KEBAB_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789";

    private static final String GROUP_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-";

    private static final List<String> TEXTS = List.of(
            "Resident-led initiatives",
            "Share who feel safe",
            "Zelfredzaamheid in Enschede-Oost (gemiddeld)",
            "Bewoners \"doen mee\"",
            "back\\slash and / slash",
            "two\nlines\tand a tab",
            "caf\u00e9, na\u00efve, \u00eb",
            "emoji \ud83d\ude00 outside the BMP",
            "'single quotes'",
            "{\"looks\": [\"like\", \"json\"]}");

    private static final List<String> BLANKS = List.of("", " ", "\t", "  \n ");

    private static final List<String> UNITS = List.of("share", "per 1,000 inhabitants", "mark (1-10)", "residents");

    private static final List<Double> NUMBERS = List.of(
            0.0, -0.0, 0.8, 0.1, 1.0, -1.5, 1e-7, 123456.789, 1.5e20, Double.MIN_VALUE, Double.MAX_VALUE, -2.5e-300);

    private static final List<String> GROUPINGS = List.of("borough", "stadsdeel", "programme-area", "zone_2");

    private IndicatorGenerators() {}

    // ---------------------------------------------------------------- small values

    /** Kebab-case indicator ids of one to four words, such as {@code feels-safe} or {@code q3x-7}. */
    public static Gen<IndicatorId> indicatorIds() {
        return in -> IndicatorId.of(kebab(in));
    }

    /** Goal ids in the shared identifier format. */
    public static Gen<GoalId> goalIds() {
        return CommonGenerators.ids(GoalId::of);
    }

    /** Every fact type. */
    public static Gen<FactType> factTypes() {
        return in -> pick(in, List.of(FactType.values()));
    }

    /** Texts that are not blank, with characters that a file format must escape. */
    public static Gen<String> texts() {
        return in -> between(in, 0, 2) == 0 ? CommonGenerators.identifierTexts().generate(in) : pick(in, TEXTS);
    }

    /** Finite numbers: round fractions, negative zero, the smallest and largest doubles, random ones. */
    public static Gen<Double> finiteNumbers() {
        return in -> between(in, 0, 2) == 0
                ? pick(in, NUMBERS)
                : integers().between(-1_000_000, 1_000_000).generate(in) / 64.0;
    }

    // ---------------------------------------------------------------- filters

    /**
     * Random filter trees over {@code type}, up to three levels of {@code and}, {@code or} and {@code not} above
     * leaves that each suit the fact type: comparisons of its attributes with literals of their type (enum codes,
     * well-formed ids and area codes, ranges with their minimum at most their maximum), a date within the period,
     * activity in the period where it has a span, cohort membership where it names residents, and {@code all}.
     */
    public static Gen<Filter> filters(FactType type) {
        return in -> tree(in, type, between(in, 0, 3));
    }

    /** Random filter trees over {@code type} that are not {@link Filter.All} itself (a proportion's condition). */
    public static Gen<Filter> narrowingFilters(FactType type) {
        return in -> {
            Filter f = tree(in, type, between(in, 0, 3));
            return f.isAll() ? Filter.not(f) : f;
        };
    }

    private static Filter tree(RandomnessSource in, FactType type, int depth) {
        int shape = depth == 0 ? 0 : between(in, 0, 3);
        switch (shape) {
            case 1:
            case 2:
                int n = between(in, 1, 3);
                java.util.List<Filter> operands = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    operands.add(tree(in, type, depth - 1));
                }
                return shape == 1 ? Filter.and(operands) : Filter.or(operands);
            case 3:
                return Filter.not(tree(in, type, depth - 1));
            default:
                return leaf(in, type);
        }
    }

    private static Filter leaf(RandomnessSource in, FactType type) {
        Attribute attribute = pick(in, type.attributes());
        Seq<Attribute> ordered = type.attributes().filter(a -> a.type().isOrdered());
        Seq<Attribute> dates = type.attributes().filter(a -> a.type() == AttributeType.DATE);
        int shape = between(in, 0, 7);
        switch (shape) {
            case 0:
            case 1:
            case 2:
                return comparison(in, attribute, shape);
            case 3:
                return ordered.isEmpty() ? Filter.all() : comparison(in, pick(in, ordered), shape);
            case 4:
                return dates.isEmpty()
                        ? Filter.all()
                        : Filter.dateWithinPeriod(pick(in, dates).name());
            case 5:
                return type.hasSpan() ? Filter.activeInPeriod() : Filter.all();
            case 6:
                return type.personIsResident()
                        ? Filter.memberOfCohort(ResidentGenerators.cohortNames().generate(in))
                        : Filter.all();
            default:
                return Filter.all();
        }
    }

    /**
     * A comparison of {@code attribute} with literals of its type: {@code equals} (shape 0 or 1), {@code in} (2) or,
     * for an ordered attribute, a {@code range} with its minimum at most its maximum (3).
     */
    private static Filter comparison(RandomnessSource in, Attribute attribute, int shape) {
        switch (shape) {
            case 2:
                java.util.List<Literal> values = new ArrayList<>();
                for (int i = between(in, 1, 4); i > 0; i--) {
                    values.add(literal(in, attribute));
                }
                return Filter.in(attribute.name(), values);
            case 3:
                Literal x = literal(in, attribute);
                Literal y = literal(in, attribute);
                boolean xFirst = x.compare(y).getAsInt() <= 0;
                int bounds = between(in, 0, 2);
                return Filter.range(
                        attribute.name(),
                        bounds == 1 ? Optional.empty() : Optional.of(xFirst ? x : y),
                        bounds == 2 ? Optional.empty() : Optional.of(xFirst ? y : x));
            default:
                return Filter.equalTo(attribute.name(), literal(in, attribute));
        }
    }

    /**
     * A random filter tree over {@code type} that compares at least one attribute: when {@code naming}, a tree of
     * {@link #filters(FactType)} joined by {@code and} or {@code or}, on either side, with a comparison of one of
     * the type's attributes (the comparison alone in place of {@code all}); otherwise just a tree.
     */
    private static Filter filter(RandomnessSource in, FactType type, boolean naming) {
        Filter tree = filters(type).generate(in);
        if (!naming) {
            return tree;
        }
        Seq<Attribute> ordered = type.attributes().filter(a -> a.type().isOrdered());
        int shape = between(in, 0, ordered.isEmpty() ? 2 : 3);
        Filter compared = comparison(in, pick(in, shape == 3 ? ordered : type.attributes()), shape);
        if (tree.isAll()) {
            return compared;
        }
        switch (between(in, 0, 3)) {
            case 0:
                return Filter.and(tree, compared);
            case 1:
                return Filter.and(compared, tree);
            case 2:
                return Filter.or(tree, compared);
            default:
                return Filter.or(compared, tree);
        }
    }

    /** A literal the attribute's type accepts: for an enum one of its codes, for an id or area a well-formed one. */
    private static Literal literal(RandomnessSource in, Attribute attribute) {
        switch (attribute.type()) {
            case INTEGER:
                return between(in, 0, 9) == 0
                        ? Literal.integer(pick(in, List.of(Long.MIN_VALUE, Long.MAX_VALUE, 0L)))
                        : Literal.integer(between(in, -100, 100));
            case DECIMAL:
                return between(in, 0, 1) == 0
                        ? Literal.integer(between(in, -100, 100))
                        : Literal.decimal(finiteNumbers().generate(in));
            case DATE:
                return Literal.date(CommonGenerators.dates().generate(in));
            case ENUM:
                return Literal.text(pick(in, List.ofAll(attribute.codes())));
            case ID:
                return Literal.text(CommonGenerators.identifierTexts().generate(in));
            case AREA:
                return Literal.text(CommonGenerators.areaCodes().generate(in).value());
            default:
                return Literal.text(between(in, 0, 4) == 0 ? "" : texts().generate(in));
        }
    }

    // ---------------------------------------------------------------- measures

    /** A fact type and a mode that suit each other: facts with an area, a flow of dated ones, a stock of spans. */
    private record Selection(FactType type, CountMode mode) {}

    private static Seq<Selection> selections(Predicate<FactType> also) {
        List<Selection> found = List.empty();
        for (FactType type : FactType.values()) {
            if (type.hasArea() && also.test(type)) {
                if (type.date().isDefined()) {
                    found = found.append(new Selection(type, CountMode.FLOW));
                }
                if (type.hasSpan()) {
                    found = found.append(new Selection(type, CountMode.STOCK));
                }
            }
        }
        return found;
    }

    private static boolean hasPerson(FactType type) {
        return type.person().isDefined();
    }

    private static boolean hasNumber(FactType type) {
        return type.attributes().exists(a -> a.type().isNumeric());
    }

    private static Measure.Counted counted(RandomnessSource in, boolean naming) {
        if (between(in, 0, 1) == 0) {
            Selection s = pick(in, selections(t -> true));
            return Measure.Count.of(s.type(), s.mode(), small(in, s.type(), naming));
        }
        Selection s = pick(in, selections(IndicatorGenerators::hasPerson));
        return Measure.DistinctCount.of(s.type(), s.mode(), small(in, s.type(), naming));
    }

    /** A filter tree of up to two levels; when {@code naming}, one that compares an attribute. */
    private static Filter small(RandomnessSource in, FactType type, boolean naming) {
        Filter tree = tree(in, type, between(in, 0, 2));
        if (!naming) {
            return tree;
        }
        Filter compared = comparison(in, pick(in, type.attributes()), between(in, 0, 2));
        return tree.isAll() ? compared : Filter.and(tree, compared);
    }

    /**
     * Measures of every kind of spec (eleven, chosen evenly), each suiting its fact types; a threshold share or change
     * names {@code base}. When {@code naming}, only the eight kinds that take filters, each with a comparison of an
     * attribute in its first filter.
     */
    private static Measure measure(RandomnessSource in, IndicatorId base, boolean naming) {
        switch (between(in, 0, naming ? 7 : 10)) {
            case 0: {
                Selection s = pick(in, selections(t -> true));
                return Measure.Count.of(s.type(), s.mode(), filter(in, s.type(), naming));
            }
            case 1: {
                Selection s = pick(in, selections(IndicatorGenerators::hasPerson));
                return Measure.DistinctCount.of(s.type(), s.mode(), filter(in, s.type(), naming));
            }
            case 2: {
                Selection s = pick(in, selections(t -> true));
                return Measure.Proportion.builder()
                        .factType(s.type())
                        .mode(s.mode())
                        .population(filter(in, s.type(), naming))
                        .condition(narrowingFilters(s.type()).generate(in))
                        .weighted(s.type().weight().isDefined() && between(in, 0, 1) == 0)
                        .build();
            }
            case 3: {
                Selection s = pick(in, selections(IndicatorGenerators::hasPerson));
                return Measure.LatestAssessment.builder()
                        .factType(s.type())
                        .mode(s.mode())
                        .population(filter(in, s.type(), naming))
                        .condition(narrowingFilters(s.type()).generate(in))
                        .build();
            }
            case 4:
                return Measure.Rate.of(
                        counted(in, naming),
                        pick(in, List.of(1, 100, 1000, 10_000, between(in, 1, Integer.MAX_VALUE))));
            case 5:
                return Measure.Ratio.of(counted(in, naming), counted(in, false));
            case 6: {
                Selection s = pick(in, selections(IndicatorGenerators::hasNumber));
                return Measure.Mean.builder()
                        .factType(s.type())
                        .mode(s.mode())
                        .filter(filter(in, s.type(), naming))
                        .valueAttribute(numericAttribute(in, s.type()))
                        .weighted(s.type().weight().isDefined() && between(in, 0, 1) == 0)
                        .build();
            }
            case 7: {
                Selection s = pick(in, selections(t -> hasPerson(t) && hasNumber(t)));
                return Measure.Transition.of(
                        s.type(), s.mode(), filter(in, s.type(), naming), numericAttribute(in, s.type()));
            }
            case 8:
                return Measure.Network.of(pick(in, List.of(NetworkScope.values())));
            case 9:
                return Measure.ThresholdShare.of(
                        base,
                        pick(in, List.of(AreaLevel.values())),
                        finiteNumbers().generate(in));
            default:
                return Measure.Change.of(base);
        }
    }

    private static String numericAttribute(RandomnessSource in, FactType type) {
        return pick(in, type.attributes().filter(a -> a.type().isNumeric())).name();
    }

    // ---------------------------------------------------------------- definitions

    /**
     * Valid definitions of every kind of measure (count, distinct count, proportion, latest assessment, rate, ratio,
     * mean, transition, network, threshold share, change), with random filter trees that suit their fact types; the
     * statistical unit is persons whenever the measure counts facts about persons, and a threshold share or change
     * names another indicator as its base.
     */
    public static Gen<IndicatorDefinition> definitions() {
        return definitions(false);
    }

    /**
     * Valid definitions that name at least one attribute in a comparison ({@code equals}, {@code in} or
     * {@code range}) of a filter: those of {@link #definitions()} with a measure that takes filters (count, distinct
     * count, proportion, latest assessment, rate, ratio, mean, transition). For properties about attributes, which
     * would otherwise have to discard the network, threshold share and change definitions and those whose filters
     * are all {@code all}.
     */
    public static Gen<IndicatorDefinition> definitionsNamingAnAttribute() {
        return definitions(true);
    }

    private static Gen<IndicatorDefinition> definitions(boolean naming) {
        return in -> {
            IndicatorId id = indicatorIds().generate(in);
            IndicatorId base = IndicatorId.of(id.value() + "-base");
            Measure measure = measure(in, base, naming);
            return IndicatorDefinition.builder()
                    .id(id)
                    .name(texts().generate(in))
                    .description(between(in, 0, 4) == 0 ? "" : texts().generate(in))
                    .unit(pick(in, UNITS.appendAll(TEXTS)))
                    .polarity(pick(in, List.of(Polarity.values())))
                    .statisticalUnit(unitFor(in, measure))
                    .kind(measure.kind())
                    .measure(measure)
                    .addAllGoals(goals(in))
                    .build();
        };
    }

    /** Lists of up to eight valid definitions with distinct ids. */
    public static Gen<java.util.List<IndicatorDefinition>> definitionLists() {
        return in -> {
            java.util.List<IndicatorDefinition> list = new ArrayList<>();
            Set<IndicatorId> ids = new HashSet<>();
            for (int i = between(in, 0, 8); i > 0; i--) {
                IndicatorDefinition d = definitions().generate(in);
                if (ids.add(d.id())) {
                    list.add(d);
                }
            }
            return list;
        };
    }

    private static java.util.List<GoalId> goals(RandomnessSource in) {
        java.util.List<GoalId> goals = new ArrayList<>();
        for (int i = between(in, 0, 3); i > 0; i--) {
            goals.add(goalIds().generate(in));
        }
        return goals;
    }

    private static StatisticalUnit unitFor(RandomnessSource in, Measure measure) {
        return measure.countsPersons() ? StatisticalUnit.PERSONS : pick(in, List.of(StatisticalUnit.values()));
    }

    /** The parts of a definition, to change one of them before validating. */
    private record Parts(
            IndicatorId id,
            String name,
            String unit,
            Polarity polarity,
            StatisticalUnit statisticalUnit,
            IndicatorKind kind,
            Measure measure) {

        Breach<IndicatorDefinition> breach(nl.welfare.domain.value.Rule rule, String description) {
            return Breach.of(
                    rule,
                    description + " in " + measure,
                    () -> IndicatorDefinition.validate(
                            id, name, "", java.util.List.of(), unit, polarity, statisticalUnit, kind, measure));
        }
    }

    private static Parts parts(RandomnessSource in, Measure measure) {
        return new Parts(
                indicatorIds().generate(in),
                texts().generate(in),
                pick(in, UNITS),
                pick(in, List.of(Polarity.values())),
                unitFor(in, measure),
                measure.kind(),
                measure);
    }

    private static Parts parts(RandomnessSource in, Supplier<Measure> measure) {
        return parts(in, measure.get());
    }

    /**
     * Definitions that break exactly one rule of {@link IndicatorDefinition} each (every rule but
     * {@link IndicatorDefinition#TRANSITION_WITHOUT_PERSON}, see the class comment), chosen evenly.
     */
    public static Gen<Breach<IndicatorDefinition>> definitionBreaches() {
        return in -> {
            Selection any = pick(in, selections(t -> true));
            Filter anyFilter = filters(any.type()).generate(in);
            switch (between(in, 0, 14)) {
                case 0: {
                    Parts p = parts(in, measure(in, IndicatorId.of("other"), false));
                    String blank = pick(in, BLANKS);
                    return new Parts(p.id(), blank, p.unit(), p.polarity(), p.statisticalUnit(), p.kind(), p.measure())
                            .breach(IndicatorDefinition.NAME_BLANK, "name '" + blank + "'");
                }
                case 1: {
                    Parts p = parts(in, measure(in, IndicatorId.of("other"), false));
                    String blank = pick(in, BLANKS);
                    return new Parts(p.id(), p.name(), blank, p.polarity(), p.statisticalUnit(), p.kind(), p.measure())
                            .breach(IndicatorDefinition.UNIT_BLANK, "unit '" + blank + "'");
                }
                case 2: {
                    Parts p = parts(in, measure(in, IndicatorId.of("other"), false));
                    IndicatorKind other = pick(
                            in,
                            List.of(IndicatorKind.values()).remove(p.measure().kind()));
                    return new Parts(p.id(), p.name(), p.unit(), p.polarity(), p.statisticalUnit(), other, p.measure())
                            .breach(IndicatorDefinition.KIND_MISMATCH, "kind " + other.code());
                }
                case 3: {
                    Measure all = Measure.Proportion.builder()
                            .factType(any.type())
                            .mode(any.mode())
                            .population(anyFilter)
                            .condition(Filter.all())
                            .build();
                    return parts(in, all).breach(IndicatorDefinition.CONDITION_IS_ALL, "condition all");
                }
                case 4: {
                    CountMode mode = pick(in, List.of(CountMode.values()));
                    Measure links = Measure.Count.of(
                            FactType.INITIATIVE_LINKS,
                            mode,
                            filters(FactType.INITIATIVE_LINKS).generate(in));
                    return parts(in, links).breach(IndicatorDefinition.FACT_TYPE_WITHOUT_AREA, "initiative links");
                }
                case 5: {
                    FactType undated = pick(in, List.of(FactType.ACTIVITIES, FactType.RESIDENTS));
                    Measure flow = Measure.Count.of(
                            undated, CountMode.FLOW, filters(undated).generate(in));
                    return parts(in, flow).breach(IndicatorDefinition.FLOW_WITHOUT_DATE, "a flow of " + undated);
                }
                case 6: {
                    FactType spanless = pick(in, List.of(FactType.values()).filter(t -> t.hasArea() && !t.hasSpan()));
                    Measure stock = Measure.Count.of(
                            spanless, CountMode.STOCK, filters(spanless).generate(in));
                    return parts(in, stock).breach(IndicatorDefinition.STOCK_WITHOUT_SPAN, "a stock of " + spanless);
                }
                case 7: {
                    Selection s = pick(in, selections(t -> true));
                    String text = pick(
                                    in,
                                    s.type().attributes().filter(a -> !a.type().isNumeric()))
                            .name();
                    Measure mean = Measure.Mean.builder()
                            .factType(s.type())
                            .mode(s.mode())
                            .filter(filters(s.type()).generate(in))
                            .valueAttribute(text)
                            .build();
                    return parts(in, mean).breach(IndicatorDefinition.MEAN_OF_NON_NUMBER, "mean of " + text);
                }
                case 8: {
                    Selection s = pick(in, selections(t -> hasPerson(t) && hasNumber(t)));
                    String text = pick(
                                    in,
                                    s.type().attributes().filter(a -> !a.type().isNumeric()))
                            .name();
                    Measure transition = Measure.Transition.of(
                            s.type(), s.mode(), filters(s.type()).generate(in), text);
                    return parts(in, transition)
                            .breach(IndicatorDefinition.TRANSITION_OF_NON_NUMBER, "transition of " + text);
                }
                case 9: {
                    Measure mean = Measure.Mean.builder()
                            .factType(any.type())
                            .mode(any.mode())
                            .filter(anyFilter)
                            .valueAttribute("no_such_column")
                            .build();
                    return parts(in, mean).breach(IndicatorDefinition.UNKNOWN_VALUE_ATTRIBUTE, "no_such_column");
                }
                case 10: {
                    Selection s = pick(in, selections(t -> !hasPerson(t)));
                    Measure distinct = Measure.DistinctCount.of(
                            s.type(), s.mode(), filters(s.type()).generate(in));
                    return parts(in, distinct)
                            .breach(IndicatorDefinition.DISTINCT_WITHOUT_PERSON, "distinct " + s.type());
                }
                case 11: {
                    Selection s = pick(in, selections(t -> !hasPerson(t)));
                    Measure latest = Measure.LatestAssessment.builder()
                            .factType(s.type())
                            .mode(s.mode())
                            .population(filters(s.type()).generate(in))
                            .condition(narrowingFilters(s.type()).generate(in))
                            .build();
                    return parts(in, latest).breach(IndicatorDefinition.LATEST_WITHOUT_PERSON, "latest " + s.type());
                }
                case 12: {
                    Selection s = pick(in, selections(t -> t.weight().isEmpty()));
                    Measure weighted = Measure.Proportion.builder()
                            .factType(s.type())
                            .mode(s.mode())
                            .population(filters(s.type()).generate(in))
                            .condition(narrowingFilters(s.type()).generate(in))
                            .weighted(true)
                            .build();
                    return parts(in, weighted)
                            .breach(IndicatorDefinition.WEIGHTED_WITHOUT_WEIGHT, "weighted " + s.type());
                }
                case 13: {
                    Selection s = pick(in, selections(IndicatorGenerators::hasPerson));
                    Measure persons = Measure.Count.of(
                            s.type(), s.mode(), filters(s.type()).generate(in));
                    Parts p = parts(in, persons);
                    return new Parts(p.id(), p.name(), p.unit(), p.polarity(), StatisticalUnit.OTHER, p.kind(), persons)
                            .breach(IndicatorDefinition.UNIT_HIDES_PERSONS, "unit other");
                }
                default: {
                    IndicatorId id = indicatorIds().generate(in);
                    Measure itself = between(in, 0, 1) == 0
                            ? Measure.Change.of(id)
                            : Measure.ThresholdShare.of(id, AreaLevel.DISTRICT, 0.8);
                    Parts p = parts(in, itself);
                    return new Parts(id, p.name(), p.unit(), p.polarity(), p.statisticalUnit(), p.kind(), itself)
                            .breach(IndicatorDefinition.REFERS_TO_ITSELF, "base " + id);
                }
            }
        };
    }

    // ---------------------------------------------------------------- targets

    /** Names of groupings that are not CBS levels: {@code borough}, {@code stadsdeel}. */
    public static Gen<String> groupings() {
        return in -> pick(in, GROUPINGS);
    }

    /** Well-formed group codes: 1 to 12 upper-case letters, digits, '_' or '-', such as {@code OOST}. */
    public static Gen<String> groupCodes() {
        return in -> {
            if (between(in, 0, 1) == 0) {
                return pick(in, List.of("OOST", "NOORD", "CENTRUM", "ZUID", "WEST"));
            }
            StringBuilder code = new StringBuilder();
            for (int i = between(in, 1, 12); i > 0; i--) {
                code.append(GROUP_CHARS.charAt(between(in, 0, GROUP_CHARS.length() - 1)));
            }
            return code.toString();
        };
    }

    /** Scopes of every kind: one CBS area, every area of a level, one group of a grouping, every group. */
    public static Gen<TargetScope> targetScopes() {
        return in -> {
            switch (between(in, 0, 3)) {
                case 0:
                    return TargetScope.area(CommonGenerators.areaCodes().generate(in));
                case 1:
                    return TargetScope.level(pick(in, List.of(AreaLevel.values())));
                case 2:
                    return TargetScope.group(
                            groupings().generate(in), groupCodes().generate(in));
                default:
                    return TargetScope.grouping(groupings().generate(in));
            }
        };
    }

    /** Valid targets: any indicator id, scope and period, and a finite value. */
    public static Gen<Target> targets() {
        return in -> Target.of(
                indicatorIds().generate(in),
                targetScopes().generate(in),
                CommonGenerators.periods().generate(in),
                finiteNumbers().generate(in));
    }

    /** Collections of up to ten targets, at most one per indicator, scope and period. */
    public static Gen<Targets> targetLists() {
        return in -> {
            java.util.List<Target> list = new ArrayList<>();
            Set<java.util.List<Object>> keys = new HashSet<>();
            for (int i = between(in, 0, 10); i > 0; i--) {
                Target t = targets().generate(in);
                if (keys.add(java.util.List.of(t.indicator(), t.scope(), t.period()))) {
                    list.add(t);
                }
            }
            return Targets.of(list);
        };
    }

    /**
     * Targets that break exactly one rule: {@link Target#VALUE_NOT_FINITE} (NaN or infinite), the scope's
     * {@link TargetScope#GROUPING_BLANK}, {@link TargetScope#GROUPING_IS_LEVEL} and
     * {@link TargetScope#GROUP_CODE_FORMAT}, and {@link Targets#DUPLICATE} (the same target twice among others).
     */
    public static Gen<Breach<?>> targetBreaches() {
        return in -> {
            Target t = targets().generate(in);
            switch (between(in, 0, 4)) {
                case 0: {
                    double bad = pick(in, List.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY));
                    return Breach.of(
                            Target.VALUE_NOT_FINITE,
                            "value " + bad,
                            () -> Target.validate(t.indicator().value(), t.scope(), t.period(), bad));
                }
                case 1: {
                    String blank = pick(in, BLANKS);
                    return Breach.of(
                            TargetScope.GROUPING_BLANK,
                            "grouping '" + blank + "'",
                            () -> TargetScope.validateGrouping(blank));
                }
                case 2: {
                    String level = pick(in, List.of(AreaLevel.values())).code();
                    return Breach.of(
                            TargetScope.GROUPING_IS_LEVEL,
                            "grouping " + level,
                            () -> TargetScope.validateGroup(level, groupCodes().generate(in)));
                }
                case 3: {
                    String code = pick(in, List.of("", "oost", "OOST NOORD", "X".repeat(65), "Z\u00dcD"));
                    return Breach.of(
                            TargetScope.GROUP_CODE_FORMAT,
                            "group code '" + code + "'",
                            () -> TargetScope.validateGroup(groupings().generate(in), code));
                }
                default: {
                    java.util.List<Target> twice =
                            new ArrayList<>(targetLists().generate(in).targets());
                    twice.removeIf(o -> o.indicator().equals(t.indicator())
                            && o.scope().equals(t.scope())
                            && o.period().equals(t.period()));
                    twice.add(between(in, 0, twice.size()), t);
                    Target again = Target.of(t.indicator(), t.scope(), t.period(), t.value() + 1);
                    twice.add(between(in, 0, twice.size()), again);
                    return Breach.of(Targets.DUPLICATE, "target " + t + " twice", () -> Targets.validate(twice));
                }
            }
        };
    }

    /** Periods as the results table writes them, for a target file's {@code period}. */
    public static Gen<ReportingPeriod> periods() {
        return CommonGenerators.periods();
    }

    // ---------------------------------------------------------------- helpers

    private static String kebab(RandomnessSource in) {
        java.util.List<String> words = new ArrayList<>();
        for (int w = between(in, 1, 4); w > 0; w--) {
            StringBuilder word = new StringBuilder();
            for (int c = between(in, 1, 8); c > 0; c--) {
                word.append(KEBAB_CHARS.charAt(between(in, 0, KEBAB_CHARS.length() - 1)));
            }
            words.add(word.toString());
        }
        return String.join("-", words);
    }

    private static int between(RandomnessSource in, int min, int max) {
        return integers().between(min, max).generate(in);
    }

    private static <T> T pick(RandomnessSource in, Seq<T> options) {
        return options.get(between(in, 0, options.size() - 1));
    }
}
