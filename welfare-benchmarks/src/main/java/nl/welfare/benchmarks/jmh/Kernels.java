package nl.welfare.benchmarks.jmh;

import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.TimeUnit;
import nl.welfare.adapters.files.datapackage.DataPackageReader;
import nl.welfare.adapters.files.results.ResultsFormat;
import nl.welfare.adapters.files.results.ResultsWriter;
import nl.welfare.indicators.dataset.Dataset;
import nl.welfare.indicators.disclosure.DisclosureRules;
import nl.welfare.indicators.engine.IndicatorEngine;
import nl.welfare.indicators.engine.Release;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The kernels of {@code welfare compute} on the S workload ({@link Workload}), each on its own: reading the package,
 * the passes with the statistics (disclosure control off), the release with disclosure control (the disclosure
 * decision is {@link #release} less {@link #evaluate}: the engine has no public entry that decides it apart), and
 * writing the results as CSV. {@code java -jar welfare-benchmarks.jar jmh Kernels}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx2g"})
public class Kernels {

    /** Reads the package: {@code DataPackageReader.read}, every file checked. */
    @Benchmark
    public Dataset read(Workload w) {
        return DataPackageReader.read(w.dir);
    }

    /** Evaluates the catalogue: the passes over the facts and the statistics, disclosure control off. */
    @Benchmark
    public Release evaluate(Workload w) {
        return IndicatorEngine.release(w.definitions, w.dataset, Workload.query(DisclosureRules.none()), false);
    }

    /** The release with the standard disclosure rules: the evaluation and the disclosure decision. */
    @Benchmark
    public Release release(Workload w) {
        return IndicatorEngine.release(w.definitions, w.dataset, Workload.query(DisclosureRules.standard()), false);
    }

    /** Writes the results table (1.5 million rows) as CSV, to nowhere. */
    @Benchmark
    public OutputStream write(Workload.Released released) throws IOException {
        OutputStream out = OutputStream.nullOutputStream();
        ResultsWriter.write(released.table, ResultsFormat.CSV, out);
        return out;
    }
}
