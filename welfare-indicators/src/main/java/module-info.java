/**
 * Welfare indicators: definitions as data, the in-memory engine, statistics, disclosure control and targets. Depends
 * on the domain, Vavr and Apache Commons Statistics only.
 */
module nl.welfare.indicators {
    requires transitive nl.welfare.domain;
    requires org.apache.commons.statistics.distribution;
    // Immutables annotations are read by the annotation processor at compile time only.
    requires static org.immutables.value.annotations;

    exports nl.welfare.indicators.catalogue;
    exports nl.welfare.indicators.definition;
    exports nl.welfare.indicators.engine;
    exports nl.welfare.indicators.target;
    exports nl.welfare.indicators.stats;
    exports nl.welfare.indicators.disclosure;
}
