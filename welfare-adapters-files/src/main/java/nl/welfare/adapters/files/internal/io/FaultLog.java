package nl.welfare.adapters.files.internal.io;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import nl.welfare.adapters.files.fault.FileFault;
import nl.welfare.adapters.files.fault.ImmutableFileFault;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violation;

/**
 * The faults found while reading, collected so that every reader names them alike. A reader of one JSON document lists
 * every fault ({@link #FaultLog(String)}) and gives them by their place ({@link #byPlace()}). A reader of a whole data
 * package, whose files may have a fault on each of millions of rows, caps them ({@link Caps}), so that one
 * systematic fault does not hide the others:
 *
 * <ul>
 *   <li>At most {@link Caps#perRule()} are listed per file, rule and column (or field): a date format wrong on 7,000
 *       rows is that many faults and one fault of {@link Caps#summary()} that counts the rest, in the same column, so
 *       that the fault of another column or rule is still listed.
 *   <li>A reference to a row that is not there ({@link #addRepeated}) is listed once per file, column and text: its
 *       rejected text says on how many more rows it came back.
 *   <li>At most {@link Caps#perFile()} are listed per file, so that a file with a fault on each of ten million rows
 *       does not fill the memory with faults; the rest are counted and summed up in one fault.
 * </ul>
 *
 * The summaries are added when a file is done ({@link #finish}).
 */
public class FaultLog {

    /**
     * How many faults are listed: {@code perRule} per file, rule and column, {@code perFile} per file, the rest counted
     * in faults of the rule {@code summary}.
     */
    public record Caps(int perRule, int perFile, Rule summary) {}

    private final String file;
    private final Option<Caps> caps;
    private final java.util.List<FileFault> listed = new ArrayList<>();
    private final Map<String, FileCount> perFile = new HashMap<>();
    private boolean any;
    private boolean errors;
    private long rejectedRows;

    /** What is counted per file. */
    private static final class FileCount {
        int listed;
        long hiddenErrors;
        long hiddenWarnings;
        final Map<Key, KeyCount> perKey = new LinkedHashMap<>();
        final Map<Repeat, Repeated> repeated = new HashMap<>();
    }

    /** A rule in a column (or field) of a file. */
    private record Key(Rule rule, Optional<String> field, Optional<Integer> column) {
        static Key of(FileFault fault) {
            return new Key(fault.rule(), fault.field(), fault.column());
        }
    }

    /** The faults of one key: how many are listed, how many are not, and the line of the first not listed. */
    private static final class KeyCount {
        int listed;
        long hiddenErrors;
        long hiddenWarnings;
        Optional<Long> firstHidden = Optional.empty();
    }

    /** A rule, column and rejected text of a repeated fault. */
    private record Repeat(Key key, String text) {}

    /** Where the first fault of a repeat is listed (-1: it is not), and on how many rows it came. */
    private static final class Repeated {
        final int index;
        long rows = 1;

        Repeated(int index) {
            this.index = index;
        }
    }

    /** The faults of files listed within {@code caps} (none: all are listed); {@code file} names those given by place. */
    protected FaultLog(String file, Option<Caps> caps) {
        this.file = file;
        this.caps = caps;
    }

    /** The faults of the one document {@code file}, every one listed; {@code file} names those given by place. */
    public FaultLog(String file) {
        this(file, Option.none());
    }

    /** The file that faults given by their place alone are in. */
    public final String file() {
        return file;
    }

    /** Records {@code fault}; returns whether it is listed (else it is only counted). */
    public final boolean add(FileFault fault) {
        any = true;
        errors |= fault.isError();
        if (caps.isEmpty()) {
            listed.add(fault);
            return true;
        }
        Caps limits = caps.get();
        FileCount count = perFile.computeIfAbsent(fault.file(), f -> new FileCount());
        KeyCount key = count.perKey.computeIfAbsent(Key.of(fault), k -> new KeyCount());
        if (key.listed >= limits.perRule()) {
            if (fault.isError()) {
                key.hiddenErrors++;
            } else {
                key.hiddenWarnings++;
            }
            if (key.firstHidden.isEmpty()) {
                key.firstHidden = fault.line();
            }
            return false;
        }
        if (count.listed >= limits.perFile()) {
            if (fault.isError()) {
                count.hiddenErrors++;
            } else {
                count.hiddenWarnings++;
            }
            return false;
        }
        key.listed++;
        count.listed++;
        listed.add(fault);
        return true;
    }

