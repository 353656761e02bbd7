package nl.welfare.adapters.files.datapackage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A data package written to a folder by a test: the four areas of {@link #AREAS} (vintage 2022) and the resources and
 * files a test adds. The descriptor lists one resource per line, so resource {@code i} (areas being 0) is on line
 * {@code 3 + i}.
 */
final class TestPackage {

    /** A municipality, a district and two neighbourhoods of Enschede. */
    static final String AREAS = "code,name,level,parent_code,population\n"
            + "GM0153,Enschede,municipality,,\n"
            + "WK015300,Wijk 00 Binnensingelgebied,district,GM0153,\n"
            + "BU01530000,City,neighbourhood,WK015300,2825\n"
            + "BU01530001,\"Lasonder, Zeggelt\",neighbourhood,WK015300,1550\n";

    private final Map<String, byte[]> files = new LinkedHashMap<>();
    private final List<String> entries = new ArrayList<>();
    private Optional<String> descriptor = Optional.empty();

    private TestPackage() {}

    /** A package with the areas and nothing else. */
    static TestPackage withAreas() {
        return new TestPackage().resource("areas", AREAS, "\"vintage\": 2022");
    }

    /** A package without any resource or file. */
    static TestPackage empty() {
        return new TestPackage();
    }

    /** Adds the resource {@code name} with the file {@code name.csv} holding {@code csv}, and JSON members. */
    TestPackage resource(String name, String csv, String... members) {
        file(name + ".csv", csv);
        StringBuilder entry = new StringBuilder("{\"name\": \"" + name + "\", \"path\": \"" + name + ".csv\"");
        for (String member : members) {
            entry.append(", ").append(member);
        }
        return entry(entry.append('}').toString());
    }

    /** Adds a resource entry to the descriptor as given. */
    TestPackage entry(String json) {
        entries.add(json);
        return this;
    }

    /** Adds (or replaces) a file. */
    TestPackage file(String path, String text) {
        return file(path, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Adds (or replaces) a file of bytes. */
    TestPackage file(String path, byte[] bytes) {
        files.put(path, bytes);
        return this;
    }

    /** Uses {@code json} as the descriptor instead of the one made of the entries. */
    TestPackage descriptor(String json) {
        descriptor = Optional.of(json);
        return this;
    }

    /** Writes the package into {@code folder}. */
    Path write(Path folder) {
        try {
            Files.createDirectories(folder);
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Path path = folder.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.write(path, file.getValue());
            }
            String json = descriptor.orElseGet(
                    () -> "{\n  \"resources\": [\n    " + String.join(",\n    ", entries) + "\n  ]\n}\n");
            Files.writeString(folder.resolve("datapackage.json"), json);
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the package into {@code folder} and reads it strictly. */
    DataPackageRead validate(Path folder) {
        return DataPackageReader.validate(write(folder));
    }

    /** Writes the package into {@code folder} and reads it leniently. */
    DataPackageRead readLenient(Path folder) {
        return DataPackageReader.readLenient(write(folder));
    }
}
