/**
 * Files for researchers: the open data package (Frictionless Data Package with CSV resources), CBS region lists,
 * indicator definitions and targets as JSON, and results as tidy CSV, SDMX-CSV, JSON and XLSX. Depends on the domain,
 * the indicators, FastCSV, Jackson and Apache POI.
 */
module nl.welfare.adapters.files {
    requires transitive nl.welfare.domain;
    requires transitive nl.welfare.indicators;
    requires com.fasterxml.jackson.databind;
    requires de.siegmar.fastcsv;
    // the XLSX workbook; POI 5 ships real module descriptors (org.apache.poi.ooxml requires org.apache.poi.poi)
    requires org.apache.poi.ooxml;
    // Immutables annotations are read by the annotation processor at compile time only.
    requires static org.immutables.value.annotations;

    exports nl.welfare.adapters.files.cbs;
    exports nl.welfare.adapters.files.datapackage;
    exports nl.welfare.adapters.files.fault;
    exports nl.welfare.adapters.files.json;
    exports nl.welfare.adapters.files.results;
}
