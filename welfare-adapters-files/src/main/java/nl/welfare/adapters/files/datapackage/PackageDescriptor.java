package nl.welfare.adapters.files.datapackage;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Year;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.welfare.adapters.files.fault.FileFault;
import nl.welfare.domain.resident.Cohort;
import nl.welfare.domain.resident.CohortName;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violation;

/**
 * The descriptor ({@code datapackage.json}) as far as the reader needs it: per resource its file, its CSV dialect and
 * its Table Schema; the areas' vintage; and the cohorts' descriptions. Reading it reports every fault of the
 * descriptor; a resource with a fault that keeps its file from being read (a missing file, an unsupported dialect) is
 * left out of {@link #entries()}.
 *
 * <p>It only reads, and a whole package: many resources, their dialects, encodings and schemas, checked against what
 * this reader supports. The results writer's {@code ResultsDescriptor} only writes, one fixed resource beside a results
 * file; the two share the Frictionless format, not a job, so each has its own name.
 */
final class PackageDescriptor {

    /** The descriptor's file name. */
    static final String FILE = "datapackage.json";

    /** The encodings a resource may declare, by their names in lower case with {@code -} for {@code _}. */
    private static final Map<String, Charset> ENCODINGS = encodings();

    private static Map<String, Charset> encodings() {
        Map<String, Charset> names = new HashMap<>();
        for (String name : new String[] {"utf-8", "utf8", "utf-8-sig", "utf8-sig"}) {
            names.put(name, StandardCharsets.UTF_8);
        }
        Charset windows = Charset.forName("windows-1252");
        for (String name : new String[] {"windows-1252", "cp1252", "windows1252"}) {
            names.put(name, windows);
        }
        for (String name : new String[] {"iso-8859-1", "iso8859-1", "latin-1", "latin1", "l1"}) {
            names.put(name, StandardCharsets.ISO_8859_1);
        }
        Charset latin9 = Charset.forName("ISO-8859-15");
        for (String name : new String[] {"iso-8859-15", "iso8859-15", "latin-9", "latin9"}) {
            names.put(name, latin9);
        }
        for (String name : new String[] {"us-ascii", "ascii"}) {
            names.put(name, StandardCharsets.US_ASCII);
        }
        return Map.copyOf(names);
    }

    /** The lowest and highest vintage accepted. */
    static final int EARLIEST_VINTAGE = 1900;

    static final int LATEST_VINTAGE = 2100;

    /** How the numbers of a column are written: the decimal character and, if any, the group character. */
    record NumberFormat(char decimal, Option<Character> group) {
        static final NumberFormat PLAIN = new NumberFormat('.', Option.none());
    }

    /** The CSV dialect of a resource's file. */
    record Dialect(char delimiter, char quote, Option<Character> comment) {}

    /**
     * A resource the reader will read: its file, the line of its descriptor entry, its dialect, the types of its
     * Table Schema's fields (none when it gives no schema), the number format of each number column, the date format
     * of each date column whose field gives one, the texts that stand for an empty value, and the encoding of its
     * file.
     */
    record Entry(
            Resource resource,
            String path,
            Path file,
            long line,
            Charset encoding,
            Dialect dialect,
            Option<Map<String, String>> schemaTypes,
            long schemaLine,
            Map<String, NumberFormat> numberFormats,
            Map<String, DateFormat> dateFormats,
            Set<String> missingValues) {

        /** The number format of {@code column}: its schema field's, else the dialect's decimal character. */
        NumberFormat numberFormat(String column) {
            return numberFormats.getOrDefault(column, NumberFormat.PLAIN);
        }

        /** The date format of {@code column}: its schema field's, else ISO 8601. */
        DateFormat dateFormat(String column) {
            return dateFormats.getOrDefault(column, DateFormat.ISO);
        }
    }

    /** A cohort named in the descriptor, with its description if it has one. */
    record CohortEntry(CohortName name, Optional<String> description) {}

    private final Seq<Entry> entries;
    private final Optional<Year> vintage;
    private final Seq<CohortEntry> cohorts;

