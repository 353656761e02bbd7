package nl.welfare.adapters.jdbc;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a store holds of a data package besides its facts: the package's name and checksum, and the indicator
 * definitions and targets it was imported with, as the JSON documents of docs/definitions-json.md. An import takes it
 * ({@link JdbcWelfareStore#importPackage}) and writes it in the same transaction as the facts; {@link
 * JdbcWelfareStore#storedPackage()} gives it back, documents character for character as they were given.
 *
 * <p>The documents are text because the store does not read them: reading and writing them, with every fault of a
 * hand-written file, is the files adapter's work ({@code DefinitionsJson}, {@code TargetsJson}), and the JDBC adapter
 * knows no other adapter. Text also keeps the schema independent of the definition model: a new kind of measure needs
 * no migration.
 *
 * <pre>{@code
 * StoredPackage identity = StoredPackage.of("enschede-example", "sha256:9f86d0...",
 *         Optional.of(DefinitionsJson.toJson(catalogue.all())), Optional.of(TargetsJson.toJson(targets)));
 * store.importPackage(dataset, identity, ImportMode.REFUSE);
 * store.storedPackage().map(StoredPackage::checksum);      // Some(sha256:9f86d0...)
 * }</pre>
 */
@Value.Immutable
public abstract class StoredPackage {

    StoredPackage() {}

    /** The package's name: its descriptor's {@code name}, or its folder's. Not blank. */
    @Value.Parameter
    public abstract String name();

    /**
     * The checksum of the package's files, as its reader computes it ({@code sha256:} and 64 hex digits): two folders
     * with the same checksum hold the same package. Not blank.
     */
    @Value.Parameter
    public abstract String checksum();

    /** The indicator definitions the package was imported with: a definitions document (JSON), if any. */
    @Value.Parameter
    public abstract Optional<String> definitions();

    /** The targets the package was imported with: a targets document (JSON), if any. */
    @Value.Parameter
    public abstract Optional<String> targets();

    /**
     * The stored part of a package: {@code name}, {@code checksum}, and its {@code definitions} and {@code targets}
     * documents when it has them.
     *
     * @throws IllegalArgumentException when the name or checksum is blank
     */
    public static StoredPackage of(
            String name, String checksum, Optional<String> definitions, Optional<String> targets) {
        return ImmutableStoredPackage.of(name, checksum, definitions, targets);
    }

    @Value.Check
    void check() {
        if (name().isBlank()) {
            throw new IllegalArgumentException("a stored package's name must not be blank");
        }
        if (checksum().isBlank()) {
            throw new IllegalArgumentException("a stored package's checksum must not be blank");
        }
    }

    @Override
    public String toString() {
        return "StoredPackage[" + name() + ", " + checksum() + ", definitions "
                + definitions().map(d -> d.length() + " characters").orElse("none") + ", targets "
                + targets().map(t -> t.length() + " characters").orElse("none") + "]";
    }
}
