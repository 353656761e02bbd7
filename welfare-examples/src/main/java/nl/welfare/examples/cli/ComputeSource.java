package nl.welfare.examples.cli;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import nl.welfare.adapters.files.datapackage.DataPackageRead;
import nl.welfare.adapters.files.datapackage.DataPackageReader;
import nl.welfare.adapters.files.datapackage.PackageIdentity;
import nl.welfare.adapters.files.fault.FileFault;
import nl.welfare.adapters.files.fault.FileFaultException;
import nl.welfare.adapters.files.json.DefinitionsJson;
import nl.welfare.adapters.files.json.TargetsJson;
import nl.welfare.adapters.jdbc.JdbcWelfareStore;
import nl.welfare.adapters.jdbc.StoredPackage;
import nl.welfare.indicators.catalogue.IndicatorCatalogue;
import nl.welfare.indicators.catalogue.ReferenceCatalogue;
import nl.welfare.indicators.dataset.Dataset;
import nl.welfare.indicators.definition.FactType;
import nl.welfare.indicators.definition.IndicatorDefinition;
import nl.welfare.indicators.engine.EvaluationQuery;
import nl.welfare.indicators.engine.IndicatorEngine;
import nl.welfare.indicators.engine.Release;
import nl.welfare.indicators.target.Targets;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Where {@code welfare compute} takes its package from: a folder whose facts it reads into memory, or a database that
 * holds the package and counts its facts by SQL ({@code --jdbc URL}). Everything else of the command (the options,
 * the checks of {@link ComputeRules}, disclosure control, the outputs) is the same for both.
 */
abstract class ComputeSource {

    /** The package, for messages: its folder, or the database's URL with the password masked. */
    abstract String where();

    /** The catalogue in use: the base one (built-in, or the stored package's) with those of {@code definitions}. */
    abstract IndicatorCatalogue catalogue(Optional<Path> definitions);

    /** The targets: those of {@code file}, else the stored package's, else none. */
    abstract Targets targets(Optional<Path> file, IndicatorCatalogue catalogue);

    /** The dataset the engine evaluates: the package read, or the database's without fact rows. */
    abstract Dataset dataset();

    /** The warning of {@link ComputeRules#UNKNOWN_QUESTION} for {@code definitions}, if any. */
    abstract Optional<String> unknownQuestions(Dataset dataset, Seq<IndicatorDefinition> definitions);

    /** The release of {@code definitions} over {@code dataset} for {@code query}. */
    abstract Release release(List<IndicatorDefinition> definitions, Dataset dataset, EvaluationQuery query);

    /** The package's name and checksum: the folder's, or those the database keeps from the import. */
    abstract PackageIdentity identity();

    /** The catalogue of the built-in definitions with those of {@code definitions}, if given. */
    static IndicatorCatalogue withOwn(IndicatorCatalogue base, Optional<Path> definitions) {
        return definitions.isPresent() ? DefinitionsJson.readCatalogue(definitions.get(), base) : base;
    }

    /** The package in a folder, read into memory: what {@code welfare compute DIR} has always done. */
    static final class Folder extends ComputeSource {

        private final Path folder;
        private final CommandSpec spec;

        Folder(Path folder, CommandSpec spec) {
            this.folder = folder;
            this.spec = spec;
        }

        @Override
        PackageIdentity identity() {
            return PackageIdentity.of(folder);
        }

        @Override
        String where() {
            return folder.toString();
        }

        @Override
        IndicatorCatalogue catalogue(Optional<Path> definitions) {
            return withOwn(ReferenceCatalogue.catalogue(), definitions);
        }

        @Override
        Targets targets(Optional<Path> file, IndicatorCatalogue catalogue) {
            return file.isPresent() ? TargetsJson.read(file.get(), catalogue) : Targets.empty();
        }

        @Override
        Dataset dataset() {
            Progress.say(spec, "reading " + folder + " ...");
            DataPackageRead read = DataPackageReader.validate(folder);
            if (read.hasErrors()) {
                throw new FileFaultException(read.errors());
            }
            PrintWriter err = spec.commandLine().getErr();
            read.warnings().forEach(w -> err.println(w.message()));
            return read.orElseThrow();
        }

        @Override
        Optional<String> unknownQuestions(Dataset dataset, Seq<IndicatorDefinition> definitions) {
            return InputChecks.unknownQuestions(dataset, definitions);
        }

        @Override
        Release release(List<IndicatorDefinition> definitions, Dataset dataset, EvaluationQuery query) {
            return IndicatorEngine.release(definitions, dataset, query, false);
        }
    }