    private PackageDescriptor(Seq<Entry> entries, Optional<Year> vintage, Seq<CohortEntry> cohorts) {
        this.entries = entries;
        this.vintage = vintage;
        this.cohorts = cohorts;
    }

    /** The resources whose files can be read, in the order of reading ({@link Resource}'s order). */
    Seq<Entry> entries() {
        return entries;
    }

    /** The areas' CBS vintage, if the descriptor gives a valid one. */
    Optional<Year> vintage() {
        return vintage;
    }

    /** The cohorts the {@code cohorts} resource describes, in the order given. */
    Seq<CohortEntry> cohorts() {
        return cohorts;
    }

    /** The descriptor of the package in {@code folder}, with every fault of it added to {@code faults}. */
    static PackageDescriptor read(Path folder, Faults faults) {
        Path file = folder.resolve(FILE);
        PackageDescriptor none = new PackageDescriptor(Vector.empty(), Optional.empty(), Vector.empty());
        if (!Files.exists(file)) {
            faults.add(FileFault.inFile(FILE, DataPackageRules.MISSING_DESCRIPTOR, folder.toString()));
            return none;
        }
        LocatedJson json;
        try (InputStream in = Files.newInputStream(file)) {
            json = LocatedJson.parse(in);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            long line = at == null ? 1 : Math.max(1, at.getLineNr());
            faults.add(FileFault.atLine(FILE, line, DataPackageRules.BAD_JSON, String.valueOf(e.getOriginalMessage())));
            return none;
        } catch (IOException e) {
            faults.add(FileFault.inFile(FILE, DataPackageRules.UNREADABLE_FILE, String.valueOf(e.getMessage())));
            return none;
        }
        return new Parser(folder, json, faults).parse();
    }

    /** Reads the tree of a syntactically valid descriptor. */
    private static final class Parser {
        private final Path folder;
        private final LocatedJson json;
        private final Faults faults;
        private final Map<Resource, Entry> entries = new HashMap<>();
        private final Set<Resource> named = EnumSet.noneOf(Resource.class);
        private Optional<Year> vintage = Optional.empty();
        private Seq<CohortEntry> cohorts = Vector.empty();

        Parser(Path folder, LocatedJson json, Faults faults) {
            this.folder = folder;
            this.json = json;
            this.faults = faults;
        }

        private void fault(long line, String field, Rule rule, String rejected) {
            faults.add(FileFault.builder()
                    .file(FILE)
                    .rule(rule)
                    .line(line)
                    .field(field)
                    .rejected(rejected)
                    .build());
        }

        private void fault(JsonNode object, String property, String field, Rule rule, String rejected) {
            fault(json.line(object, property), field, rule, rejected);
        }

        PackageDescriptor parse() {
            JsonNode root = json.root();
            JsonNode resources = root.path("resources");
            if (!root.isObject() || !resources.isArray()) {
                fault(
                        root.isObject() ? json.line(root, "resources") : 1,
                        "resources",
                        DataPackageRules.BAD_DESCRIPTOR,
                        shorten(root.isObject() ? resources.toString() : root.toString()));
                return done();
            }
            for (int i = 0; i < resources.size(); i++) {
                resource(resources.get(i), "resources[" + i + "]", json.line(resources, i));
            }
            if (!named.contains(Resource.AREAS)) {
                fault(json.line(root, "resources"), "resources", DataPackageRules.MISSING_AREAS, "");
            }
            return done();
        }

        private PackageDescriptor done() {
            Vector<Entry> readable = Vector.empty();
            for (Resource r : Resource.values()) {
                Entry e = entries.get(r);
                if (e != null) {
                    readable = readable.append(e);
                }
            }
            return new PackageDescriptor(readable, vintage, cohorts);
        }

