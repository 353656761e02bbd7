package nl.welfare.examples.report;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a report's results came from, so that a reader can compute them again: the data package and its checksum,
 * how the package was made (its source, or the generator's seed), the vintage of its area codes, the version of the
 * library and the command that made the report. The disclosure rules and the confidence level come with the table.
 *
 * @param packageName the package's name (its descriptor's {@code name})
 * @param checksum the package's checksum ({@code sha256:...}, as {@code PackageIdentity} computes it)
 * @param source where the facts come from or how they were generated (the descriptor's title and sources, a seed)
 * @param vintage the year of the CBS area list the codes are of, if the package says
 * @param version the library's version, as {@code welfare -V} says it
 * @param rerun the command that computes the same results again
 * @param writtenAt when the report was written (ISO-8601)
 */
public record ReportProvenance(
        String packageName,
        String checksum,
        Optional<String> source,
        Optional<String> vintage,
        String version,
        String rerun,
        String writtenAt) {

    /** The provenance, checked for presence. */
    public ReportProvenance {
        Objects.requireNonNull(packageName, "packageName");
        Objects.requireNonNull(checksum, "checksum");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(vintage, "vintage");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(rerun, "rerun");
        Objects.requireNonNull(writtenAt, "writtenAt");
    }
}
