/**
 * The welfare testkit: QuickTheories generators for every domain type and for indicator definitions and targets, and
 * contract tests that every implementation of a port runs. Depends on the domain and the indicators, never on an
 * adapter; adapters take it in test scope.
 */
module nl.welfare.testkit {
    requires transitive nl.welfare.domain;
    requires transitive nl.welfare.indicators;
    // QuickTheories has no module name of its own; its automatic module is named after the jar.
    requires transitive quicktheories;
    requires transitive org.junit.jupiter.api;
    requires static org.immutables.value.annotations;

    exports nl.welfare.testkit.generators;
    exports nl.welfare.testkit.contracts;
}
