package nl.welfare.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.welfare.adapters.files.results.CsvDialect;
import nl.welfare.adapters.files.results.ResultLabels;
import nl.welfare.adapters.files.results.ResultsFormat;
import nl.welfare.adapters.files.results.ResultsOptions;
import nl.welfare.adapters.files.results.ResultsWriter;
import nl.welfare.domain.area.AreaLevel;
import nl.welfare.domain.value.Rule;
import nl.welfare.indicators.dataset.Dataset;
import nl.welfare.indicators.definition.IndicatorDefinition;
import nl.welfare.indicators.engine.EvaluationQuery;
import nl.welfare.indicators.engine.IndicatorTable;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Where and how {@code welfare compute} writes its results: the format, labels ({@code --labels}), display rounding
 * ({@code --round-values N}), the workbook's provenance, and the line on standard error that is never left out when
 * disclosure control was turned off ({@code --disclosure none}), naming the file that must not be published.
 */
final class ResultsOutput {

    private ResultsOutput() {}

    /** {@code --benchmark}: {@code municipality} or {@code district}. */
    static final class Benchmark implements ITypeConverter<AreaLevel> {
        @Override
        public AreaLevel convert(String text) {
            Rule rule = EvaluationQuery.BENCHMARK_LEVEL;
            Optional<AreaLevel> level = AreaLevel.parse(text.trim()).toJavaOptional();
            if (level.isEmpty() || (level.get() != AreaLevel.MUNICIPALITY && level.get() != AreaLevel.DISTRICT)) {
                throw new TypeConversionException(OptionValues.refused(rule, text));
            }
            return level.get();
        }
    }

    /** {@code --round-values}: a whole number of decimals from 0 to 15. */
    static final class Decimals implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String text) {
            int n;
            try {
                n = Integer.parseInt(text.trim());
            } catch (NumberFormatException e) {
                throw new TypeConversionException(OptionValues.refused(ResultsOptions.DECIMALS, text));
            }
            var valid = ResultsOptions.decimals(n);
            if (valid.isInvalid()) {
                throw new TypeConversionException(OptionValues.refused(ResultsOptions.DECIMALS, text));
            }
            return n;
        }
    }

    /**
     * The options of the output: the labels of {@code definitions} and {@code dataset}'s areas with {@code labels} (and
     * always for a workbook), {@code decimals} of display rounding, and for a workbook where the results came from:
     * {@code source}, the package's folder, or the database that holds it.
     */
    static ResultsOptions options(
            ResultsFormat format,
            boolean labels,
            Optional<Integer> decimals,
            List<IndicatorDefinition> definitions,
            Dataset dataset,
            String source) {
        ResultsOptions options = ResultsOptions.PLAIN;
        if (labels || format == ResultsFormat.XLSX) {
            options = options.withLabels(ResultLabels.of(definitions, dataset));
        }
        if (decimals.isPresent()) {
            options = options.roundedTo(decimals.get());
        }
        Map<String, String> provenance = new LinkedHashMap<>();
        provenance.put("data package", source);
        dataset.hierarchy().vintage().ifPresent(v -> provenance.put("area list (CBS vintage)", v.toString()));
        provenance.put("written by", Version.describe(Version.properties()) + ", compute");
        provenance.put(
                "written at",
                java.time.Instant.now()
                        .truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                        .toString());
        return options.withProvenance(provenance);
    }

    /**
     * Writes {@code table} to {@code out} (with its metadata beside a CSV), or to {@code stdout}; returns where it went
     * ({@code results.csv and results.resource.json}, {@code standard output}). After {@code --disclosure none} it
     * says so on {@code err} first, every time, naming where the results go.
     */
    static String write(
            IndicatorTable table,
            ResultsFormat format,
            CsvDialect dialect,
            ResultsOptions options,
            Optional<Path> out,
            PrintWriter stdout,
            PrintWriter err)
            throws IOException {
        String target = out.map(Path::toString).orElse("standard output");
        if (!table.disclosure().enabled()) {
            err.println(notForPublication(target));
            err.flush();
        }
        if (out.isPresent()) {
            List<Path> written = ResultsWriter.writeFile(table, format, dialect, options, out.get());
            return written.stream().map(Path::toString).collect(Collectors.joining(" and "));
        }
        ResultsWriter.write(table, format, dialect, options, stdout);
        stdout.flush();
        return "standard output";
    }

    /** The line on standard error after {@code --disclosure none}. */
    static String notForPublication(String target) {
        return "warning: disclosure control is off (--disclosure none): " + target + " is NOT FOR PUBLICATION (no"
                + " cell is suppressed, small counts included); its metadata and its disclosure marker say so";
    }
}
