package nl.welfare.benchmarks;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import nl.welfare.domain.area.AreaLevel;
import nl.welfare.domain.time.PeriodGranularity;
import nl.welfare.domain.time.ReportingPeriod;
import nl.welfare.examples.cli.Welfare;
import nl.welfare.examples.reference.PackageGenerator;
import nl.welfare.indicators.disclosure.DisclosureRules;
import nl.welfare.indicators.engine.EvaluationQuery;

/**
 * The benchmarks' workloads, the same for the side-by-side harness and the JMH kernels: packages of {@code welfare
 * generate --country --benchmark-density} over every Dutch neighbourhood, 2018-2022, seed 1, in three sizes (about 10
 * participations, 2 survey answers and 0.5 support episodes per resident), and the query of {@code welfare compute
 * --level neighbourhood --period year --from 2018 --to 2022}.
 */
public final class Workloads {

    /** The first year of every workload. */
    public static final int FROM = 2018;

    /** The last year of every workload. */
    public static final int TO = 2022;

    /** The generator's seed of every workload. */
    public static final long SEED = 1;

    /** The residents of each size. */
    public static final Map<String, Integer> SIZES = Map.of("S", 10_000, "M", 100_000, "L", 1_000_000);

    private Workloads() {}

    /**
     * Generates the package of {@code residents} into {@code dir} unless it holds one of the benchmark density already
     * (a package of another density, from before the density existed, is replaced).
     *
     * @return whether it generated one
     * @throws IllegalStateException when {@code welfare generate} fails
     */
    public static boolean generate(Path dir, int residents) {
        Path descriptor = dir.resolve("datapackage.json");
        try {
            if (Files.exists(descriptor)
                    && Files.readString(descriptor)
                            .contains(PackageGenerator.Intensity.BENCHMARK.descriptorProperty())) {
                return false;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StringWriter err = new StringWriter();
        int code = Welfare.run(
                new String[] {
                    "generate",
                    "--country",
                    "--residents",
                    Integer.toString(residents),
                    "--seed",
                    Long.toString(SEED),
                    "--from",
                    Integer.toString(FROM),
                    "--to",
                    Integer.toString(TO),
                    "--benchmark-density",
                    "--force",
                    "--out",
                    dir.toString()
                },
                new PrintWriter(Writer.nullWriter()),
                new PrintWriter(err));
        if (code != 0) {
            throw new IllegalStateException("welfare generate failed: " + err);
        }
        return true;
    }

    /** The query of {@code welfare compute --level neighbourhood --period year --from 2018 --to 2022}. */
    public static EvaluationQuery query(DisclosureRules rules) {
        return EvaluationQuery.builder()
                .period(ReportingPeriod.years(FROM, TO))
                .granularity(PeriodGranularity.YEAR)
                .disclosure(rules)
                .level(AreaLevel.NEIGHBOURHOOD)
                .build();
    }
}
