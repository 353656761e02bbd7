package nl.welfare.examples.cli;

import io.vavr.control.Either;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import nl.welfare.adapters.files.datapackage.DataPackageRead;
import nl.welfare.adapters.files.datapackage.DataPackageReader;
import nl.welfare.adapters.files.datapackage.PackageIdentity;
import nl.welfare.adapters.files.fault.FileFault;
import nl.welfare.adapters.files.json.DefinitionsJson;
import nl.welfare.adapters.files.json.TargetsJson;
import nl.welfare.adapters.jdbc.ImportMode;
import nl.welfare.adapters.jdbc.ImportSummary;
import nl.welfare.adapters.jdbc.StoredPackage;
import nl.welfare.domain.value.Violation;
import nl.welfare.indicators.catalogue.IndicatorCatalogue;
import nl.welfare.indicators.catalogue.ReferenceCatalogue;
import nl.welfare.indicators.dataset.Dataset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code welfare import DIR [--jdbc URL] [--replace] [--definitions FILE.json] [--targets FILE]}: checks a data package
 * as {@code validate} does and imports it into a database, all or nothing, in one transaction: its facts, and what
 * {@code welfare compute --jdbc URL} needs besides them, the package's name and checksum ({@link PackageIdentity}),
 * the indicator definitions in use (the built-in ones with those of {@code --definitions}) and the targets of
 * {@code --targets}, as JSON documents.
 */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = {
            "Checks a data package as 'welfare validate' does (every fault on standard error, exit code 1) and imports"
                    + " it into a database in one transaction: all of it or, on any fault, none of it. Prints the"
                    + " rows per table, how they went in and how long it took.",
            "The database is that of --jdbc URL (H2, PostgreSQL or MariaDB), or else the embedded default: the H2 file"
                    + " " + Database.DEFAULT_FILE + " in the current folder, created on first use. A database that"
                    + " already holds a data package is refused (exit code 1) unless --replace.",
            "With the facts go the package's name and checksum, the indicator definitions (the built-in ones with"
                    + " those of --definitions) and the targets of --targets, so that 'welfare compute --jdbc URL'"
                    + " computes the package inside the database, with or without its folder.",
            "Exit code 0 when imported, 1 when the package has faults, the database cannot be reached or holds a"
                    + " package already, 2 on wrong usage."
        })
public final class ImportCommand implements Callable<Integer> {

    @Spec
    @SuppressWarnings("NullAway.Init")
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "the data package's folder (or its datapackage.json)")
    @SuppressWarnings("NullAway.Init")
    Path folder;

    @Option(
            names = "--jdbc",
            paramLabel = "URL",
            converter = Database.Url.class,
            description = "the database: jdbc:h2:file:PATH, jdbc:postgresql://HOST:PORT/DB?user=U&password=P or"
                    + " jdbc:mariadb://HOST:PORT/DB?user=U&password=P; by default the H2 file "
                    + Database.DEFAULT_FILE + " in the current folder")
    @SuppressWarnings("NullAway.Init")
    Optional<String> jdbc;

    @Option(
            names = "--replace",
            description = "replace the data package the database holds, in the same transaction (readers see the old"
                    + " or the new one)")
    boolean replace;

    @Option(
            names = "--definitions",
            paramLabel = "FILE.json",
            description = "your own indicator definitions, next to the built-in ones, stored with the package for"
                    + " 'welfare compute --jdbc URL' without DIR")
    Optional<Path> definitions = Optional.empty();

    @Option(
            names = "--targets",
            paramLabel = "FILE",
            description = "targets (JSON) stored with the package for 'welfare compute --jdbc URL' without DIR")
    Optional<Path> targets = Optional.empty();

    @Override
    public Integer call() {
        PackagePath.require(folder, spec);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Progress.say(spec, "checking " + folder + " ...");
        DataPackageRead read = DataPackageReader.validate(folder);
        for (FileFault fault : read.faults()) {
            err.println(fault.message());
        }
        if (read.hasErrors()) {
            err.printf(
                    "%s: %d %s, %d %s; nothing imported%n",
                    folder,
                    read.errors().size(),
                    read.errors().size() == 1 ? "fault" : "faults",
                    read.warnings().size(),
                    read.warnings().size() == 1 ? "warning" : "warnings");
            return Welfare.BAD_INPUT;
        }
        Dataset dataset = read.orElseThrow();
        IndicatorCatalogue catalogue = ComputeSource.withOwn(ReferenceCatalogue.catalogue(), definitions);
        Optional<String> goals = targets.map(file -> TargetsJson.toJson(TargetsJson.read(file, catalogue)));
        PackageIdentity identity = PackageIdentity.of(folder);
        StoredPackage stored = StoredPackage.of(
                identity.name(), identity.checksum(), Optional.of(DefinitionsJson.toJson(catalogue.all())), goals);
        Database database = Database.of(jdbc);
        Progress.say(spec, "importing " + folder + " into " + database.where() + " ...");
        ImportMode mode = replace ? ImportMode.REPLACE : ImportMode.REFUSE;
        Either<Violation, String> imported = database.with(store -> store.importPackage(dataset, stored, mode)
                .map(summary -> {
                    print(out, database, summary, store.database(), stored);
                    return store.database();
                }));
        if (imported.isLeft()) {
            err.println(database.where() + ": already holds a data package ("
                    + imported.getLeft().rejectedValue() + "); nothing imported. Give --replace to replace it ["
                    + imported.getLeft().rule().id() + "]");
            return Welfare.BAD_INPUT;
        }
        return Welfare.OK;
    }

    /** The rows per table on standard output, and the closing line on standard error. */
    private void print(PrintWriter out, Database database, ImportSummary summary, String kind, StoredPackage stored) {
        out.printf(Locale.ROOT, "%s: imported into %s (%s)%n", folder, database.where(), database.kind(kind));
        out.printf(Locale.ROOT, "  package %s, %s%n", stored.name(), stored.checksum());
        int width =
                summary.rows().keySet().stream().mapToInt(String::length).max().orElse(0);
        for (Map.Entry<String, Long> table : summary.rows().entrySet()) {
            out.printf(Locale.ROOT, "  %-" + width + "s %,12d%n", table.getKey(), table.getValue());
        }
        out.flush();
        PrintWriter err = spec.commandLine().getErr();
        err.println(String.format(
                Locale.ROOT,
                "%,d rows in %d tables imported into %s by %s in %.1f s%s",
                summary.totalRows(),
                summary.rows().size(),
                database.where(),
                summary.method(),
                summary.elapsed().toMillis() / 1000.0,
                replace ? ", replacing what it held" : ""));
        err.flush();
    }
}
