package nl.welfare.adapters.files.datapackage;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.welfare.adapters.files.fault.FileFaultException;
import nl.welfare.indicators.dataset.Dataset;

/**
 * Reads the open welfare data package (gegevenspakket): a folder with a Frictionless {@code datapackage.json} and one
 * CSV file per resource, as docs/data-package.md describes, into a {@link Dataset}.
 *
 * <pre>{@code
 * Dataset dataset = DataPackageReader.read(Path.of("examples/data/enschede"));   // or FileFaultException
 *
 * DataPackageRead checked = DataPackageReader.validate(Path.of("data"));          // never throws for bad input
 * checked.faults().forEach(f -> System.err.println(f.message()));
 *
 * DataPackageRead lenient = DataPackageReader.readLenient(Path.of("data"));
 * lenient.dataset().get();          // the rows that passed
 * lenient.rejectedRows();           // how many did not
 * }</pre>
 *
 * <h2>What is read</h2>
 *
 * <ul>
 *   <li>The descriptor: {@code resources}, each with a {@code name} (one of the fourteen of docs/data-package.md), a {@code
 *       path} relative to the folder, and optionally an inline Table Schema ({@code fields} with {@code name} and
 *       {@code type}; {@code missingValues}), a CSV {@code dialect} and an {@code encoding}. The {@code areas}
 *       resource may give {@code "vintage": 2022}; the {@code cohorts} resource may describe its cohorts in {@code
 *       "cohortDescriptions": [{"cohort": "shelter-pilot", "description": "..."}]}. Only {@code areas} is required;
 *       a fact resource the package has, even without rows, is present in the dataset ({@link
 *       Dataset#hasFacts}), one it lacks is absent, so that its indicators have no data rather than zero.
 *   <li>The dialect: {@code delimiter} (such as {@code ";"}), {@code quoteChar}, {@code commentChar}; {@code header}
 *       must be true, {@code doubleQuote} true, {@code skipInitialSpace} false, and there is no {@code escapeChar}.
 *       Line ends may be CRLF, LF or CR. Files are UTF-8, with or without a byte order mark, unless the resource
 *       declares another {@code encoding}, as a spreadsheet's export may need: {@code windows-1252} (also {@code
 *       cp1252}), {@code ISO-8859-1} ({@code latin-1}), {@code ISO-8859-15} or {@code US-ASCII}; any other is a fault
 *       of the resource's {@code encoding}.
 *   <li>Decimal comma: a {@code number} field (the survey {@code weight}) takes Table Schema's {@code decimalChar}
 *       (and {@code groupChar}); a {@code decimalChar} in the dialect is the default for every number field of the
 *       resource (this reader's extension).
 *   <li>Columns are found by their header name, in any order; the Table Schema, when given, must list the same
 *       columns with fitting types. Dates are ISO ({@code 2019-03-14}), unless their field gives a {@code format}
 *       such as {@code "%d-%m-%Y"} or {@code "any"} (see DateFormat in the sources, or docs/spreadsheet-exports.md);
 *       whole numbers have at most nine digits.
 *   <li>Codes and ids ({@code code}, {@code parent_code}, {@code area_code}, {@code id} and the {@code *_id}
 *       columns, {@code group_code}, {@code level}, {@code lead}, {@code kind}, {@code role},
 *       {@code domain}, {@code provision}, {@code cohort}, {@code question}) are read without the spaces a
 *       spreadsheet may leave before or after them, with one warning per column ({@link
 *       DataPackageRules#TRIMMED_CODE}) that counts the rows.
 * </ul>
 *
 * <h2>Faults</h2>
 *
 * <p>Every fault is reported, not just the first, as a {@link nl.welfare.adapters.files.fault.FileFault} with the file,
 * the line (the header is line 1) and column where it has them, the field and the rule: a {@link DataPackageRules} rule
 * for the format, or the domain type's own rule for a value ({@code participation-rung.range}, {@code
 * initiative-link.unknown-initiative}, ...). Files are read in the order areas, area_populations, area_groupings,
 * initiatives, initiative_links, provisions, activities, residents, cohorts, participations, ladder_assessments,
 * self_reliance_assessments, support_episodes, survey_responses, so that every resource is read after the ones it
 * refers to. An answer that is not valid for one of the six reference questions, and an {@code areas} resource
 * without vintage, are warnings. One systematic fault is not thousands of lines: at most {@value #MAX_FAULTS_PER_RULE}
 * faults are listed per file, rule and column, and one more fault of {@link DataPackageRules#TOO_MANY_FAULTS} in that
 * column says how many were left out and where the first of them is. A reference to a row that is not there (an area
 * code missing from {@code areas.csv}) is listed once per file, column and code, with the number of rows that repeat
 * it ({@code BU01539999 (and 411 more rows)}). At most {@value #MAX_FAULTS_PER_FILE} faults are listed per file; one
 * more fault then says how many were left out.
 *
 * <h2>Memory</h2>
 *
 * <p>Files are streamed with FastCSV, one row at a time: apart from the dataset being built, the reader holds the ids
 * of the rows other resources refer to (areas, initiatives, provisions, activities, residents) and the self-reliance
 * scores and cohort memberships until their file ends (they are checked as groups), never a file's text.
 */
public final class DataPackageReader {

    /** The most faults listed per file. */
    public static final int MAX_FAULTS_PER_FILE = 1000;

    /**
     * The most faults listed per file, rule and column (or field): the rest are counted in one fault of {@link
     * DataPackageRules#TOO_MANY_FAULTS} in that column, so that one systematic fault does not hide the others.
     */
    public static final int MAX_FAULTS_PER_RULE = 10;

    private DataPackageReader() {}

    /**
     * The dataset of the package in {@code folder} (or of the {@code datapackage.json} file {@code folder} names), read
     * strictly: all or nothing.
     *
     * @throws FileFaultException with every error, when the package has any
     */
    public static Dataset read(Path folder) {
        return validate(folder).orElseThrow();
    }

    /**
     * Reads the package in {@code folder} strictly and reports every fault: the result has the dataset only when
     * there is no error. Never throws for bad input: what {@code welfare validate} prints.
     */
    public static DataPackageRead validate(Path folder) {
        return new PackageReading(packageFolder(folder), false).read();
    }

    /**
     * Reads the package in {@code folder} leniently: every fault is reported, and the dataset holds the rows that
     * passed. A row that names a row left out (an activity whose initiative was rejected) is left out too. A resource
     * whose file cannot be read, or whose header lacks a required column, is absent from the dataset.
     */
    public static DataPackageRead readLenient(Path folder) {
        return new PackageReading(packageFolder(folder), true).read();
    }

    private static Path packageFolder(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        return Files.isRegularFile(absolute) && parent != null ? parent : absolute;
    }
}
