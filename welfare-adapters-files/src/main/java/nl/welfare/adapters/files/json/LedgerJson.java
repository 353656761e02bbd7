package nl.welfare.adapters.files.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.welfare.adapters.files.fault.FileFault;
import nl.welfare.adapters.files.fault.FileFaultException;
import nl.welfare.adapters.files.internal.io.FaultLog;
import nl.welfare.adapters.files.internal.io.Node;
import nl.welfare.adapters.files.internal.io.Paths;
import nl.welfare.domain.time.PeriodGranularity;
import nl.welfare.domain.value.InvalidValueException;
import nl.welfare.domain.value.Violation;
import nl.welfare.indicators.disclosure.CellKey;
import nl.welfare.indicators.disclosure.CellStatus;
import nl.welfare.indicators.disclosure.DisclosureRules;
import nl.welfare.indicators.disclosure.Ledger;

/**
 * The ledger of releases as JSON (publicatieregister): the file {@code welfare compute --ledger FILE} reads before an
 * output and writes after it, kept by the publisher beside the data, never published. It records the disclosure rules
 * it was made under (the rounding key by its fingerprint only) and every cell released, grouped by indicator and
 * period:
 *
 * <pre>{@code
 * {
 *   "rules": {"min_count": 10, "small_band": 4, "finest_period": "year", "round": 5,
 *             "rounding_key_fingerprint": "3f9a0c12e4b7d851"},
 *   "cells": [
 *     {"indicator": "feels-safe", "period": "2022", "published": ["GM0153", "WK015300"], "suppressed": ["BU01530001"]}
 *   ]
 * }
 * }</pre>
 *
 * <p>Without rounding, {@code round} and {@code rounding_key_fingerprint} are left out. FaultLog are reported as
 * {@link DefinitionsJson} reports them: every one at once, each with its line, column and JSON path; a cell listed
 * twice is {@link JsonRules#DUPLICATE_CELL}. A file is written whole or not at all (a temporary file moved into place),
 * so an interrupted run leaves the previous ledger.
 *
 * <pre>{@code
 * Ledger ledger = Files.exists(file) ? LedgerJson.read(file) : Ledger.empty(rules);
 * Release release = IndicatorEngine.release(definitions, dataset, query.withLedger(ledger), false);
 * LedgerJson.write(ledger.plus(release.released()), file);
 * }</pre>
 */
public final class LedgerJson {

    private LedgerJson() {}

    /** The ledger in {@code file}; throws {@link FileFaultException} with every fault if it has any. */
    public static Ledger read(Path file) {
        return DefinitionsJson.orThrow(validate(file));
    }

    /** The ledger in {@code file}, or every fault it has. */
    public static Validation<Seq<FileFault>, Ledger> validate(Path file) {
        FaultLog faults = new FaultLog(file.toString());
        return ledger(faults, JsonInput.read(file, faults));
    }

    /** The ledger in the JSON text {@code json}, the file named {@code file} in faults, or every fault. */
    public static Validation<Seq<FileFault>, Ledger> validate(String file, String json) {
        FaultLog faults = new FaultLog(file);
        return ledger(faults, JsonInput.read(json, faults));
    }

