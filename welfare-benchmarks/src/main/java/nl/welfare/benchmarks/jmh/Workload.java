package nl.welfare.benchmarks.jmh;

import java.nio.file.Path;
import java.util.List;
import nl.welfare.adapters.files.datapackage.DataPackageReader;
import nl.welfare.benchmarks.Workloads;
import nl.welfare.indicators.catalogue.ReferenceCatalogue;
import nl.welfare.indicators.dataset.Dataset;
import nl.welfare.indicators.definition.IndicatorDefinition;
import nl.welfare.indicators.disclosure.DisclosureRules;
import nl.welfare.indicators.engine.EvaluationQuery;
import nl.welfare.indicators.engine.IndicatorEngine;
import nl.welfare.indicators.engine.IndicatorTable;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The workload of the kernels: the S package (every Dutch neighbourhood, 10,000 residents, seed 1, 2018-2022) in the
 * folder of the system property {@code welfare.bench.workload} (default {@code
 * welfare-benchmarks/target/workloads/S}), generated there when absent, and read once.
 */
@State(Scope.Benchmark)
public class Workload {

    /** The package's folder. */
    public Path dir;

    /** The package, read. */
    public Dataset dataset;

    /** The reference catalogue. */
    public List<IndicatorDefinition> definitions;

    /** Generates the package when absent and reads it. */
    @Setup(Level.Trial)
    public void setUp() {
        dir = Path.of(System.getProperty("welfare.bench.workload", "welfare-benchmarks/target/workloads/S"));
        Workloads.generate(dir, Workloads.SIZES.get("S"));
        dataset = DataPackageReader.read(dir);
        definitions = ReferenceCatalogue.all().toJavaList();
    }

    /** The results table of the workload with disclosure control on, made once, for the writer. */
    @State(Scope.Benchmark)
    public static class Released {
        /** The table. */
        public IndicatorTable table;

        /** Releases the workload's results. */
        @Setup(Level.Trial)
        public void setUp(Workload w) {
            table = IndicatorEngine.release(w.definitions, w.dataset, query(DisclosureRules.standard()), false)
                    .table();
        }
    }

    /** The query of {@code welfare compute --level neighbourhood --period year --from 2018 --to 2022}. */
    public static EvaluationQuery query(DisclosureRules rules) {
        return Workloads.query(rules);
    }
}