    /**
     * Records {@code fault}, a fault that the rows which repeat its rejected text in its column would repeat (a
     * reference to an area that is not there): only its first row is listed, and when the file is done its rejected
     * text says on how many more rows it came ({@code BU01539999 (and 411 more rows)}).
     */
    public final void addRepeated(FileFault fault) {
        any = true;
        errors |= fault.isError();
        FileCount count = perFile.computeIfAbsent(fault.file(), f -> new FileCount());
        Repeat repeat = new Repeat(Key.of(fault), fault.rejected().orElse(""));
        Repeated seen = count.repeated.get(repeat);
        if (seen != null) {
            seen.rows++;
            return;
        }
        boolean shown = add(fault);
        if (count.repeated.size() < caps.map(Caps::perFile).getOrElse(Integer.MAX_VALUE)) {
            count.repeated.put(repeat, new Repeated(shown ? listed.size() - 1 : -1));
        }
    }

    /** A fault of {@code rule} in the JSON value {@code at}, named by its JSON path. */
    public final void add(Rule rule, String path, Node at, String rejected) {
        add(rule, path, at.line(), at.column(), Optional.of(rejected));
    }

    /** A fault of {@code rule} at a place, named by its JSON path (none for the whole document). */
    public final void add(Rule rule, String path, long line, int column, Optional<String> rejected) {
        add(FileFault.builder()
                .file(file)
                .rule(rule)
                .line(line)
                .column(column)
                .field(path.isEmpty() ? Optional.empty() : Optional.of(path))
                .rejected(rejected)
                .build());
    }

    /** A fault of the whole file, without a place. */
    public final void addToFile(Rule rule, String rejected) {
        add(FileFault.inFile(file, rule, rejected));
    }

    /** A fault per violation of a domain rule by the JSON value {@code at}. */
    public final void add(Seq<Violation> violations, String path, Node at) {
        violations.forEach(v -> add(v.rule(), path, at, v.rejectedValue()));
    }

    /** Adds the summaries of the faults of {@code file} that were not listed, and the counts of repeated ones. */
    public final void finish(String file) {
        FileCount count = perFile.get(file);
        if (count == null) {
            return;
        }
        for (Map.Entry<Repeat, Repeated> repeat : count.repeated.entrySet()) {
            Repeated r = repeat.getValue();
            if (r.index >= 0 && r.rows > 1) {
                FileFault first = listed.get(r.index);
                listed.set(
                        r.index,
                        ImmutableFileFault.copyOf(first)
                                .withRejected(repeat.getKey().text() + " (and " + (r.rows - 1) + " more "
                                        + (r.rows == 2 ? "row" : "rows") + ")"));
            }
        }
        count.repeated.clear();
        if (caps.isEmpty()) {
            return;
        }
        Rule summaryRule = caps.get().summary();
        for (Map.Entry<Key, KeyCount> entry : count.perKey.entrySet()) {
            KeyCount k = entry.getValue();
            long hidden = k.hiddenErrors + k.hiddenWarnings;
            if (hidden == 0) {
                continue;
            }
            Key key = entry.getKey();
            FileFault summary = FileFault.builder()
                    .file(file)
                    .rule(summaryRule)
                    .column(key.column())
                    .field(key.field())
                    .rejected(hidden + " more " + key.rule().id() + (hidden == 1 ? " fault" : " faults")
                            + k.firstHidden.map(l -> ", the first at line " + l).orElse(""))
                    .build();
            listed.add(k.hiddenErrors > 0 ? summary : summary.asWarning());
            k.hiddenErrors = 0;
            k.hiddenWarnings = 0;
            k.firstHidden = Optional.empty();
        }
        if (count.hiddenErrors + count.hiddenWarnings == 0) {
            return;
        }
        FileFault summary = FileFault.inFile(
                file,
                summaryRule,
                (count.hiddenErrors + count.hiddenWarnings) + " more (" + count.hiddenErrors + " errors, "
                        + count.hiddenWarnings + " warnings)");
        listed.add(count.hiddenErrors > 0 ? summary : summary.asWarning());
        count.hiddenErrors = 0;
        count.hiddenWarnings = 0;
    }

    /** Counts a row (or a group of rows read as one value) that a fault rejects. */
    public final void rowRejected() {
        rejectedRows++;
    }

    /** The number of rows rejected. */
    public final long rejectedRows() {
        return rejectedRows;
    }

    /** Whether no fault has been found, listed or not. */
    public final boolean isEmpty() {
        return !any;
    }

    /** Whether any fault found so far is an error, listed or not. */
    public final boolean hasErrors() {
        return errors;
    }

    /** The faults listed, in the order found (summaries where {@link #finish} put them). */
    public final Vector<FileFault> inOrderFound() {
        return Vector.ofAll(listed);
    }

    /** The faults listed, ordered by their place in the file (faults of the whole file first), else as found. */
    public final Seq<FileFault> byPlace() {
        return List.ofAll(listed)
                .sorted(Comparator.comparing((FileFault f) -> f.line().orElse(0L))
                        .thenComparing(f -> f.column().orElse(0)));
    }
}