    /**
     * Writes {@code ledger} to {@code file} in UTF-8, as {@link #toJson} gives it: into a temporary file beside it
     * first, then moved over {@code file}, so that the file holds the old ledger or the new one, never a part.
     */
    public static void write(Ledger ledger, Path file) throws IOException {
        Path absolute = file.toAbsolutePath();
        Path folder = absolute.getParent() == null ? Path.of(".") : absolute.getParent();
        Path temporary = Files.createTempFile(folder, "." + absolute.getFileName(), ".tmp");
        try {
            try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                write(ledger, out);
            }
            try {
                Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Writes {@code ledger} to {@code out}, as {@link #toJson} gives it; {@code out} stays open. */
    public static void write(Ledger ledger, Writer out) throws IOException {
        JsonOutput.write(out, json -> write(json, ledger));
    }

    /**
     * {@code ledger} as the JSON text this class reads: its rules, then one entry per indicator and period in their
     * order, the areas of each status in order, ending in a line feed.
     */
    public static String toJson(Ledger ledger) {
        return JsonOutput.toString(json -> write(json, ledger));
    }

    private static void write(JsonGenerator json, Ledger ledger) throws IOException {
        json.writeStartObject();
        json.writeObjectFieldStart("rules");
        json.writeNumberField("min_count", ledger.minimum());
        json.writeNumberField("small_band", ledger.smallBand());
        json.writeStringField("finest_period", ledger.finestPeriod().code());
        if (ledger.roundingBase().isPresent()) {
            json.writeNumberField("round", ledger.roundingBase().get());
        }
        if (ledger.keyFingerprint().isPresent()) {
            json.writeStringField(
                    "rounding_key_fingerprint", ledger.keyFingerprint().get());
        }
        json.writeEndObject();
        Map<List<String>, Map<CellStatus, List<String>>> entries = new TreeMap<>((a, b) -> {
            int byIndicator = a.get(0).compareTo(b.get(0));
            return byIndicator != 0 ? byIndicator : a.get(1).compareTo(b.get(1));
        });
        ledger.cells()
                .forEach((key, status) -> entries.computeIfAbsent(
                                List.of(key.indicator(), key.period()), k -> new TreeMap<>())
                        .computeIfAbsent(status, s -> new ArrayList<>())
                        .add(key.area()));
        json.writeArrayFieldStart("cells");
        for (Map.Entry<List<String>, Map<CellStatus, List<String>>> entry : entries.entrySet()) {
            json.writeStartObject();
            json.writeStringField("indicator", entry.getKey().get(0));
            json.writeStringField("period", entry.getKey().get(1));
            for (CellStatus status : CellStatus.values()) {
                List<String> areas = entry.getValue().getOrDefault(status, List.of());
                json.writeArrayFieldStart(statusName(status));
                for (String area : areas) {
                    json.writeString(area);
                }
                json.writeEndArray();
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static String statusName(CellStatus status) {
        return status == CellStatus.PUBLISHED ? "published" : "suppressed";
    }

    private static Validation<Seq<FileFault>, Ledger> ledger(FaultLog faults, Option<Node> root) {
        Option<Ledger> read = root.flatMap(r -> Fields.of(faults, r, "", "rules", "cells"))
                .flatMap(f -> {
                    Option<Rules> rules = f.required("rules").flatMap(n -> rules(faults, n));
                    Map<CellKey, CellStatus> cells =
                            f.required("cells").map(n -> cells(faults, n)).getOrElse(Map.of());
                    return rules.map(r ->
                            Ledger.of(r.minimum(), r.smallBand(), r.finestPeriod(), r.round(), r.fingerprint(), cells));
                });
        return faults.isEmpty() && read.isDefined()
                ? Validation.valid(read.get())
                : Validation.invalid(faults.byPlace());
    }

    /** The rules a ledger records. */
    private record Rules(
            int minimum,
            int smallBand,
            PeriodGranularity finestPeriod,
            Optional<Integer> round,
            Optional<String> fingerprint) {}

    private static Option<Rules> rules(FaultLog faults, Node node) {
        return Fields.of(
                        faults,
                        node,
                        "rules",
                        "min_count",
                        "small_band",
                        "finest_period",
                        "round",
                        "rounding_key_fingerprint")
                .flatMap(f -> {
                    Option<Integer> minimum = f.integer("min_count");
                    Option<Integer> band = f.integer("small_band");
                    Option<PeriodGranularity> finest = f.parsed("finest_period", PeriodGranularity::parse);
                    Option<Node> roundNode = f.optional("round");
                    Option<Optional<Integer>> round = roundNode.isEmpty()
                            ? Option.some(Optional.empty())
                            : f.integer("round").map(Optional::of);
                    Option<Optional<String>> fingerprint = f.optional("rounding_key_fingerprint")
                            .map(n -> f.text(n, f.path("rounding_key_fingerprint"))
                                    .map(Optional::of))
                            .getOrElse(Option.some(Optional.empty()));
                    boolean valid = true;
                    if (minimum.isDefined() && band.isDefined()) {
                        Validation<Seq<Violation>, DisclosureRules> rules =
                                DisclosureRules.validate(minimum.get(), band.get());
                        if (rules.isInvalid()) {
                            for (Violation v : rules.getError()) {
                                String name =
                                        v.rule().equals(DisclosureRules.MINIMUM_BELOW_ONE) ? "min_count" : "small_band";
                                faults.add(
                                        io.vavr.collection.List.of(v),
                                        f.path(name),
                                        f.optional(name).get());
                            }
                            valid = false;
                        }
                    }
                    if (!valid
                            || minimum.isEmpty()
                            || band.isEmpty()
                            || finest.isEmpty()
                            || round.isEmpty()
                            || fingerprint.isEmpty()) {
                        return Option.none();
                    }
                    if (round.get().isPresent() != fingerprint.get().isPresent()) {
                        faults.add(JsonRules.ROUNDING_SHAPE, f.path(), node, round.get() + ", " + fingerprint.get());
                        return Option.none();
                    }
                    if (round.get().isPresent() && round.get().get() < 2) {
                        faults.add(
                                DisclosureRules.ROUNDING_BASE_BELOW_TWO,
                                f.path("round"),
                                roundNode.get(),
                                roundNode.get().shown());
                        return Option.none();
                    }
                    return Option.some(
                            new Rules(minimum.get(), band.get(), finest.get(), round.get(), fingerprint.get()));
                });
    }

    private static Map<CellKey, CellStatus> cells(FaultLog faults, Node node) {
        Map<CellKey, CellStatus> cells = new HashMap<>();
        if (!node.is(Node.Type.ARRAY)) {
            faults.add(JsonRules.NOT_AN_ARRAY, "cells", node, node.shown());
            return cells;
        }
        int index = 0;
        for (Node entry : node.elements()) {
            String path = Paths.element("cells", index++);
            Fields.of(faults, entry, path, "indicator", "period", "published", "suppressed")
                    .forEach(f -> entry(faults, f, cells));
        }
        return cells;
    }

    private static void entry(FaultLog faults, Fields f, Map<CellKey, CellStatus> cells) {
        Option<String> indicator = f.text("indicator");
        Option<String> period = f.text("period");
        Map<CellStatus, Node> lists = new LinkedHashMap<>();
        for (CellStatus status : CellStatus.values()) {
            f.optional(statusName(status)).forEach(n -> lists.put(status, n));
        }
        if (indicator.isEmpty() || period.isEmpty()) {
            return;
        }
        for (Map.Entry<CellStatus, Node> list : lists.entrySet()) {
            String path = f.path(statusName(list.getKey()));
            Node areas = list.getValue();
            if (!areas.is(Node.Type.ARRAY)) {
                faults.add(JsonRules.NOT_AN_ARRAY, path, areas, areas.shown());
                continue;
            }
            int index = 0;
            for (Node area : areas.elements()) {
                String at = Paths.element(path, index++);
                Option<String> code = f.text(area, at);
                if (code.isEmpty()) {
                    continue;
                }
                CellKey key;
                try {
                    key = CellKey.of(indicator.get(), code.get(), period.get());
                } catch (InvalidValueException invalid) {
                    faults.add(invalid.violations(), at, area);
                    continue;
                }
                if (cells.putIfAbsent(key, list.getKey()) != null) {
                    faults.add(JsonRules.DUPLICATE_CELL, at, area, key.toString());
                }
            }
        }
    }
}
