package nl.welfare.examples.cli;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.welfare.adapters.jdbc.JdbcStoreException;
import nl.welfare.adapters.jdbc.JdbcWelfareStore;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The database of {@code --jdbc URL} ({@code welfare import}, {@code welfare compute}, {@code welfare areas
 * import-cbs}): a JDBC URL of H2,
 * PostgreSQL or MariaDB, or else the embedded default, an H2 file {@value #DEFAULT_FILE} in the current folder.
 *
 * <p>A database that cannot be reached or refuses the work (a wrong host or port, a database that does not exist, a
 * wrong password, a URL no driver takes, a file another process holds) is bad input, exit code 1: the message names the
 * URL, its password masked ({@code password=***}, {@code user:***@}), and the driver's reason, never a stack trace.
 *
 * <pre>{@code
 * jdbc:postgresql://db.example.org:5432/welfare?user=welfare&password=***: cannot open the database: Connection to
 *     db.example.org:5432 refused. Check that the hostname and port are correct ...
 * }</pre>
 */
final class Database {

    /** The file of the embedded default, in the current folder. */
    static final String DEFAULT_FILE = "welfare.mv.db";

    /** The JDBC URL prefixes of the drivers the {@code welfare} command line holds. */
    static final String KNOWN = "jdbc:h2:, jdbc:postgresql: or jdbc:mariadb:";

    private static final Pattern PASSWORD_PARAMETER =
            Pattern.compile("((?:^|[?&;])password=)([^&;]*)", Pattern.CASE_INSENSITIVE);

    private static final Pattern USER_INFO = Pattern.compile("(//[^/:@?;]*:)([^@/?;]*)@");

    private final Optional<String> url;

    private Database(Optional<String> url) {
        this.url = url;
    }

    /** The database at {@code url}, or the embedded default when there is none. */
    static Database of(Optional<String> url) {
        return new Database(url);
    }

    /** Where the database is, for messages: its URL, the password masked. */
    String where() {
        return url.map(Database::masked).orElseGet(() -> "jdbc:h2:file:" + embeddedName());
    }

    /** What kind of database {@code kind} ({@code H2}) is, with the file of the embedded default when it is that. */
    String kind(String kind) {
        return url.isPresent() ? kind : kind + ", the embedded default: " + defaultFile();
    }

    private static Path defaultFile() {
        return Path.of(DEFAULT_FILE).toAbsolutePath();
    }

    /**
     * Opens the store, runs {@code work} on it and closes it; a {@link BadInputException} naming {@link #where()} and
     * the database's reason when it cannot be opened or refuses the work.
     */
    <T> T with(Function<JdbcWelfareStore, T> work) {
        JdbcWelfareStore store;
        try {
            store = url.isPresent() ? JdbcWelfareStore.open(url.get()) : JdbcWelfareStore.embedded(embeddedName());
        } catch (JdbcStoreException | IllegalArgumentException e) {
            throw new BadInputException(where() + ": cannot open the database: " + reason(e));
        }
        try (store) {
            return work.apply(store);
        } catch (JdbcStoreException e) {
            throw new BadInputException(where() + ": " + mask(String.valueOf(e.getMessage()))
                    + "; the transaction was rolled back, the database holds what it held before");
        }
    }

    /** {@code welfare} in the current folder, which H2 keeps in {@value #DEFAULT_FILE}. */
    private static Path embeddedName() {
        String file = defaultFile().toString();
        return Path.of(file.substring(0, file.length() - ".mv.db".length()));
    }

    /**
     * The driver's reason of a failure to open: the message of the first {@link SQLException} among the causes (the
     * pool's and the store's words around it add nothing), else the innermost message; with the known drivers when
     * none takes the URL. Any password of the URL is masked in it.
     */
    private String reason(Throwable failure) {
        Throwable sql = null;
        Throwable innermost = failure;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (sql == null && t instanceof SQLException) {
                sql = t;
            }
            innermost = t;
            if (t.getCause() == t) {
                break;
            }
        }
        Throwable chosen = sql != null ? sql : innermost;
        String message = String.valueOf(chosen.getMessage());
        if (message.toLowerCase(Locale.ROOT).contains("no suitable driver")
                || String.valueOf(failure.getMessage()).contains("Failed to get driver instance")) {
            message = "no driver takes this URL; welfare holds the drivers of " + KNOWN + " (" + message + ")";
        }
        return mask(message);
    }

    /** {@code text} with the URL's password masked wherever it appears, and any URL in it masked as {@link #masked}. */
    private String mask(String text) {
        String masked = masked(text);
        Optional<String> password = url.flatMap(Database::password);
        if (password.isPresent() && !password.get().isEmpty()) {
            masked = masked.replace(password.get(), "***");
        }
        return masked;
    }

    /** The password a URL holds ({@code password=...} or {@code user:password@}), if any. */
    static Optional<String> password(String url) {
        Matcher parameter = PASSWORD_PARAMETER.matcher(url);
        if (parameter.find()) {
            return Optional.of(parameter.group(2));
        }
        Matcher userInfo = USER_INFO.matcher(url);
        return userInfo.find() ? Optional.of(userInfo.group(2)) : Optional.empty();
    }

    /**
     * {@code url} with a non-empty password masked: {@code ?user=a&password=***}, {@code ;PASSWORD=***} (H2),
     * {@code //user:***@host}.
     */
    static String masked(String url) {
        Matcher parameter = PASSWORD_PARAMETER.matcher(url);
        StringBuilder out = new StringBuilder();
        while (parameter.find()) {
            parameter.appendReplacement(
                    out,
                    Matcher.quoteReplacement(
                            parameter.group(1) + (parameter.group(2).isEmpty() ? "" : "***")));
        }
        parameter.appendTail(out);
        Matcher userInfo = USER_INFO.matcher(out.toString());
        StringBuilder done = new StringBuilder();
        while (userInfo.find()) {
            userInfo.appendReplacement(done, Matcher.quoteReplacement(userInfo.group(1) + "***@"));
        }
        userInfo.appendTail(done);
        return done.toString();
    }

    /**
     * {@code --jdbc}: a JDBC URL, {@code jdbc:} and the driver's name first; anything else (a path, a bare host) is
     * wrong usage whose message shows the forms it takes.
     */
    static final class Url implements ITypeConverter<String> {
        @Override
        public String convert(String text) {
            String url = text.trim();
            if (!url.regionMatches(true, 0, "jdbc:", 0, 5) || url.indexOf(':', 5) < 0) {
                throw new TypeConversionException("must be a JDBC URL starting with " + KNOWN
                        + " such as jdbc:h2:file:/data/welfare or jdbc:postgresql://host:5432/welfare?user=me, not '"
                        + masked(text) + "'");
            }
            return url;
        }
    }
}
