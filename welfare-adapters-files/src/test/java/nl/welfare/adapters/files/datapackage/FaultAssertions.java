package nl.welfare.adapters.files.datapackage;

import nl.welfare.adapters.files.fault.FileFault;
import nl.welfare.domain.value.Rule;

/** Short factories of the faults tests expect. */
final class FaultAssertions {

    private FaultAssertions() {}

    /** A fault of one field: file, line, column, field. */
    static FileFault at(String file, long line, int column, String field, Rule rule, String rejected) {
        return FileFault.at(file, line, column, field, rule, rejected);
    }

    /** A fault of a named field without a column (a missing column, a descriptor property). */
    static FileFault field(String file, long line, String field, Rule rule, String rejected) {
        return FileFault.builder()
                .file(file)
                .rule(rule)
                .line(line)
                .field(field)
                .rejected(rejected)
                .build();
    }

    /** A fault of a whole row. */
    static FileFault row(String file, long line, Rule rule, String rejected) {
        return FileFault.atLine(file, line, rule, rejected);
    }

    /** A fault of a whole file. */
    static FileFault whole(String file, Rule rule, String rejected) {
        return FileFault.inFile(file, rule, rejected);
    }
}
