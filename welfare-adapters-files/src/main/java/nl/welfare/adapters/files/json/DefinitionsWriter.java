package nl.welfare.adapters.files.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import nl.welfare.adapters.files.internal.io.IoStep;
import nl.welfare.domain.programme.GoalId;
import nl.welfare.indicators.definition.Filter;
import nl.welfare.indicators.definition.IndicatorDefinition;
import nl.welfare.indicators.definition.IndicatorKind;
import nl.welfare.indicators.definition.Literal;
import nl.welfare.indicators.definition.Measure;

/**
 * Writes definitions in the format {@link DefinitionsReader} reads, every property in a fixed order, so that a
 * definition written and read back is equal to itself and the same definitions always give the same file.
 */
final class DefinitionsWriter {

    private final JsonGenerator json;

    private DefinitionsWriter(JsonGenerator json) {
        this.json = json;
    }

    /** {@code {"definitions": [...]}}. */
    static void write(JsonGenerator json, Iterable<? extends IndicatorDefinition> definitions) throws IOException {
        DefinitionsWriter writer = new DefinitionsWriter(json);
        json.writeStartObject();
        json.writeArrayFieldStart("definitions");
        for (IndicatorDefinition d : definitions) {
            writer.definition(d);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private void definition(IndicatorDefinition d) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", d.id().value());
        json.writeStringField("name", d.name());
        json.writeStringField("description", d.description());
        json.writeArrayFieldStart("goals");
        for (GoalId goal : d.goals()) {
            json.writeString(goal.value());
        }
        json.writeEndArray();
        json.writeStringField("unit", d.unit());
        json.writeStringField("polarity", d.polarity().code());
        json.writeStringField("statistical_unit", d.statisticalUnit().code());
        json.writeStringField("kind", d.kind().code());
        json.writeFieldName("measure");
        measure(d.measure());
        json.writeEndObject();
    }

    // ---- measures

    /**
     * Each kind as {@code {"kind": {...}}}, by a visitor, so that a new kind of measure does not compile here until it
     * says how it is written.
     */
    private void measure(Measure measure) throws IOException {
        measure.accept(new Measure.Visitor<IoStep>() {
                    @Override
                    public IoStep onCount(Measure.Count spec) {
                        return () -> counted(spec);
                    }

                    @Override
                    public IoStep onDistinctCount(Measure.DistinctCount spec) {
                        return () -> counted(spec);
                    }

                    @Override
                    public IoStep onProportion(Measure.Proportion spec) {
                        return () -> {
                            startKind("proportion");
                            overFacts(spec);
                            filterField("population", spec.population());
                            filterField("condition", spec.condition());
                            json.writeBooleanField("weighted", spec.weighted());
                            endKind();
                        };
                    }

                    @Override
                    public IoStep onLatestAssessment(Measure.LatestAssessment spec) {
                        return () -> {
                            startKind("latest_assessment");
                            overFacts(spec);
                            filterField("population", spec.population());
                            filterField("condition", spec.condition());
                            endKind();
                        };
                    }

                    @Override
                    public IoStep onRate(Measure.Rate spec) {
                        return () -> {
                            startKind("rate");
                            json.writeFieldName("count");
                            counted(spec.count());
                            json.writeNumberField("per_inhabitants", spec.perInhabitants());
                            endKind();
                        };
                    }

                    @Override
                    public IoStep onRatio(Measure.Ratio spec) {
                        return () -> {
                            startKind("ratio");
                            json.writeFieldName("numerator");
                            counted(spec.numerator());
                            json.writeFieldName("denominator");
                            counted(spec.denominator());
                            endKind();
                        };
                    }

                    @Override
                    public IoStep onMean(Measure.Mean spec) {
                        return () -> {
                            startKind("mean");
                            overFacts(spec);
                            filterField("filter", spec.filter());
                            json.writeStringField("value_attribute", spec.valueAttribute());
                            json.writeBooleanField("weighted", spec.weighted());
                            endKind();
                        };
                    }

                    @Override
                    public IoStep onTransition(Measure.Transition spec) {
                        return () -> {
                            startKind("transition");
                            overFacts(spec);
                            filterField("filter", spec.filter());
                            json.writeStringField("value_attribute", spec.valueAttribute());
                            endKind();
                        };
                    }

                    @Override
                    public IoStep onNetwork(Measure.Network spec) {
                        return () -> {
                            startKind("network");
                            json.writeStringField("scope", spec.scope().code());
                            endKind();
                        };
                    }

                    @Override
                    public IoStep onThresholdShare(Measure.ThresholdShare spec) {
                        return () -> {
                            startKind("threshold_share");
                            json.writeStringField("base", spec.baseIndicator().value());
                            json.writeStringField("level", spec.level().code());
                            json.writeNumberField("threshold", spec.threshold());
                            endKind();
                        };
                    }

                    @Override
                    public IoStep onChange(Measure.Change spec) {
                        return () -> {
                            startKind("change");
                            json.writeStringField("base", spec.baseIndicator().value());
                            endKind();
                        };
                    }
                })
                .run();
    }

    private void overFacts(Measure.OverFacts spec) throws IOException {
        json.writeStringField("fact_type", spec.factType().code());
        json.writeStringField("mode", spec.mode().code());
    }

    private void counted(Measure.Counted counted) throws IOException {
        startKind(counted.kind() == IndicatorKind.COUNT ? "count" : "distinct_count");
        overFacts(counted);
        filterField("filter", counted.filter());
        endKind();
    }

    /** Opens an object with the one property {@code kind} and the object under it; {@link #endKind()} closes both. */
    private void startKind(String kind) throws IOException {
        json.writeStartObject();
        json.writeFieldName(kind);
        json.writeStartObject();
    }

    private void endKind() throws IOException {
        json.writeEndObject();
        json.writeEndObject();
    }

    // ---- filters

    private void filterField(String name, Filter filter) throws IOException {
        json.writeFieldName(name);
        filter(filter);
    }

    /** Each node as {@code {"kind": ...}}; {@code all} and {@code active_in_period} as strings. */
    private void filter(Filter filter) throws IOException {
        filter.accept(new Filter.Visitor<IoStep>() {
                    @Override
                    public IoStep onEquals(Filter.Equals equals) {
                        return () -> {
                            startKind("equals");
                            json.writeStringField("attribute", equals.attribute());
                            json.writeFieldName("value");
                            literal(equals.value());
                            endKind();
                        };
                    }

                    @Override
                    public IoStep onIn(Filter.In in) {
                        return () -> {
                            startKind("in");
                            json.writeStringField("attribute", in.attribute());
                            json.writeArrayFieldStart("values");
                            for (Literal value : in.values()) {
                                literal(value);
                            }
                            json.writeEndArray();
                            endKind();
                        };
                    }

                    @Override
                    public IoStep onRange(Filter.Range range) {
                        return () -> {
                            startKind("range");
                            json.writeStringField("attribute", range.attribute());
                            if (range.min().isPresent()) {
                                json.writeFieldName("min");
                                literal(range.min().get());
                            }
                            if (range.max().isPresent()) {
                                json.writeFieldName("max");
                                literal(range.max().get());
                            }
                            endKind();
                        };
                    }

                    @Override
                    public IoStep onAnd(Filter.And and) {
                        return () -> junction("and", and);
                    }

                    @Override
                    public IoStep onOr(Filter.Or or) {
                        return () -> junction("or", or);
                    }

                    @Override
                    public IoStep onNot(Filter.Not not) {
                        return () -> {
                            json.writeStartObject();
                            json.writeFieldName("not");
                            filter(not.operand());
                            json.writeEndObject();
                        };
                    }

                    @Override
                    public IoStep onDateWithinPeriod(Filter.DateWithinPeriod within) {
                        return () -> {
                            startKind("date_within_period");
                            json.writeStringField("attribute", within.attribute());
                            endKind();
                        };
                    }

                    @Override
                    public IoStep onActiveInPeriod(Filter.ActiveInPeriod active) {
                        return () -> json.writeString("active_in_period");
                    }

                    @Override
                    public IoStep onMemberOfCohort(Filter.MemberOfCohort member) {
                        return () -> {
                            startKind("member_of_cohort");
                            json.writeStringField("cohort", member.cohort().value());
                            endKind();
                        };
                    }

                    @Override
                    public IoStep onAll(Filter.All all) {
                        return () -> json.writeString("all");
                    }
                })
                .run();
    }

    private void junction(String name, Filter.Junction junction) throws IOException {
        json.writeStartObject();
        json.writeArrayFieldStart(name);
        for (Filter operand : junction.operands()) {
            filter(operand);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private void literal(Literal literal) throws IOException {
        literal.accept(new Literal.Visitor<IoStep>() {
                    @Override
                    public IoStep onText(Literal.OfText text) {
                        return () -> json.writeString(text.value());
                    }

                    @Override
                    public IoStep onInteger(Literal.OfInteger integer) {
                        return () -> json.writeNumber(integer.value());
                    }

                    @Override
                    public IoStep onDecimal(Literal.OfDecimal decimal) {
                        return () -> json.writeNumber(decimal.value());
                    }

                    @Override
                    public IoStep onDate(Literal.OfDate date) {
                        return () -> json.writeString(date.value().toString());
                    }
                })
                .run();
    }
}
