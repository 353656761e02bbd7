package nl.welfare.adapters.files.json;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Optional;
import nl.welfare.adapters.files.fault.FileFault;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violation;

/** The faults of one file, collected while it is read, each at the place of the JSON value it concerns. */
final class Faults {

    private final String file;
    private final java.util.List<FileFault> found = new ArrayList<>();

    Faults(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    /** A fault of {@code rule} in the value {@code at}, named by its JSON path. */
    void add(Rule rule, String path, Node at, String rejected) {
        add(rule, path, at.line(), at.column(), Optional.of(rejected));
    }

    /** A fault of {@code rule} at a place, named by its JSON path (none for the whole document). */
    void add(Rule rule, String path, long line, int column, Optional<String> rejected) {
        found.add(FileFault.builder()
                .file(file)
                .rule(rule)
                .line(line)
                .column(column)
                .field(path.isEmpty() ? Optional.empty() : Optional.of(path))
                .rejected(rejected)
                .build());
    }

    /** A fault of the whole file, without a place. */
    void addToFile(Rule rule, String rejected) {
        found.add(FileFault.inFile(file, rule, rejected));
    }

    /** A fault per violation of a domain rule by the value {@code at}. */
    void add(Seq<Violation> violations, String path, Node at) {
        violations.forEach(v -> add(v.rule(), path, at, v.rejectedValue()));
    }

    /** Every fault, ordered by their place in the file (faults of the whole file first), else as found. */
    Seq<FileFault> all() {
        return List.ofAll(found)
                .sorted(Comparator.comparing((FileFault f) -> f.line().orElse(0L))
                        .thenComparing(f -> f.column().orElse(0)));
    }
}
