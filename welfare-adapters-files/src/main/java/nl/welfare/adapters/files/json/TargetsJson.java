package nl.welfare.adapters.files.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.welfare.adapters.files.fault.FileFault;
import nl.welfare.adapters.files.fault.FileFaultException;
import nl.welfare.adapters.files.internal.io.FaultLog;
import nl.welfare.adapters.files.internal.io.Node;
import nl.welfare.indicators.catalogue.IndicatorCatalogue;
import nl.welfare.indicators.target.Target;
import nl.welfare.indicators.target.TargetScope;
import nl.welfare.indicators.target.Targets;

/**
 * Targets as JSON (streefwaarden): the file {@code welfare compute --targets FILE} reads, written by hand or by this
 * class.
 *
 * <p>A file holds an array of targets, or an object whose one property {@code targets} is that array. A target names
 * its indicator; the areas it applies to by exactly one of {@code area} (one CBS area), {@code level} (every area of a
 * CBS level) or {@code grouping} (every group of a grouping, or with {@code group} one group of it); its period as the
 * results table writes it; and the value in the unit of the indicator's results (a fraction for a share). One flat
 * object per target is what R's {@code jsonlite::write_json(df)} and pandas' {@code df.to_json(orient="records")}
 * write from a table with these columns; a property that is {@code null} counts as not given.
 *
 * <pre>{@code
 * {
 *   "targets": [
 *     {"indicator": "resident-led-initiatives", "level": "district", "period": "2022", "value": 0.8},
 *     {"indicator": "resident-led-initiatives", "area": "WK015300", "period": "2022", "value": 0.9},
 *     {"indicator": "feels-safe", "grouping": "borough", "group": "OOST", "period": "2019-Q2", "value": 0.75},
 *     {"indicator": "loneliness", "grouping": "borough", "period": "2018/2022", "value": 0.1}
 *   ]
 * }
 * }</pre>
 *
 * <p>A period is a string ({@code "2022"}, {@code "2019-Q2"}, {@code "2019-03"}, {@code "2018/2022"}); a year may also
 * be a number ({@code 2022}). FaultLog are reported as {@link DefinitionsJson} reports them: every one at once, each with
 * its line, column and JSON path; a second target for the same indicator, scope and period is
 * {@link Targets#DUPLICATE}. Read against a catalogue, a target must name one of its indicators
 * ({@link JsonRules#UNKNOWN_INDICATOR}) and its value must fit the indicator ({@link Target#SHARE_RANGE}: a share's
 * target lies between 0 and 1, so 60% is {@code 0.6}, not {@code 60}; {@link Target#SHARE_CHANGE_RANGE} for a change
 * of a share).
 *
 * <pre>{@code
 * Targets targets = TargetsJson.read(Path.of("targets.json"), catalogue);  // or FileFaultException
 * TargetsJson.toJson(targets);
 * }</pre>
 */
public final class TargetsJson {

    private TargetsJson() {}

    /** The targets in {@code file}; throws {@link FileFaultException} with every fault if it has any. */
    public static Targets read(Path file) {
        return DefinitionsJson.orThrow(validate(file));
    }

    /**
     * The targets in {@code file}, each for an indicator of {@code catalogue} ({@link JsonRules#UNKNOWN_INDICATOR})
     * with a value that fits it ({@link Target#SHARE_RANGE}, {@link Target#SHARE_CHANGE_RANGE}); throws {@link FileFaultException} with every fault if it has any.
     */
    public static Targets read(Path file, IndicatorCatalogue catalogue) {
        return DefinitionsJson.orThrow(validate(file, catalogue));
    }

    /** The targets in {@code file}, or every fault it has. */
    public static Validation<Seq<FileFault>, Targets> validate(Path file) {
        FaultLog faults = new FaultLog(file.toString());
        return targets(faults, JsonInput.read(file, faults), Option.none());
    }

    /**
     * The targets in {@code file}, each for an indicator of {@code catalogue} with a value that fits it, or every
     * fault.
     */
    public static Validation<Seq<FileFault>, Targets> validate(Path file, IndicatorCatalogue catalogue) {
        FaultLog faults = new FaultLog(file.toString());
        return targets(faults, JsonInput.read(file, faults), Option.some(catalogue));
    }

    /** The targets in {@code content} (UTF-8), the file named {@code file} in faults, or every fault. */
    public static Validation<Seq<FileFault>, Targets> validate(String file, byte[] content) {
        FaultLog faults = new FaultLog(file);
        return targets(faults, JsonInput.read(content, faults), Option.none());
    }

    /** The targets in the JSON text {@code json}, the file named {@code file} in faults, or every fault. */
    public static Validation<Seq<FileFault>, Targets> validate(String file, String json) {
        FaultLog faults = new FaultLog(file);
        return targets(faults, JsonInput.read(json, faults), Option.none());
    }

    /** Writes {@code targets} to {@code file} in UTF-8, as {@link #toJson} gives them. */
    public static void write(Targets targets, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(targets, out);
        }
    }

    /** Writes {@code targets} to {@code out}, as {@link #toJson} gives them; {@code out} stays open. */
    public static void write(Targets targets, Writer out) throws IOException {
        JsonOutput.write(out, json -> write(json, targets));
    }

    /**
     * {@code targets} as the JSON text this class reads: {@code {"targets": [...]}} in their order, the properties of
     * each in a fixed order, ending in a line feed.
     */
    public static String toJson(Targets targets) {
        return JsonOutput.toString(json -> write(json, targets));
    }

    private static Validation<Seq<FileFault>, Targets> targets(
            FaultLog faults, Option<Node> root, Option<IndicatorCatalogue> catalogue) {
        Seq<Target> read =
                root.map(r -> new TargetsReader(faults, catalogue).read(r)).getOrElse(List.empty());
        return faults.isEmpty() ? Validation.valid(Targets.of(read)) : Validation.invalid(faults.byPlace());
    }

    private static void write(JsonGenerator json, Targets targets) throws IOException {
        json.writeStartObject();
        json.writeArrayFieldStart("targets");
        for (Target t : targets.targets()) {
            json.writeStartObject();
            json.writeStringField("indicator", t.indicator().value());
            scope(json, t.scope());
            json.writeStringField("period", t.period().toString());
            json.writeNumberField("value", t.value());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void scope(JsonGenerator json, TargetScope scope) throws IOException {
        if (scope instanceof TargetScope.OneArea area) {
            json.writeStringField("area", area.area().value());
        } else if (scope instanceof TargetScope.AllOfLevel level) {
            json.writeStringField("level", level.level().code());
        } else if (scope instanceof TargetScope.OneGroup group) {
            json.writeStringField("grouping", group.grouping());
            json.writeStringField("group", group.groupCode());
        } else {
            json.writeStringField("grouping", ((TargetScope.AllOfGrouping) scope).grouping());
        }
    }
}