        private void resource(JsonNode node, String at, long line) {
            if (!node.isObject()) {
                fault(line, at, DataPackageRules.BAD_DESCRIPTOR, shorten(node.toString()));
                return;
            }
            JsonNode nameNode = node.path("name");
            if (!nameNode.isTextual()) {
                fault(node, "name", at + ".name", DataPackageRules.BAD_DESCRIPTOR, shorten(nameNode.toString()));
                return;
            }
            String name = nameNode.asText();
            Option<Resource> known = Resource.named(name);
            if (known.isEmpty()) {
                fault(node, "name", "name", DataPackageRules.UNKNOWN_RESOURCE, name);
                return;
            }
            Resource resource = known.get();
            if (!named.add(resource)) {
                fault(node, "name", "name", DataPackageRules.DUPLICATE_RESOURCE, name);
                return;
            }
            boolean readable = true;
            if (resource == Resource.AREAS) {
                vintage(node);
            }
            if (resource == Resource.COHORTS) {
                cohorts(node);
            }
            JsonNode format = node.path("format");
            if (!format.isMissingNode()
                    && !(format.isTextual() && format.asText().equalsIgnoreCase("csv"))) {
                fault(node, "format", name + ".format", DataPackageRules.BAD_DESCRIPTOR, shorten(format.toString()));
                readable = false;
            }
            JsonNode encoding = node.path("encoding");
            Option<Charset> charset = encoding.isMissingNode()
                    ? Option.some(StandardCharsets.UTF_8)
                    : encoding.isTextual() ? charset(encoding.asText()) : Option.none();
            if (charset.isEmpty()) {
                fault(node, "encoding", name + ".encoding", DataPackageRules.ENCODING, shorten(encoding.toString()));
                readable = false;
            }
            Option<Dialect> dialect = dialect(node, name);
            Map<String, NumberFormat> numberFormats = new HashMap<>();
            Map<String, DateFormat> dateFormats = new HashMap<>();
            Set<String> missingValues = new HashSet<>(Set.of(""));
            Option<Option<Map<String, String>>> schema =
                    schema(node, resource, dialect, numberFormats, dateFormats, missingValues);
            Option<Path> file = file(node, name);
            if (!readable || charset.isEmpty() || dialect.isEmpty() || schema.isEmpty() || file.isEmpty()) {
                return;
            }
            entries.put(
                    resource,
                    new Entry(
                            resource,
                            node.path("path").asText(),
                            file.get(),
                            json.line(node),
                            charset.get(),
                            dialect.get(),
                            schema.get(),
                            json.line(node, "schema"),
                            numberFormats,
                            dateFormats,
                            missingValues));
        }

        /**
         * The character set a resource's {@code encoding} names, as Frictionless (and Python) spell it, in any case and
         * with {@code -} or {@code _}: UTF-8 ({@code utf-8}, {@code utf8}, {@code utf-8-sig}), windows-1252 ({@code
         * cp1252}), ISO-8859-1 ({@code latin-1}, {@code latin1}), ISO-8859-15 ({@code latin-9}) or US-ASCII ({@code
         * ascii}); none for another.
         */
        static Option<Charset> charset(String encoding) {
            String e = encoding.strip().toLowerCase(Locale.ROOT).replace('_', '-');
            return Option.of(ENCODINGS.get(e));
        }

        /** The file of the resource, or none with a fault when its path is bad or names no readable file. */
        private Option<Path> file(JsonNode node, String name) {
            JsonNode pathNode = node.path("path");
            if (!pathNode.isTextual()) {
                Rule rule = pathNode.isArray() ? DataPackageRules.BAD_PATH : DataPackageRules.BAD_DESCRIPTOR;
                fault(node, "path", name + ".path", rule, shorten(pathNode.toString()));
                return Option.none();
            }
            String path = pathNode.asText();
            Option<Path> resolved = resolve(path);
            if (resolved.isEmpty()) {
                fault(node, "path", name + ".path", DataPackageRules.BAD_PATH, path);
                return Option.none();
            }
            Path file = resolved.get();
            if (!Files.exists(file)) {
                fault(node, "path", name + ".path", DataPackageRules.MISSING_FILE, path);
                return Option.none();
            }
            if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
                fault(node, "path", name + ".path", DataPackageRules.UNREADABLE_FILE, path);
                return Option.none();
            }
            if (!insideFolder(file)) {
                fault(node, "path", name + ".path", DataPackageRules.BAD_PATH, path);
                return Option.none();
            }
            return resolved;
        }

