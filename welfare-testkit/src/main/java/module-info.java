/**
 * The welfare testkit: QuickTheories generators for every domain type, and contract tests that every implementation
 * of a port runs. Adapters take it in test scope.
 */
module nl.welfare.testkit {
    requires transitive nl.welfare.domain;
    // QuickTheories has no module name of its own; its automatic module is named after the jar.
    requires transitive quicktheories;
    requires transitive org.junit.jupiter.api;
    requires static org.immutables.value.annotations;

    exports nl.welfare.testkit.generators;
    exports nl.welfare.testkit.contracts;
}
