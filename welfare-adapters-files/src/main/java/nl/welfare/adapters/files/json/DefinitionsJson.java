package nl.welfare.adapters.files.json;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import nl.welfare.adapters.files.fault.FileFault;
import nl.welfare.adapters.files.fault.FileFaultException;
import nl.welfare.adapters.files.internal.io.FaultLog;
import nl.welfare.adapters.files.internal.io.Node;
import nl.welfare.domain.value.Violation;
import nl.welfare.indicators.catalogue.IndicatorCatalogue;
import nl.welfare.indicators.definition.IndicatorDefinition;
import nl.welfare.indicators.definition.IndicatorId;

/**
 * Indicator definitions as JSON (indicatordefinities): a file a researcher writes without Java, read with every fault
 * at once and written back in the same form.
 *
 * <p>A file holds an array of definitions, or an object whose one property {@code definitions} is that array. A
 * definition has the fields of {@link IndicatorDefinition} in snake case; its measure and each filter are an object
 * with one property that names its kind:
 *
 * <pre>{@code
 * {
 *   "definitions": [
 *     {
 *       "id": "resident-led-initiatives",
 *       "name": "Resident-led initiatives",
 *       "description": "Among initiatives active in the period, the share led by residents.",
 *       "goals": ["self-and-mutual-reliance"],
 *       "unit": "share",
 *       "polarity": "higher_is_better",
 *       "statistical_unit": "other",
 *       "kind": "proportion",
 *       "measure": {
 *         "proportion": {
 *           "fact_type": "initiatives",
 *           "mode": "stock",
 *           "population": "all",
 *           "condition": {"equals": {"attribute": "lead", "value": "residents"}}
 *         }
 *       }
 *     }
 *   ]
 * }
 * }</pre>
 *
 * <table>
 *   <caption>Measures: {@code {"<kind>": {...}}}; properties in brackets are optional</caption>
 *   <tr><th>kind</th><th>properties</th></tr>
 *   <tr><td>{@code count}, {@code distinct_count}</td><td>fact_type, mode, [filter]</td></tr>
 *   <tr><td>{@code proportion}</td><td>fact_type, mode, [population], condition, [weighted]</td></tr>
 *   <tr><td>{@code latest_assessment} (kind proportion)</td><td>fact_type, mode, [population], condition</td></tr>
 *   <tr><td>{@code rate}</td><td>count (a count or distinct_count measure), per_inhabitants</td></tr>
 *   <tr><td>{@code ratio}</td><td>numerator, denominator (each a count or distinct_count measure)</td></tr>
 *   <tr><td>{@code mean}</td><td>fact_type, mode, [filter], value_attribute, [weighted]</td></tr>
 *   <tr><td>{@code transition}</td><td>fact_type, mode, [filter], value_attribute</td></tr>
 *   <tr><td>{@code network}</td><td>[scope]: {@code anywhere} (the default: the other initiative of a link may be in
 *       any area) or {@code within_area} (only links whose two initiatives are both in the area count)</td></tr>
 *   <tr><td>{@code threshold_share}</td><td>base, level, threshold</td></tr>
 *   <tr><td>{@code change}</td><td>base</td></tr>
 * </table>
 *
 * <table>
 *   <caption>Filters: {@code {"<kind>": ...}}; a filter not given is "all"</caption>
 *   <tr><th>kind</th><th>example</th></tr>
 *   <tr><td>{@code equals}</td><td>{@code {"equals": {"attribute": "lead", "value": "residents"}}}</td></tr>
 *   <tr><td>{@code in}</td><td>{@code {"in": {"attribute": "answer", "values": [1, 2]}}}</td></tr>
 *   <tr><td>{@code range}</td><td>{@code {"range": {"attribute": "answer", "min": 1, "max": 5}}} (either bound)</td></tr>
 *   <tr><td>{@code and}, {@code or}</td><td>{@code {"and": [filter, filter]}}</td></tr>
 *   <tr><td>{@code not}</td><td>{@code {"not": filter}}</td></tr>
 *   <tr><td>{@code date_within_period}</td><td>{@code {"date_within_period": {"attribute": "ended"}}}</td></tr>
 *   <tr><td>{@code member_of_cohort}</td><td>{@code {"member_of_cohort": {"cohort": "shelter-pilot"}}}</td></tr>
 *   <tr><td>{@code active_in_period}, {@code all}</td><td>{@code "active_in_period"}, {@code "all"} (or
 *       {@code {"all": {}}})</td></tr>
 * </table>
 *
 * <p>A value compared in a filter is a string or a number: a string compared with a date attribute is an ISO date
 * ({@code "2019-03-14"}), a number without fraction or exponent is an integer, any other number a decimal. Codes are
 * the domain's ({@code higher_is_better}, {@code persons}, {@code survey_responses}, {@code flow}, {@code district}); a
 * property that is {@code null} counts as not given.
 *
 * <p>A definition read is checked as any other input: every fault is reported at once, each a {@link FileFault} with
 * the line and column of the JSON value, its path (indexes from 0), and either a rule of the JSON ({@link JsonRules})
 * or the domain's own rule ({@code IndicatorDefinition.UNIT_BLANK}, {@code Filter.UNKNOWN_ATTRIBUTE}). Nothing is
 * returned unless the whole file is valid:
 *
 * <pre>{@code
 * definitions.json, line 31, column 48 (definitions[3].measure.proportion.condition.and[1].equals.attribute):
 *   must name only attributes of the fact type, rejected: gender = 'x' [filter.unknown-attribute]
 * }</pre>
 *
 * <pre>{@code
 * Seq<IndicatorDefinition> mine = DefinitionsJson.read(Path.of("definitions.json"));  // or FileFaultException
 * IndicatorCatalogue all = DefinitionsJson.readCatalogue(Path.of("definitions.json"), ReferenceCatalogue.catalogue());
 * DefinitionsJson.toJson(ReferenceCatalogue.all());                                   // what welfare catalogue prints
 * }</pre>
 */
