package nl.welfare.adapters.csv.datapackage;

import io.vavr.collection.Vector;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.welfare.adapters.csv.fault.FileFault;

/**
 * The faults found while reading a package, in the order found. At most {@link DataPackageReader#MAX_FAULTS_PER_FILE}
 * are listed per file; the rest are counted and summed up in one fault of
 * {@link DataPackageRules#TOO_MANY_FAULTS} when the file is done, so that a file with a fault on each of ten million
 * rows does not fill the memory with faults.
 */
final class Faults {

    private final List<FileFault> listed = new ArrayList<>();
    private final Map<String, Count> perFile = new HashMap<>();
    private boolean errors;
    private long rejectedRows;

    private static final class Count {
        int listed;
        long hiddenErrors;
        long hiddenWarnings;
    }

    /** Records {@code fault}. */
    void add(FileFault fault) {
        errors |= fault.isError();
        Count count = perFile.computeIfAbsent(fault.file(), f -> new Count());
        if (count.listed < DataPackageReader.MAX_FAULTS_PER_FILE) {
            count.listed++;
            listed.add(fault);
        } else if (fault.isError()) {
            count.hiddenErrors++;
        } else {
            count.hiddenWarnings++;
        }
    }

    /** Adds the summary of the faults of {@code file} that were not listed, if there were any. */
    void finish(String file) {
        Count count = perFile.get(file);
        if (count == null || count.hiddenErrors + count.hiddenWarnings == 0) {
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
