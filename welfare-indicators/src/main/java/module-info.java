/**
 * Welfare indicators: definitions as data, the in-memory columnar store of a data package (the dataset), the engine
 * that evaluates over it, statistics, disclosure control and targets. Depends on the domain, Vavr and Apache Commons
 * Statistics only. Every package is exported: the dataset's builders and column layout that are not API are kept
 * package-private, not hidden in an unexported package.
 */
module nl.welfare.indicators {
    requires transitive nl.welfare.domain;
    requires org.apache.commons.statistics.distribution;
    // Immutables annotations are read by the annotation processor at compile time only.
    requires static org.immutables.value.annotations;

    exports nl.welfare.indicators.catalogue;
    exports nl.welfare.indicators.definition;
    exports nl.welfare.indicators.dataset;
    exports nl.welfare.indicators.engine;
    exports nl.welfare.indicators.target;
    exports nl.welfare.indicators.stats;
    exports nl.welfare.indicators.disclosure;
}
