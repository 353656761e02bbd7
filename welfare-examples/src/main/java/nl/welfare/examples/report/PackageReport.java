package nl.welfare.examples.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import nl.welfare.adapters.files.datapackage.PackageIdentity;
import nl.welfare.adapters.files.results.ResultLabels;
import nl.welfare.domain.area.AreaLevel;
import nl.welfare.indicators.dataset.Dataset;
import nl.welfare.indicators.definition.IndicatorDefinition;
import nl.welfare.indicators.engine.IndicatorTable;

/**
 * The report of a data package's folder: its provenance read from the folder (the package's identity, its descriptor's
 * title, description and sources, the vintage of its areas) and the library's version, then {@link HtmlReport}.
 *
 * <pre>{@code
 * PackageReport.write(Path.of("demo/package"), Optional.of("welfare generate, seed 20240501"),
 *         "welfare demo --out demo", table, definitions, dataset, AreaLevel.MUNICIPALITY, ReportLanguage.NL,
 *         Path.of("demo/report.html"));
 * }</pre>
 */
public final class PackageReport {

    private PackageReport() {}

    /**
     * Writes the report of {@code table}, computed from the package in {@code folder} ({@code dataset}), to {@code
     * file}; {@code generated} says how the package was generated, if it was, and {@code rerun} how to compute it again.
     *
     * @return {@code file}
     * @throws IOException when a file cannot be read or written
     */
    public static Path write(
            Path folder,
            Optional<String> generated,
            String rerun,
            IndicatorTable table,
            List<IndicatorDefinition> definitions,
            Dataset dataset,
            AreaLevel benchmark,
            ReportLanguage lang,
            Path file)
            throws IOException {
        HtmlReport.write(
                table,
                definitions,
                ResultLabels.of(definitions, dataset),
                benchmark,
                provenance(Optional.of(folder), generated, rerun, dataset),
                lang,
                file);
        return file;
    }

    /**
     * The provenance of results computed from the package in {@code folder} ({@code dataset}): its identity and
     * descriptor read from the folder.
     */
    public static ReportProvenance provenance(
            Optional<Path> folder, Optional<String> generated, String rerun, Dataset dataset) {
        PackageIdentity identity = folder.map(PackageIdentity::of)
                .orElse(new PackageIdentity(
                        "(the package the database holds)", "(the checksum the database keeps, see welfare import)"));
        return provenance(identity, folder, generated, rerun, dataset);
    }

    /**
     * The provenance of results computed from the package {@code identity} names ({@code dataset}), read from a
     * database or from {@code folder}; the folder, when there is one, adds its descriptor's sources.
     */
    public static ReportProvenance provenance(
            PackageIdentity identity,
            Optional<Path> folder,
            Optional<String> generated,
            String rerun,
            Dataset dataset) {
        List<String> source = new ArrayList<>();
        generated.ifPresent(source::add);
        folder.flatMap(PackageReport::descriptorSource).ifPresent(source::add);
        return new ReportProvenance(
                identity.name(),
                identity.checksum(),
                source.isEmpty() ? Optional.empty() : Optional.of(String.join(" · ", source)),
                dataset.hierarchy().vintage().map(Object::toString),
                version(),
                rerun,
                java.time.Instant.now()
                        .truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                        .toString());
    }

    /**
     * The descriptor's title, description, sources' titles and generator settings: where the package says its facts
     * come from.
     */
    static Optional<String> descriptorSource(Path folder) {
        Path descriptor = Files.isDirectory(folder) ? folder.resolve("datapackage.json") : folder;
        try {
            JsonNode root = new ObjectMapper().readTree(descriptor.toFile());
            List<String> parts = new ArrayList<>();
            for (String field : List.of("title", "description")) {
                if (root.path(field).isTextual()) {
                    parts.add(root.path(field).asText());
                }
            }
            for (JsonNode s : root.path("sources")) {
                if (s.path("title").isTextual()) {
                    parts.add(s.path("title").asText());
                }
            }
            if (root.path("generator").isObject()) {
                // welfare generate's settings: the command, seed, residents, years and scope
                parts.add("generator " + root.path("generator"));
            }
            return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(" · ", parts));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** {@code welfare 0.1.0 (commit 0e8d6a5)}, from the build's properties, as {@code welfare -V} reads them. */
    static String version() {
        Properties p = new Properties();
        for (String resource :
                List.of("/nl/welfare/examples/cli/version.properties", "/nl/welfare/examples/cli/commit.properties")) {
            try (InputStream in = PackageReport.class.getResourceAsStream(resource)) {
                if (in != null) {
                    p.load(in);
                }
            } catch (IOException e) {
                // said as unknown below
            }
        }
        String version = p.getProperty("version", "");
        if (version.isBlank() || version.contains("${")) {
            return "welfare (development build)";
        }
        String commit = p.getProperty("commit", "unknown");
        return "welfare " + version.trim() + " (commit " + commit.trim() + ")";
    }
}
