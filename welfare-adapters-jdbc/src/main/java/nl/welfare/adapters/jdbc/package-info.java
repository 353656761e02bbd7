/**
 * The JDBC adapter: {@link nl.welfare.adapters.jdbc.JdbcWelfareStore} implements every port of
 * {@code nl.welfare.domain.spi} on a relational database and imports whole datasets, all or nothing.
 *
 * <p>Only the entry point and its few values are public ({@link nl.welfare.adapters.jdbc.JdbcWelfareStore},
 * {@link nl.welfare.adapters.jdbc.ImportMode}, {@link nl.welfare.adapters.jdbc.ImportSummary},
 * {@link nl.welfare.adapters.jdbc.StoredPackage},
 * {@link nl.welfare.adapters.jdbc.JdbcStoreException}); the port implementations, the SQL and the dialects are
 * package-private. Every SQL text is a constant made in a static initializer ({@code SqlText}), so no value reaches
 * the database but as a parameter.
 */
@NullMarked
@WelfareStyle
package nl.welfare.adapters.jdbc;

import nl.welfare.domain.value.WelfareStyle;
import org.jspecify.annotations.NullMarked;
