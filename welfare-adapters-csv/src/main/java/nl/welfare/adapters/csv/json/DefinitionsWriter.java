package nl.welfare.adapters.csv.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import nl.welfare.domain.programme.GoalId;
import nl.welfare.indicators.definition.Filter;
import nl.welfare.indicators.definition.IndicatorDefinition;
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

    private void measure(Measure measure) throws IOException {
        if (measure instanceof Measure.Counted counted) {
            counted(counted);
        } else if (measure instanceof Measure.ProportionSpec spec) {
            startKind("proportion");
            overFacts(spec);
            filterField("population", spec.population());
            filterField("condition", spec.condition());
            json.writeBooleanField("weighted", spec.weighted());
            endKind();
        } else if (measure instanceof Measure.LatestAssessmentSpec spec) {
            startKind("latest_assessment");
            overFacts(spec);
            filterField("population", spec.population());
            filterField("condition", spec.condition());
            endKind();
        } else if (measure instanceof Measure.RateSpec spec) {
            startKind("rate");
            json.writeFieldName("count");
            counted(spec.count());
            json.writeNumberField("per_inhabitants", spec.perInhabitants());
            endKind();
        } else if (measure instanceof Measure.RatioSpec spec) {
            startKind("ratio");
            json.writeFieldName("numerator");
            counted(spec.numerator());
            json.writeFieldName("denominator");
            counted(spec.denominator());
            endKind();
        } else if (measure instanceof Measure.MeanSpec spec) {
            startKind("mean");
            overFacts(spec);
            filterField("filter", spec.filter());
            json.writeStringField("value_attribute", spec.valueAttribute());
            json.writeBooleanField("weighted", spec.weighted());
            endKind();
        } else if (measure instanceof Measure.TransitionSpec spec) {
            startKind("transition");
            overFacts(spec);
            filterField("filter", spec.filter());
            json.writeStringField("value_attribute", spec.valueAttribute());
            endKind();
        } else if (measure instanceof Measure.NetworkSpec spec) {
            startKind("network");
            json.writeStringField("scope", spec.scope().code());
            endKind();
        } else if (measure instanceof Measure.ThresholdShareSpec spec) {
            startKind("threshold_share");
            json.writeStringField("base", spec.baseIndicator().value());
            json.writeStringField("level", spec.level().code());
            json.writeNumberField("threshold", spec.threshold());
            endKind();
        } else {
            startKind("change");
            json.writeStringField(
                    "base", ((Measure.ChangeSpec) measure).baseIndicator().value());
            endKind();
        }
    }

    private void overFacts(Measure.OverFacts spec) throws IOException {
        json.writeStringField("fact_type", spec.factType().code());
        json.writeStringField("mode", spec.mode().code());
    }

    private void counted(Measure.Counted counted) throws IOException {
        startKind(counted instanceof Measure.CountSpec ? "count" : "distinct_count");
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
        if (filter instanceof Filter.Equals equals) {
            startKind("equals");
            json.writeStringField("attribute", equals.attribute());
            json.writeFieldName("value");
            literal(equals.value());
            endKind();
        } else if (filter instanceof Filter.In in) {
            startKind("in");
            json.writeStringField("attribute", in.attribute());
            json.writeArrayFieldStart("values");
            for (Literal value : in.values()) {
                literal(value);
            }
            json.writeEndArray();
            endKind();
        } else if (filter instanceof Filter.Range range) {
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
        } else if (filter instanceof Filter.Junction junction) {
            json.writeStartObject();
            json.writeArrayFieldStart(junction instanceof Filter.And ? "and" : "or");
            for (Filter operand : junction.operands()) {
                filter(operand);
            }
            json.writeEndArray();
            json.writeEndObject();
        } else if (filter instanceof Filter.Not not) {
            json.writeStartObject();
            json.writeFieldName("not");
            filter(not.operand());
            json.writeEndObject();
        } else if (filter instanceof Filter.DateWithinPeriod within) {
            startKind("date_within_period");
            json.writeStringField("attribute", within.attribute());
            endKind();
        } else if (filter instanceof Filter.MemberOfCohort member) {
            startKind("member_of_cohort");
            json.writeStringField("cohort", member.cohort().value());
            endKind();
        } else if (filter instanceof Filter.ActiveInPeriod) {
            json.writeString("active_in_period");
        } else {
            json.writeString("all");
        }
    }

    private void literal(Literal literal) throws IOException {
        if (literal instanceof Literal.OfText text) {
            json.writeString(text.value());
        } else if (literal instanceof Literal.OfInteger integer) {
            json.writeNumber(integer.value());
        } else if (literal instanceof Literal.OfDecimal decimal) {
            json.writeNumber(decimal.value());
        } else {
            json.writeString(((Literal.OfDate) literal).value().toString());
        }
    }
}