        /** Whether {@code file}, its links followed, lies inside the package's folder. */
        private boolean insideFolder(Path file) {
            try {
                return file.toRealPath().startsWith(folder.toRealPath());
            } catch (IOException e) {
                return false;
            }
        }

        private Option<Path> resolve(String path) {
            if (path.isEmpty()
                    || path.startsWith("/")
                    || path.indexOf('\\') >= 0
                    || path.indexOf(':') >= 0
                    || path.indexOf('\0') >= 0) {
                return Option.none();
            }
            for (String segment : path.split("/", -1)) {
                if (segment.isEmpty() || segment.equals("..") || segment.equals(".")) {
                    return Option.none();
                }
            }
            try {
                Path file = folder.resolve(path).normalize();
                return file.startsWith(folder.normalize()) ? Option.some(file) : Option.none();
            } catch (InvalidPathException e) {
                return Option.none();
            }
        }

        /** The dialect of the resource, or none with a fault when this reader does not support it. */
        private Option<Dialect> dialect(JsonNode node, String name) {
            JsonNode dialect = node.path("dialect");
            if (dialect.isMissingNode()) {
                return Option.some(new Dialect(',', '"', Option.none()));
            }
            String at = name + ".dialect";
            if (!dialect.isObject()) {
                fault(node, "dialect", at, DataPackageRules.BAD_DIALECT, shorten(dialect.toString()));
                return Option.none();
            }
            boolean ok = true;
            Option<Character> delimiter = character(dialect, "delimiter", at);
            Option<Character> quote = character(dialect, "quoteChar", at);
            Option<Character> comment = character(dialect, "commentChar", at);
            character(dialect, "decimalChar", at);
            ok &= flag(dialect, "header", true, at);
            ok &= flag(dialect, "doubleQuote", true, at);
            ok &= flag(dialect, "skipInitialSpace", false, at);
            if (!dialect.path("escapeChar").isMissingNode()) {
                fault(
                        dialect,
                        "escapeChar",
                        at + ".escapeChar",
                        DataPackageRules.BAD_DIALECT,
                        shorten(dialect.path("escapeChar").toString()));
                ok = false;
            }
            for (String property : new String[] {"delimiter", "quoteChar", "commentChar", "decimalChar"}) {
                JsonNode value = dialect.path(property);
                ok &= value.isMissingNode()
                        || value.isTextual() && value.asText().length() == 1;
            }
            char d = delimiter.getOrElse(',');
            char q = quote.getOrElse('"');
            boolean distinct = d != q
                    && comment.map(c -> c != d && c != q && !isLineBreak(c)).getOrElse(true)
                    && !isLineBreak(d)
                    && !isLineBreak(q);
            if (!distinct) {
                fault(dialect, "delimiter", at, DataPackageRules.BAD_DIALECT, shorten(dialect.toString()));
                ok = false;
            }
            return ok ? Option.some(new Dialect(d, q, comment)) : Option.none();
        }

        private static boolean isLineBreak(char c) {
            return c == '\n' || c == '\r';
        }

        /** A one-character property of the dialect: none when absent, a fault when not one character. */
        private Option<Character> character(JsonNode dialect, String property, String at) {
            JsonNode value = dialect.path(property);
            if (value.isMissingNode()) {
                return Option.none();
            }
            if (value.isTextual() && value.asText().length() == 1) {
                return Option.some(value.asText().charAt(0));
            }
            fault(dialect, property, at + "." + property, DataPackageRules.BAD_DIALECT, shorten(value.toString()));
            return Option.none();
        }

