package nl.welfare.adapters.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import nl.welfare.domain.spi.Activities;
import nl.welfare.domain.spi.Areas;
import nl.welfare.domain.spi.Assessments;
import nl.welfare.domain.spi.Cohorts;
import nl.welfare.domain.spi.Initiatives;
import nl.welfare.domain.spi.Participations;
import nl.welfare.domain.spi.Programmes;
import nl.welfare.domain.spi.Provisions;
import nl.welfare.domain.spi.Residents;
import nl.welfare.domain.spi.SupportEpisodes;
import nl.welfare.domain.spi.SurveyResponses;
import nl.welfare.domain.value.Violation;
import nl.welfare.indicators.dataset.Dataset;
import nl.welfare.indicators.engine.FigureSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * The welfare model in a relational database: every port of {@code nl.welfare.domain.spi} on one JDBC
 * {@link DataSource}, and the import of a whole {@link Dataset} in one transaction.
 *
 * <p>Opening a store brings its schema up to date (Flyway migrations, in the history table
 * {@code welfare_schema_history}), so a new database needs nothing but a URL. H2 is the embedded default, in a file or
 * in memory; PostgreSQL and MariaDB are reached by URL, their drivers included. A store that opens its own connections
 * pools them (HikariCP) and closes the pool on {@link #close()}; a store on a caller's {@code DataSource} leaves it
 * open.
 *
 * <p>Each call of a port runs in its own transaction; a decision (a link, a grouping, a programme) is made and written
 * in one. Every statement is a constant with bound parameters. A fault at the database is a
 * {@link JdbcStoreException}, after which the database holds what it held before the call.
 *
 * <pre>{@code
 * // Embedded: a file of its own (welfare.mv.db), created on first use.
 * try (JdbcWelfareStore store = JdbcWelfareStore.embedded(Path.of("welfare"))) {
 *     store.importDataset(dataset, ImportMode.REFUSE);             // all or nothing
 *     store.residents().inArea(AreaCode.of("GM0153"));            // every resident of Enschede
 * }
 *
 * // PostgreSQL (or MariaDB): by URL; rows go in through COPY.
 * try (JdbcWelfareStore store = JdbcWelfareStore.open("jdbc:postgresql://db.example.org/welfare?user=welfare")) {
 *     Either<Violation, ImportSummary> imported = store.importDataset(dataset, ImportMode.REPLACE);
 *     store.initiatives().activeIn(ReportingPeriod.year(2019));
 * }
 * }</pre>
 */
public final class JdbcWelfareStore implements AutoCloseable {

    private static final SqlText SHUTDOWN = SqlText.of("SHUTDOWN");
    private static final AtomicLong IN_MEMORY = new AtomicLong();

    private final DataSource dataSource;
    private final Option<HikariDataSource> pool;
    private final boolean shutdownOnClose;
    private final Dialect dialect;
    private final Jdbc jdbc;

    private final Areas areas;
    private final Residents residents;
    private final Initiatives initiatives;
    private final Activities activities;
    private final Participations participations;
    private final Provisions provisions;
    private final SupportEpisodes supportEpisodes;
    private final SurveyResponses surveyResponses;
    private final Assessments assessments;
    private final Cohorts cohorts;
    private final Programmes programmes;

    private JdbcWelfareStore(DataSource dataSource, Option<HikariDataSource> pool, boolean shutdownOnClose) {
        this.dataSource = dataSource;
        this.pool = pool;
        this.shutdownOnClose = shutdownOnClose;
        this.jdbc = new Jdbc(dataSource);
        this.dialect = dialectOf(dataSource);
        migrate(dataSource, dialect);
        this.areas = new JdbcAreas(jdbc);
        this.residents = new JdbcResidents(jdbc);
        this.initiatives = new JdbcInitiatives(jdbc);
        this.activities = new JdbcActivities(jdbc);
        this.participations = new JdbcParticipations(jdbc);
        this.provisions = new JdbcProvisions(jdbc);
        this.supportEpisodes = new JdbcSupportEpisodes(jdbc);
        this.surveyResponses = new JdbcSurveyResponses(jdbc);
        this.assessments = new JdbcAssessments(jdbc);
        this.cohorts = new JdbcCohorts(jdbc);
        this.programmes = new JdbcProgrammes(jdbc);
    }

    // ------------------------------------------------------------------------------------------------- opening

    /**
     * A store on the caller's {@code dataSource} (H2, PostgreSQL or MariaDB), its schema brought up to date. The
     * store does not close the data source.
     *
     * @throws JdbcStoreException when the database cannot be reached, is of another kind, or refuses a migration
     */
    public static JdbcWelfareStore open(DataSource dataSource) {
        return new JdbcWelfareStore(dataSource, Option.none(), false);
    }

    /**
     * A store on the database at {@code jdbcUrl} ({@code jdbc:postgresql://...}, {@code jdbc:mariadb://...} or
     * {@code jdbc:h2:...}; user and password in the URL where the driver reads them there), through a pool of
     * connections that {@link #close()} closes.
     *
     * <pre>{@code
     * JdbcWelfareStore.open("jdbc:mariadb://127.0.0.1:3306/welfare?user=welfare&password=secret");
     * }</pre>
     *
     * @throws JdbcStoreException when the database cannot be reached, is of another kind, or refuses a migration
     */
    public static JdbcWelfareStore open(String jdbcUrl) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        return pooled(config, false);
    }

    /** As {@link #open(String)}, with the user and password given apart from the URL. */
    public static JdbcWelfareStore open(String jdbcUrl, String user, String password) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user);
        config.setPassword(password);
        return pooled(config, false);
    }

    /**
     * The embedded default: an H2 database in the file {@code file} plus H2's suffix ({@code welfare} is kept in
     * {@code welfare.mv.db}), created with its schema on first use. One process at a time may open it.
     *
     * @throws IllegalArgumentException when the path holds a {@code ;}, which H2 would read as a setting
     */
    public static JdbcWelfareStore embedded(Path file) {
        String path = file.toAbsolutePath().toString();
        if (path.indexOf(';') >= 0) {
            throw new IllegalArgumentException("an H2 file path may not hold ';' (H2 reads it as a setting): " + path);
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:h2:file:" + path);
        config.setMaximumPoolSize(4);
        return pooled(config, false);
    }

    /**
     * A new, empty store in memory (H2), shared with no other store and gone when {@link #close() closed}: for tests
     * and for work that need not outlive the process.
     */
    public static JdbcWelfareStore inMemory() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:h2:mem:welfare-" + IN_MEMORY.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
        config.setMaximumPoolSize(4);
        return pooled(config, true);
    }

    private static JdbcWelfareStore pooled(HikariConfig config, boolean shutdownOnClose) {
        config.setPoolName("welfare-jdbc");
        config.setAutoCommit(false);
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new JdbcStoreException("open " + withoutSecrets(config.getJdbcUrl()), e);
        }
        try {
            return new JdbcWelfareStore(pool, Option.some(pool), shutdownOnClose);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    /** The URL up to its parameters, which may hold a password. */
    private static String withoutSecrets(String url) {
        int parameters = url.indexOf('?');
        return parameters < 0 ? url : url.substring(0, parameters) + "?...";
    }

    private static Dialect dialectOf(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            return Dialect.ofProduct(product)
                    .getOrElseThrow(() -> new JdbcStoreException(
                            "open", "the database is " + product + "; the store runs on H2, PostgreSQL or MariaDB"));
        } catch (SQLException e) {
            throw new JdbcStoreException("open", e);
        }
    }

    private static void migrate(DataSource dataSource, Dialect dialect) {
        try {
            Flyway.configure(JdbcWelfareStore.class.getClassLoader())
                    .dataSource(dataSource)
                    .locations("classpath:db/welfare-jdbc")
                    .table("welfare_schema_history")
                    .placeholders(dialect.placeholders())
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new JdbcStoreException("migrate the schema (" + dialect + ")", e);
        }
    }

    // --------------------------------------------------------------------------------------------------- ports

    /**
     * The figures of indicator definitions computed by SQL on the stored facts, for {@link
     * nl.welfare.indicators.engine.IndicatorEngine#evaluate(java.util.List, nl.welfare.indicators.dataset.Dataset,
     * nl.welfare.indicators.engine.EvaluationQuery, FigureSource)}: the database counts (distinct persons per cell,
     * never summed across levels), the engine does statistics, disclosure control, changes and targets as in memory.
     * The dataset given to the engine supplies the areas, groupings, populations and years and must be the one stored
     * here: {@link #evaluationDataset()} gives it without reading a fact row. So far {@code COUNT}, {@code DISTINCT_COUNT}, {@code RATE} and {@code RATIO} over participations, support
     * episodes, provisions and initiatives, with filters of equals, in, ranges of dates, and, or, not and all; anything
     * else throws {@link UnsupportedOperationException} naming what SQL does not support yet.
     */
    public FigureSource figureSource() {
        return new SqlFigures(jdbc);
    }

    /** The areas: the hierarchy, its groupings and the populations. */
    public Areas areas() {
        return areas;
    }

    /** The residents. */
    public Residents residents() {
        return residents;
    }

    /** The initiatives and the links between them. */
    public Initiatives initiatives() {
        return initiatives;
    }

    /** The places and the activities. */
    public Activities activities() {
        return activities;
    }

    /** The participations in activities. */
    public Participations participations() {
        return participations;
    }

    /** The provisions. */
    public Provisions provisions() {
        return provisions;
    }

    /** The support episodes. */
    public SupportEpisodes supportEpisodes() {
        return supportEpisodes;
    }

    /** The survey responses. */
    public SurveyResponses surveyResponses() {
        return surveyResponses;
    }

    /** The ladder and self-reliance assessments. */
    public Assessments assessments() {
        return assessments;
    }

    /** The cohorts and their memberships. */
    public Cohorts cohorts() {
        return cohorts;
    }

    /** The policies, organisations, alliances, commissions, programmes, budgets and meetings. */
    public Programmes programmes() {
        return programmes;
    }

    /** The kind of database: {@code "H2"}, {@code "POSTGRESQL"} or {@code "MARIADB"}. */
    public String database() {
        return dialect.name();
    }

    // -------------------------------------------------------------------------------------------------- import

    /**
     * Imports {@code dataset} (its area hierarchy, groupings and populations, residents, cohorts and every fact) in
     * one transaction: all of it or, on any fault, none of it. Readers see the store as it was until the commit. When
     * the store already holds a dataset, {@link ImportMode#REFUSE} changes nothing and answers the violation of the
     * rule {@code jdbc-store.not-empty} (field {@code store}, naming the rows held and when they were imported);
     * {@link ImportMode#REPLACE} clears it in the same transaction. Places and programmes, which a dataset does not
     * hold, stay as they are. Rows go in through COPY on PostgreSQL and in JDBC batches of 1,000 elsewhere.
     *
     * <pre>{@code
     * Dataset dataset = DataPackageReader.read(Path.of("examples/data/enschede")).dataset();   // the files adapter
     * store.importDataset(dataset, ImportMode.REFUSE)
     *         .peek(s -> System.out.println(s.totalRows() + " rows in " + s.elapsed()))
     *         .peekLeft(v -> System.err.println(v.message()));
     * }</pre>
     *
     * @throws JdbcStoreException when the database refuses a row (a key twice, a reference to nothing, a broken check)
     *     or the connection fails; the message names the table and the rows
     */
    public Either<Violation, ImportSummary> importDataset(Dataset dataset, ImportMode mode) {
        return new DatasetImport(jdbc).run(dataset, Option.none(), mode);
    }

    /**
     * Imports {@code dataset} as {@link #importDataset} does, and in the same transaction what an evaluation needs of
     * its package besides the facts: {@code identity} (the package's name and checksum, and the definitions and
     * targets documents it comes with) and which resources it has, also those without rows. {@link
     * ImportMode#REPLACE} replaces them with the facts; {@link ImportMode#REFUSE} refuses as it does for the facts.
     *
     * <pre>{@code
     * store.importPackage(dataset, StoredPackage.of("enschede-example", checksum,
     *         Optional.of(DefinitionsJson.toJson(catalogue.all())), Optional.empty()), ImportMode.REPLACE);
     * store.storedPackage().get().name();           // enschede-example
     * }</pre>
     *
     * @throws JdbcStoreException as {@link #importDataset} does
     */
    public Either<Violation, ImportSummary> importPackage(Dataset dataset, StoredPackage identity, ImportMode mode) {
        return new DatasetImport(jdbc).run(dataset, Option.some(identity), mode);
    }

    /**
     * The identity and documents of the package the store holds ({@link #importPackage}); none when it holds none, or
     * holds one imported without them ({@link #importDataset}, or before the store kept them).
     */
    public Option<StoredPackage> storedPackage() {
        return jdbc.snapshot("storedPackage", StoredPackages::identity);
    }

    /**
     * The dataset for an evaluation inside the database, {@link #figureSource()} counting the facts: the stored area
     * hierarchy, groupings, populations and cohorts, the resources the package had ({@link Dataset#hasFacts}, also
     * those without rows) and the years of its facts ({@link Dataset#years()}, found by SQL), but no fact row. Read in
     * one snapshot, so that an import running meanwhile is seen wholly or not at all.
     *
     * <pre>{@code
     * IndicatorTable table = IndicatorEngine.evaluate(
     *         definitions, store.evaluationDataset(), query, store.figureSource());
     * }</pre>
     */
    public Dataset evaluationDataset() {
        return jdbc.snapshot("evaluationDataset", StoredPackages::evaluationDataset);
    }

    /**
     * The number of stored survey answers per question code, in the order of the codes: what a check of the questions
     * the indicators read needs, counted by the database.
     */
    public java.util.SortedMap<String, Long> surveyAnswersPerQuestion() {
        return jdbc.snapshot("surveyAnswersPerQuestion", StoredPackages::answersPerQuestion);
    }

    // --------------------------------------------------------------------------------------------------- close

    /**
     * Closes the pool of connections the store opened (an in-memory store's database goes with it); a store on a
     * caller's {@code DataSource} leaves that open.
     */
    @Override
    public void close() {
        if (shutdownOnClose) {
            jdbc.statement("close", SHUTDOWN);
        }
        pool.forEach(HikariDataSource::close);
    }

    /** The data source of the store, for tests in this package. */
    DataSource dataSource() {
        return dataSource;
    }

    @Override
    public String toString() {
        return "JdbcWelfareStore[" + dialect + "]";
    }
}
