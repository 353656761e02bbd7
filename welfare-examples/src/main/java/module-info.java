/**
 * The reference implementation of the welfare library: the {@code welfare} command line for researchers, which reads
 * data packages and CBS region lists, computes indicators and writes the results table.
 */
module nl.welfare.examples {
    requires nl.welfare.adapters.files;
    requires nl.welfare.adapters.jdbc;
    requires info.picocli;
    requires com.fasterxml.jackson.databind;
    requires static org.immutables.value.annotations;

    // picocli reads and sets the commands' annotated fields by reflection.
    opens nl.welfare.examples.cli to
            info.picocli;

    exports nl.welfare.examples.cli;
    exports nl.welfare.examples.demo;
    exports nl.welfare.examples.reference;
    exports nl.welfare.examples.report;
}
