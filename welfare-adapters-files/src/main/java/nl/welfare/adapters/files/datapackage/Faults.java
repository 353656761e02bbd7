package nl.welfare.adapters.files.datapackage;

import io.vavr.collection.Vector;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.welfare.adapters.files.fault.FileFault;
import nl.welfare.adapters.files.fault.ImmutableFileFault;
import nl.welfare.domain.value.Rule;

/**
 * The faults found while reading a package, in the order found, listed so that one systematic fault does not hide the
 * others:
 *
 * <ul>
 *   <li>At most {@link DataPackageReader#MAX_FAULTS_PER_RULE} are listed per file, rule and column (or field): a date
 *       format wrong on 7,000 rows is 10 faults and one fault of {@link DataPackageRules#TOO_MANY_FAULTS} that counts
 *       the rest, in the same column, so that the fault of another column or rule is still listed.
 *   <li>A reference to a row that is not there ({@link #addRepeated}) is listed once per file, column and text: its
 *       rejected text says on how many more rows it came back.
 *   <li>At most {@link DataPackageReader#MAX_FAULTS_PER_FILE} are listed per file, so that a file with a fault on each
 *       of ten million rows does not fill the memory with faults; the rest are counted and summed up in one fault.
 * </ul>
 *
 * The summaries are added when the file is done ({@link #finish}).
 */
final class Faults {

    private final List<FileFault> listed = new ArrayList<>();
    private final Map<String, FileCount> perFile = new HashMap<>();
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

    /** Records {@code fault}; returns whether it is listed (else it is only counted). */
    boolean add(FileFault fault) {
        errors |= fault.isError();
        FileCount file = perFile.computeIfAbsent(fault.file(), f -> new FileCount());
        KeyCount key = file.perKey.computeIfAbsent(Key.of(fault), k -> new KeyCount());
        if (key.listed >= DataPackageReader.MAX_FAULTS_PER_RULE) {
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
        if (file.listed >= DataPackageReader.MAX_FAULTS_PER_FILE) {
            if (fault.isError()) {
                file.hiddenErrors++;
            } else {
                file.hiddenWarnings++;
            }
            return false;
        }
        key.listed++;
        file.listed++;
        listed.add(fault);
        return true;
    }

    /**
     * Records {@code fault}, a fault that the rows which repeat its rejected text in its column would repeat (a
     * reference to an area that is not there): only its first row is listed, and when the file is done its rejected
     * text says on how many more rows it came ({@code BU01539999 (and 411 more rows)}).
     */
    void addRepeated(FileFault fault) {
        errors |= fault.isError();
        FileCount file = perFile.computeIfAbsent(fault.file(), f -> new FileCount());
        Repeat repeat = new Repeat(Key.of(fault), fault.rejected().orElse(""));
        Repeated seen = file.repeated.get(repeat);
        if (seen != null) {
            seen.rows++;
            return;
        }
        boolean shown = add(fault);
        if (file.repeated.size() < DataPackageReader.MAX_FAULTS_PER_FILE) {
            file.repeated.put(repeat, new Repeated(shown ? listed.size() - 1 : -1));
        }
    }

    /** Adds the summaries of the faults of {@code file} that were not listed, and the counts of repeated ones. */
    void finish(String file) {
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
        for (Map.Entry<Key, KeyCount> entry : count.perKey.entrySet()) {
            KeyCount k = entry.getValue();
            long hidden = k.hiddenErrors + k.hiddenWarnings;
            if (hidden == 0) {
                continue;
            }
            Key key = entry.getKey();
            FileFault summary = FileFault.builder()
                    .file(file)
                    .rule(DataPackageRules.TOO_MANY_FAULTS)
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
                DataPackageRules.TOO_MANY_FAULTS,
                (count.hiddenErrors + count.hiddenWarnings) + " more (" + count.hiddenErrors + " errors, "
                        + count.hiddenWarnings + " warnings)");
        listed.add(count.hiddenErrors > 0 ? summary : summary.asWarning());
        count.hiddenErrors = 0;
        count.hiddenWarnings = 0;
    }

    /** Counts a row (or a group of rows read as one value) that a fault rejects. */
    void rowRejected() {
        rejectedRows++;
    }

    /** The number of rows rejected. */
    long rejectedRows() {
        return rejectedRows;
    }

    /** Whether any fault found so far is an error, listed or not. */
    boolean hasErrors() {
        return errors;
    }

    /** The faults listed, in the order found. */
    Vector<FileFault> all() {
        return Vector.ofAll(listed);
    }
}