    /**
     * The package a database holds ({@code --jdbc URL}), its facts counted by SQL there, never read into memory. With
     * a folder, the folder must hold the same package (by {@link PackageIdentity#checksum()}), and the definitions and
     * targets are the folder's as without {@code --jdbc} (built-in, {@code --definitions}, {@code --targets}); without
     * one, they are those the package was imported with, {@code --definitions} adding to them and {@code --targets}
     * replacing them.
     */
    static final class Stored extends ComputeSource {

        private final JdbcWelfareStore store;
        private final Database database;
        private final Optional<Path> folder;
        private final CommandSpec spec;
        private final StoredPackage stored;

        /**
         * The package {@code store} holds, checked against {@code folder} when given.
         *
         * @throws BadInputException when the database holds no package, or another than {@code folder}
         */
        Stored(JdbcWelfareStore store, Database database, Optional<Path> folder, CommandSpec spec) {
            this.store = store;
            this.database = database;
            this.folder = folder;
            this.spec = spec;
            Option<StoredPackage> held = store.storedPackage();
            if (held.isEmpty()) {
                throw new BadInputException(ComputeRules.error(
                        database.where(),
                        ComputeRules.NO_STORED_PACKAGE,
                        store.evaluationDataset().hierarchy().areas().isEmpty()
                                ? "it holds none; import one with welfare import DIR --jdbc URL"
                                : "it holds facts imported without the package's identity; import the package again"
                                        + " with welfare import DIR --jdbc URL --replace"));
            }
            this.stored = held.get();
            if (folder.isPresent()) {
                PackageIdentity identity = PackageIdentity.of(folder.get());
                if (!identity.checksum().equals(stored.checksum())) {
                    throw new BadInputException(ComputeRules.error(
                            folder.get().toString(),
                            ComputeRules.OTHER_PACKAGE,
                            "the folder holds " + identity.name() + " (" + identity.checksum() + "), "
                                    + database.where() + " holds " + stored.name() + " (" + stored.checksum()
                                    + "); import the folder with welfare import DIR --jdbc URL --replace, or leave"
                                    + " DIR out to compute the package the database holds"));
                }
            }
        }

        @Override
        PackageIdentity identity() {
            return new PackageIdentity(stored.name(), stored.checksum());
        }

        @Override
        String where() {
            return database.where() + " (" + stored.name() + ")";
        }

        @Override
        IndicatorCatalogue catalogue(Optional<Path> definitions) {
            if (folder.isPresent() || stored.definitions().isEmpty()) {
                return withOwn(ReferenceCatalogue.catalogue(), definitions);
            }
            String name = database.where() + " (the definitions stored with " + stored.name() + ")";
            Seq<IndicatorDefinition> held =
                    valid(DefinitionsJson.validate(name, stored.definitions().get()));
            Validation<Seq<nl.welfare.domain.value.Violation>, IndicatorCatalogue> base =
                    IndicatorCatalogue.validate(held);
            if (base.isInvalid()) {
                throw new BadInputException(
                        name + ": " + base.getError().map(Object::toString).mkString("; "));
            }
            return withOwn(base.get(), definitions);
        }

        @Override
        Targets targets(Optional<Path> file, IndicatorCatalogue catalogue) {
            if (file.isPresent()) {
                return TargetsJson.read(file.get(), catalogue);
            }
            if (folder.isPresent() || stored.targets().isEmpty()) {
                return Targets.empty();
            }
            return valid(TargetsJson.validate(
                    database.where() + " (the targets stored with " + stored.name() + ")",
                    stored.targets().get()));
        }

        @Override
        Dataset dataset() {
            Progress.say(spec, "reading the areas and years of " + where() + " ...");
            return store.evaluationDataset();
        }

        @Override
        Optional<String> unknownQuestions(Dataset dataset, Seq<IndicatorDefinition> definitions) {
            return dataset.hasFacts(FactType.SURVEY_RESPONSES)
                    ? InputChecks.unknownQuestions(store.surveyAnswersPerQuestion(), definitions)
                    : Optional.empty();
        }

        @Override
        Release release(List<IndicatorDefinition> definitions, Dataset dataset, EvaluationQuery query) {
            try {
                return IndicatorEngine.release(definitions, dataset, query, false, store.figureSource());
            } catch (UnsupportedOperationException e) {
                throw new BadInputException(where() + ": cannot compute in the database yet: " + e.getMessage()
                        + "; compute the package's folder without --jdbc to compute it in memory");
            }
        }

        private static <T> T valid(Validation<Seq<FileFault>, T> read) {
            if (read.isInvalid()) {
                throw new FileFaultException(read.getError());
            }
            return read.get();
        }
    }
}
