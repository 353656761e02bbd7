/**
 * The welfare domain model: immutable values, their validation, and the ports (SPI) through which adapters store and
 * load them. Depends on Vavr only at run time.
 */
module nl.welfare.domain {
    requires transitive io.vavr;
    requires transitive org.jspecify;
    // Immutables annotations are read by the annotation processor at compile time only.
    requires static org.immutables.value.annotations;

    exports nl.welfare.domain.value;
    exports nl.welfare.domain.area;
    exports nl.welfare.domain.time;
    exports nl.welfare.domain.resident;
    exports nl.welfare.domain.community;
    exports nl.welfare.domain.survey;
    exports nl.welfare.domain.support;
    exports nl.welfare.domain.programme;
    exports nl.welfare.domain.spi;
    exports nl.welfare.domain.memory;
}