public final class DefinitionsJson {

    private DefinitionsJson() {}

    /** The definitions in {@code file}; throws {@link FileFaultException} with every fault if it has any. */
    public static Seq<IndicatorDefinition> read(Path file) {
        return orThrow(validate(file));
    }

    /** The definitions in {@code file}, or every fault it has. */
    public static Validation<Seq<FileFault>, Seq<IndicatorDefinition>> validate(Path file) {
        FaultLog faults = new FaultLog(file.toString());
        return definitions(faults, JsonInput.read(file, faults));
    }

    /** The definitions in {@code content} (UTF-8), the file named {@code file} in faults, or every fault. */
    public static Validation<Seq<FileFault>, Seq<IndicatorDefinition>> validate(String file, byte[] content) {
        FaultLog faults = new FaultLog(file);
        return definitions(faults, JsonInput.read(content, faults));
    }

    /** The definitions in the JSON text {@code json}, the file named {@code file} in faults, or every fault. */
    public static Validation<Seq<FileFault>, Seq<IndicatorDefinition>> validate(String file, String json) {
        FaultLog faults = new FaultLog(file);
        return definitions(faults, JsonInput.read(json, faults));
    }

    /**
     * The catalogue {@code base} with the definitions in {@code file} added; throws {@link FileFaultException} with
     * every fault if the file has any, or if its definitions do not fit the catalogue (an id that is already there, a
     * base that is not, a cycle).
     */
    public static IndicatorCatalogue readCatalogue(Path file, IndicatorCatalogue base) {
        return orThrow(validateCatalogue(file, base));
    }

    /** The catalogue {@code base} with the definitions in {@code file} added, or every fault. */
    public static Validation<Seq<FileFault>, IndicatorCatalogue> validateCatalogue(Path file, IndicatorCatalogue base) {
        FaultLog faults = new FaultLog(file.toString());
        return catalogue(faults, JsonInput.read(file, faults), base);
    }

