/**
 * Storage of every aggregate of the welfare model in a relational database: H2 embedded by default (a file, or in
 * memory), PostgreSQL and MariaDB by URL. The schema comes from Flyway migrations; a whole dataset is imported in one
 * transaction. Depends on the domain, the indicators (for {@code Dataset}), JDBC, HikariCP, Flyway and the drivers.
 */
module nl.welfare.adapters.jdbc {
    requires transitive nl.welfare.domain;
    requires transitive nl.welfare.indicators;
    requires transitive java.sql;
    requires com.zaxxer.hikari;
    // Flyway's jar names no module: this is the name the module system derives from the file name.
    requires flyway.core;
    requires com.h2database;
    requires org.postgresql.jdbc;
    // Immutables annotations are read by the annotation processor at compile time only.
    requires static org.immutables.value.annotations;

    exports nl.welfare.adapters.jdbc;

// Flyway reads the migrations from db/welfare-jdbc, which is not a package and so not encapsulated.
}