        /** Whether a boolean property of the dialect is absent or {@code supported}; a fault when it is not. */
        private boolean flag(JsonNode dialect, String property, boolean supported, String at) {
            JsonNode value = dialect.path(property);
            if (value.isMissingNode() || value.isBoolean() && value.asBoolean() == supported) {
                return true;
            }
            fault(dialect, property, at + "." + property, DataPackageRules.BAD_DIALECT, shorten(value.toString()));
            return false;
        }

        /**
         * The resource's Table Schema as the types of its fields (none inside when it gives no schema), filling in the
         * number formats, date formats and missing values; none with a fault when the schema cannot be used.
         */
        private Option<Option<Map<String, String>>> schema(
                JsonNode node,
                Resource resource,
                Option<Dialect> dialect,
                Map<String, NumberFormat> numberFormats,
                Map<String, DateFormat> dateFormats,
                Set<String> missingValues) {
            String name = resource.resourceName();
            Option<Character> dialectDecimal = dialect.isEmpty()
                    ? Option.none()
                    : Option.of(node.path("dialect").path("decimalChar"))
                            .filter(v -> v.isTextual() && v.asText().length() == 1)
                            .map(v -> v.asText().charAt(0));
            if (dialectDecimal.isDefined()) {
                for (Resource.Column column : resource.columns()) {
                    if (column.type() == Resource.ColumnType.NUMBER) {
                        numberFormats.put(column.name(), new NumberFormat(dialectDecimal.get(), Option.none()));
                    }
                }
            }
            JsonNode schema = node.path("schema");
            if (schema.isMissingNode()) {
                return Option.some(Option.none());
            }
            if (!schema.isObject() || !schema.path("fields").isArray()) {
                fault(node, "schema", name + ".schema", DataPackageRules.BAD_DESCRIPTOR, shorten(schema.toString()));
                return Option.none();
            }
            boolean ok = true;
            JsonNode missing = schema.path("missingValues");
            if (!missing.isMissingNode()) {
                if (missing.isArray() && allText(missing)) {
                    missingValues.clear();
                    missing.forEach(v -> missingValues.add(v.asText()));
                } else {
                    fault(
                            schema,
                            "missingValues",
                            name + ".schema.missingValues",
                            DataPackageRules.BAD_DESCRIPTOR,
                            shorten(missing.toString()));
                    ok = false;
                }
            }
            Map<String, String> types = new LinkedHashMap<>();
            JsonNode fields = schema.path("fields");
            for (int i = 0; i < fields.size(); i++) {
                JsonNode field = fields.get(i);
                String at = name + ".schema.fields[" + i + "]";
                JsonNode fieldName = field.path("name");
                JsonNode type = field.path("type");
                if (!field.isObject() || !fieldName.isTextual() || !(type.isMissingNode() || type.isTextual())) {
                    fault(
                            json.line(field.isObject() ? field : fields),
                            at,
                            DataPackageRules.BAD_DESCRIPTOR,
                            shorten(field.toString()));
                    ok = false;
                    continue;
                }
                String column = fieldName.asText();
                String typeName = type.isMissingNode() ? "string" : type.asText();
                if (types.put(column, typeName) != null) {
                    fault(field, "name", at + ".name", DataPackageRules.DUPLICATE_COLUMN, column);
                    ok = false;
                    continue;
                }
                Option<Resource.Column> known = resource.column(column);
                if (known.isDefined() && !known.get().type().accepts(typeName)) {
                    fault(field, "type", column, DataPackageRules.FIELD_TYPE, typeName);
                }
                if (known.isDefined() && known.get().type() == Resource.ColumnType.NUMBER) {
                    Option<Character> decimal = fieldCharacter(field, "decimalChar", at);
                    Option<Character> group = fieldCharacter(field, "groupChar", at);
                    ok &= field.path("decimalChar").isMissingNode() || decimal.isDefined();
                    ok &= field.path("groupChar").isMissingNode() || group.isDefined();
                    char d = decimal.orElse(dialectDecimal).getOrElse('.');
                    numberFormats.put(column, new NumberFormat(d, group));
                }
                JsonNode format = field.path("format");
                if (known.isDefined() && known.get().type() == Resource.ColumnType.DATE && !format.isMissingNode()) {
                    Option<DateFormat> dates = format.isTextual() ? DateFormat.of(format.asText()) : Option.none();
                    if (dates.isEmpty()) {
                        fault(
                                field,
                                "format",
                                at + ".format",
                                DataPackageRules.BAD_DATE_FORMAT,
                                shorten(format.toString()));
                        ok = false;
                    } else if (!dates.get().isIso()) {
                        dateFormats.put(column, dates.get());
                    }
                }
            }
            return ok ? Option.some(Option.some(types)) : Option.none();
        }