    /** The catalogue {@code base} with the definitions in {@code content} (UTF-8) added, or every fault. */
    public static Validation<Seq<FileFault>, IndicatorCatalogue> validateCatalogue(
            String file, byte[] content, IndicatorCatalogue base) {
        FaultLog faults = new FaultLog(file);
        return catalogue(faults, JsonInput.read(content, faults), base);
    }

    /** Writes {@code definitions} to {@code file} in UTF-8, as {@link #toJson} gives them. */
    public static void write(Iterable<? extends IndicatorDefinition> definitions, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(definitions, out);
        }
    }

    /** Writes {@code definitions} to {@code out}, as {@link #toJson} gives them; {@code out} stays open. */
    public static void write(Iterable<? extends IndicatorDefinition> definitions, Writer out) throws IOException {
        JsonOutput.write(out, json -> DefinitionsWriter.write(json, definitions));
    }

    /**
     * {@code definitions} as the JSON text this class reads: {@code {"definitions": [...]}}, two spaces per level,
     * every property given (also the optional ones) in a fixed order, ending in a line feed.
     */
    public static String toJson(Iterable<? extends IndicatorDefinition> definitions) {
        return JsonOutput.toString(json -> DefinitionsWriter.write(json, definitions));
    }

    // ---- reading

    private static Validation<Seq<FileFault>, Seq<IndicatorDefinition>> definitions(
            FaultLog faults, Option<Node> root) {
        Seq<DefinitionsReader.Read> read = checked(faults, root, Set.of());
        return faults.isEmpty() ? Validation.valid(read.map(DefinitionsReader.Read::definition)) : invalid(faults);
    }

    private static Validation<Seq<FileFault>, IndicatorCatalogue> catalogue(
            FaultLog faults, Option<Node> root, IndicatorCatalogue base) {
        Seq<DefinitionsReader.Read> read =
                checked(faults, root, base.all().map(IndicatorDefinition::id).toJavaSet());
        if (!faults.isEmpty()) {
            return invalid(faults);
        }
        Validation<Seq<Violation>, IndicatorCatalogue> catalogue =
                IndicatorCatalogue.validate(base.all().appendAll(read.map(DefinitionsReader.Read::definition)));
        if (catalogue.isValid()) {
            return Validation.valid(catalogue.get());
        }
        for (Violation v : catalogue.getError()) {
            String id = v.rejectedValue().split(" -> ", 2)[0];
            Option<DefinitionsReader.Read> culprit =
                    read.findLast(r -> r.definition().id().value().equals(id));
            if (culprit.isDefined()) {
                DefinitionsReader.Place at = culprit.get().at(v.field());
                faults.add(v.rule(), at.path(), at.node(), v.rejectedValue());
            } else {
                faults.addToFile(v.rule(), v.rejectedValue());
            }
        }
        return invalid(faults);
    }

    /** The definitions read, with a fault for each id that an earlier one (or one of {@code known}) has. */
    private static Seq<DefinitionsReader.Read> checked(FaultLog faults, Option<Node> root, Set<IndicatorId> known) {
        Seq<DefinitionsReader.Read> read =
                root.map(r -> new DefinitionsReader(faults).read(r)).getOrElse(List.empty());
        Set<IndicatorId> seen = new HashSet<>(known);
        for (DefinitionsReader.Read r : read) {
            IndicatorId id = r.definition().id();
            if (!seen.add(id)) {
                DefinitionsReader.Place at = r.at("id");
                faults.add(
                        IndicatorCatalogue.DUPLICATE_ID,
                        at.path(),
                        at.node().line(),
                        at.node().column(),
                        Optional.of(id.value()));
            }
        }
        return read;
    }

    private static <T> Validation<Seq<FileFault>, T> invalid(FaultLog faults) {
        return Validation.invalid(faults.byPlace());
    }

    static <T> T orThrow(Validation<Seq<FileFault>, T> result) {
        if (result.isInvalid()) {
            throw new FileFaultException(result.getError());
        }
        return result.get();
    }
}
