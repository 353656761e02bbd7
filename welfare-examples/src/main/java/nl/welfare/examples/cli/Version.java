package nl.welfare.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * The version of the command line, as {@code welfare --version} prints it: the project's version, the commit it was
 * built from and when, all put into {@code version.properties} by the build.
 *
 * <pre>{@code
 * welfare 0.1.0-SNAPSHOT (commit 0e8d6a5, built 2026-12-04 14:30 UTC)
 * welfare 0.1.0 (commit unknown, built 2026-12-04 14:30 UTC)   // built outside a git checkout
 * welfare (development build)                                  // classes compiled without the Maven build
 * }</pre>
 */
public final class Version implements IVersionProvider {

    /** The resource the build writes, beside this class: the version and the build time. */
    static final String RESOURCE = "version.properties";

    /** The resource the build writes beside it: the commit ({@code src/launcher/GitCommit.java}). */
    static final String COMMIT = "commit.properties";

    private static final DateTimeFormatter BUILT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    /** Called by picocli. */
    public Version() {}

    @Override
    public String[] getVersion() {
        return new String[] {describe(properties())};
    }

    /** The build's {@link #RESOURCE} and {@link #COMMIT}, empty when the classes were compiled without them. */
    static Properties properties() {
        Properties properties = new Properties();
        for (String resource : new String[] {RESOURCE, COMMIT}) {
            try (InputStream in = Version.class.getResourceAsStream(resource)) {
                if (in != null) {
                    properties.load(in);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return properties;
    }

    /**
     * The version line of {@code properties} ({@code version}, {@code commit}, {@code built} as an ISO instant):
     * {@code welfare 0.1.0 (commit 0e8d6a5, built 2026-12-04 14:30 UTC)}; a value the build did not fill in (still
     * {@code ${...}}, or absent) is {@code unknown}, and without a version it is a development build.
     */
    static String describe(Properties properties) {
        String version = known(properties.getProperty("version"));
        if (version.equals("unknown")) {
            return "welfare (development build)";
        }
        String built = known(properties.getProperty("built"));
        try {
            built = BUILT.format(Instant.parse(built));
        } catch (DateTimeParseException notAnInstant) {
            // said as it is
        }
        return "welfare " + version + " (commit " + known(properties.getProperty("commit")) + ", built " + built + ")";
    }

    private static String known(String value) {
        return value == null || value.isBlank() || value.contains("${") ? "unknown" : value.trim();
    }
}