        private static boolean allText(JsonNode array) {
            for (JsonNode v : array) {
                if (!v.isTextual()) {
                    return false;
                }
            }
            return true;
        }

        private Option<Character> fieldCharacter(JsonNode field, String property, String at) {
            JsonNode value = field.path(property);
            if (value.isMissingNode()) {
                return Option.none();
            }
            if (value.isTextual() && value.asText().length() == 1) {
                return Option.some(value.asText().charAt(0));
            }
            fault(field, property, at + "." + property, DataPackageRules.BAD_DESCRIPTOR, shorten(value.toString()));
            return Option.none();
        }

        private void vintage(JsonNode node) {
            JsonNode value = node.path("vintage");
            if (value.isMissingNode()) {
                faults.add(FileFault.builder()
                        .file(FILE)
                        .rule(DataPackageRules.NO_VINTAGE)
                        .line(json.line(node, "name"))
                        .field("vintage")
                        .rejected("")
                        .build()
                        .asWarning());
                return;
            }
            if (value.isIntegralNumber()
                    && value.canConvertToInt()
                    && value.intValue() >= EARLIEST_VINTAGE
                    && value.intValue() <= LATEST_VINTAGE) {
                vintage = Optional.of(Year.of(value.intValue()));
            } else {
                fault(node, "vintage", "vintage", DataPackageRules.BAD_VINTAGE, shorten(value.toString()));
            }
        }

        /** The cohorts listed in the {@code cohortDescriptions} property of the {@code cohorts} resource. */
        private void cohorts(JsonNode node) {
            JsonNode list = node.path("cohortDescriptions");
            if (list.isMissingNode()) {
                return;
            }
            if (!list.isArray()) {
                fault(
                        node,
                        "cohortDescriptions",
                        "cohortDescriptions",
                        DataPackageRules.BAD_DESCRIPTOR,
                        shorten(list.toString()));
                return;
            }
            Set<CohortName> seen = new HashSet<>();
            for (int i = 0; i < list.size(); i++) {
                JsonNode entry = list.get(i);
                JsonNode cohort = entry.path("cohort");
                JsonNode description = entry.path("description");
                long line = json.line(list, i);
                if (!entry.isObject()
                        || !cohort.isTextual()
                        || !(description.isMissingNode() || description.isTextual())) {
                    fault(line, "cohortDescriptions", DataPackageRules.BAD_DESCRIPTOR, shorten(entry.toString()));
                    continue;
                }
                Optional<String> text =
                        description.isMissingNode() ? Optional.empty() : Optional.of(description.asText());
                Validation<Seq<Violation>, Cohort> valid = CohortName.parse(cohort.asText())
                        .flatMap(name -> Cohort.validate(name, text, java.util.List.of()));
                if (valid.isInvalid()) {
                    for (Violation v : valid.getError()) {
                        fault(line, v.field(), v.rule(), v.rejectedValue());
                    }
                    continue;
                }
                if (!seen.add(valid.get().name())) {
                    fault(line, "cohort", DataPackageRules.DUPLICATE_KEY, cohort.asText());
                    continue;
                }
                cohorts = cohorts.append(new CohortEntry(valid.get().name(), text));
            }
        }

        private static String shorten(String text) {
            return text.length() <= 200 ? text : text.substring(0, 197) + "...";
        }
    }
}
