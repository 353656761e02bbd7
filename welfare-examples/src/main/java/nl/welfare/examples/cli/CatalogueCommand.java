package nl.welfare.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import nl.welfare.adapters.files.json.DefinitionsJson;
import nl.welfare.indicators.catalogue.ReferenceCatalogue;
import nl.welfare.indicators.definition.IndicatorDefinition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code welfare catalogue [--format text|json]}: lists the built-in indicator definitions. */
@Command(
        name = "catalogue",
        mixinStandardHelpOptions = true,
        description = "Lists the built-in indicator definitions (the reference catalogue of the five Enschede goals).")
public final class CatalogueCommand implements Callable<Integer> {

    /** How to list the definitions. */
    enum Format {
        text,
        json
    }

    @Spec
    @SuppressWarnings("NullAway.Init")
    CommandSpec spec;

    @Option(
            names = "--format",
            defaultValue = "text",
            description = "text (a table to read) or json (definitions to edit and pass to compute --definitions)")
    Format format = Format.text;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            DefinitionsJson.write(ReferenceCatalogue.all(), out);
            out.flush();
            return Welfare.OK;
        }
        out.printf("%-36s %-16s %-9s %-18s %s%n", "indicator", "kind", "unit", "polarity", "goals");
        for (IndicatorDefinition d : ReferenceCatalogue.all()) {
            out.printf(
                    "%-36s %-16s %-9s %-18s %s%n",
                    d.id().value(),
                    d.kind(),
                    d.statisticalUnit(),
                    d.polarity().code(),
                    d.goals().stream().map(g -> g.value()).collect(Collectors.joining(", ")));
        }
        return Welfare.OK;
    }
}
