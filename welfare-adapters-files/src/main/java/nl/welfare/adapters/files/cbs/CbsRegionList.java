package nl.welfare.adapters.files.cbs;

import de.siegmar.fastcsv.reader.CsvRecord;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.Reader;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Optional;
import nl.welfare.adapters.files.fault.FileFault;
import nl.welfare.adapters.files.fault.FileFaultException;
import nl.welfare.domain.area.Area;
import nl.welfare.domain.area.AreaCode;
import nl.welfare.domain.area.AreaHierarchy;
import nl.welfare.domain.area.AreaLevel;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violation;

/**
 * Reads a CBS region list (gebiedsindeling, wijken en buurten) in the format of the region dimension of CBS table
 * 85318NED into an {@link AreaHierarchy} with its vintage, streaming with FastCSV: the whole Netherlands (18,003 rows)
 * in well under a second, some tens of milliseconds once the JVM is warm.
 *
 * <pre>{@code
 * CbsRegions nl = CbsRegionList.read(Path.of("CBS_85318NED_WijkenEnBuurten_2022.csv")); // vintage 2022 from the name
 * nl.count(AreaLevel.MUNICIPALITY);                                                      // 345
 *
 * CbsRegions enschede = CbsRegionList.read(Path.of("CBS_85318NED_WijkenEnBuurten_2022.csv"),
 *         Optional.of(Year.of(2022)), Optional.of(AreaCode.of("GM0153")));
 * enschede.hierarchy().roots();                       // [GM0153 Enschede]
 * enschede.hierarchy().area(AreaCode.of("BU01530000")).get().name(); // "City"
 * }</pre>
 *
 * <p><b>The format.</b> UTF-8 CSV with the header {@code "Key","Title","Description","Municipality","DetailRegionCode"}
 * (the columns may come in any order and any case; {@code Key}, {@code Title} and {@code Municipality} are needed,
 * others are ignored). Per row:
 *
 * <ul>
 *   <li>{@code Key} is the area's CBS code, space-padded as CBS writes it ({@code "WK015300  "}); its prefix gives the
 *       level (NL, GM, WK, BU) and its digits the parent ({@link AreaCode#parent()}).
 *   <li>{@code Title} is the area's name ({@code Description} is CBS's sentence about it and is not read).
 *   <li>{@code Municipality} is the municipality's code ({@code GM0153} also for the municipality's own row), empty for
 *       the country.
 *   <li>{@code DetailRegionCode}, when the column is there, is the key again or empty.
 * </ul>
 *
 * <p><b>Roots.</b> The {@code NL00} row, when present, becomes the root; without it every municipality is a root. A
 * district needs its municipality's row and a neighbourhood its district's ({@link #ORPHAN}).
 *
 * <p><b>One municipality.</b> Given a municipality, only its own row and those of its districts and neighbourhoods
 * are kept (the country row is dropped), so the hierarchy's root is that municipality. The whole file is still
 * checked: a fault anywhere rejects it.
 *
 * <p><b>Populations.</b> 85318NED's region list has none. A region list that has a population column (a header
 * starting with {@code AantalInwoners}, such as CBS's {@code AantalInwoners_5}, or {@code aant_inw}) gives each area
 * its {@link Area#population()}; an empty field or {@code .} means unknown. Counts per neighbourhood and year from a
 * separate key-figures file are added with {@link CbsKeyFigures}.
 *
 * <p><b>Faults.</b> Bad input throws {@link FileFaultException} with every fault at once, each with the file, line,
 * column and field where it is: the rules of {@link CbsFile}, the rules below, {@link Area#NAME_BLANK} for an empty
 * {@code Title} and {@link Area#POPULATION_NEGATIVE}. Nothing is returned from a file with a fault.
 */
public final class CbsRegionList {

    /** Rule: the {@code Key} is not a CBS code of any level (spaces around it are allowed). */
    public static final Rule BAD_KEY = Rule.of(
            "cbs-region-list.bad-key",
            "must be a CBS code: NL00, GM and 4 digits, WK and 6 digits, or BU and 8 digits (padded with spaces or not)");

    /** Rule: a {@code Key} already given on an earlier line (the fault is at the later one). */
    public static final Rule DUPLICATE_KEY = Rule.of("cbs-region-list.duplicate-key", "must appear once in the list");

    /** Rule: the {@code Municipality} is not the municipality of the row's key. */
    public static final Rule MUNICIPALITY_MISMATCH = Rule.of(
            "cbs-region-list.municipality-mismatch",
            "must be the municipality of the row's key (GM and the key's first 4 digits; empty for NL00)");

    /** Rule: the {@code DetailRegionCode} is neither the row's key nor empty. */
    public static final Rule DETAIL_CODE_MISMATCH =
            Rule.of("cbs-region-list.detail-code-mismatch", "must be the row's key, or empty");

    /** Rule: a district whose municipality, or a neighbourhood whose district, has no row in the list. */
    public static final Rule ORPHAN = Rule.of(
            "cbs-region-list.orphan",
            "must have its parent in the list: a district its municipality, a neighbourhood its district");

    /** Rule: the municipality asked for has no row in the list; the fault has no line. */
    public static final Rule MUNICIPALITY_NOT_LISTED =
            Rule.of("cbs-region-list.municipality-not-listed", "must be a municipality of the list");

    /** Rule: a population field that is not a whole number. */
    public static final Rule BAD_POPULATION = Rule.of(
            "cbs-region-list.bad-population", "must be a whole number of inhabitants, or empty or '.' when unknown");

    private CbsRegionList() {}

    /**
     * The region list in {@code file}, whole, with the vintage its name gives ({@link #vintageOf(String)}), or none;
     * throws {@link FileFaultException} for bad input.
     */
    public static CbsRegions read(Path file) {
        Path name = file.getFileName();
        return read(file, vintageOf(name == null ? "" : name.toString()), Optional.empty());
    }

    /**
     * The region list in {@code file} for {@code vintage} (empty: none), narrowed to {@code municipality} if given;
     * throws {@link FileFaultException} for bad input, and {@link IllegalArgumentException} if {@code municipality} is
     * not a municipality's code.
     */
    public static CbsRegions read(Path file, Optional<Year> vintage, Optional<AreaCode> municipality) {
        String name = file.toString();
        return CsvRows.readFile(file, name, reader -> read(reader, name, vintage, municipality));
    }

    /**
     * The region list read from {@code reader} (to its end; not closed), named {@code file} in faults and in {@link
     * CbsRegions#source()}, for {@code vintage} (empty: none), narrowed to {@code municipality} if given; throws {@link
     * FileFaultException} for bad input (also when the reader fails), and {@link IllegalArgumentException} if {@code
     * municipality} is not a municipality's code.
     */
    public static CbsRegions read(Reader reader, String file, Optional<Year> vintage, Optional<AreaCode> municipality) {
        municipality.ifPresent(m -> {
            if (m.level() != AreaLevel.MUNICIPALITY) {
                throw new IllegalArgumentException("not a municipality: " + m);
            }
        });
        ArrayList<FileFault> faults = new ArrayList<>();
        Rows rows = new Rows(file, municipality, faults);
        CsvRows.read(reader, file, faults, rows::accept);
        rows.finish();
        CsvRows.throwIfAny(faults);
        Validation<Seq<Violation>, AreaHierarchy> hierarchy = AreaHierarchy.validate(vintage, rows.areas);
        if (hierarchy.isInvalid()) {
            // Not expected: the rows above already check duplicates and orphans. Reported, all the same, as faults.
            hierarchy.getError().forEach(v -> faults.add(rows.faultOf(v)));
            CsvRows.throwIfAny(faults);
        }
        return CbsRegions.builder()
                .source(file)
                .hierarchy(hierarchy.get())
                .municipality(municipality)
                .build();
    }

    /**
     * The year a file's name gives: its one run of exactly four digits from 1900 to 2099, such as {@code 2022} in
     * {@code CBS_85318NED_WijkenEnBuurten_2022_Enschede.csv} ({@code 85318} has five digits); none when there is no
     * such run, or several different ones. Only the last part of a path is looked at.
     *
     * <pre>{@code
     * CbsRegionList.vintageOf("wijken_2021.csv");   // Optional[2021]
     * CbsRegionList.vintageOf("regions.csv");       // Optional.empty
     * }</pre>
     */
    public static Optional<Year> vintageOf(String fileName) {
        String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        Optional<Year> found = Optional.empty();
        int i = 0;
        while (i < name.length()) {
            int from = i;
            while (i < name.length() && name.charAt(i) >= '0' && name.charAt(i) <= '9') {
                i++;
            }
            if (i - from == 4) {
                int year = Integer.parseInt(name.substring(from, i));
                if (year >= 1900 && year <= 2099) {
                    if (found.isPresent() && found.get().getValue() != year) {
                        return Optional.empty();
                    }
                    found = Optional.of(Year.of(year));
                }
            }
            i = Math.max(i, from + 1);
        }
        return found;
    }

    /** Whether a lower-case header names a population column. */
    private static boolean isPopulationColumn(String name) {
        return name.startsWith("aantalinwoners") || name.equals("aant_inw");
    }

    /** A row kept: its code and line. */
    private record Kept(AreaCode code, long line) {}

    /** The rows of one file: checked one by one, then together (orphans). */
    private static final class Rows implements CsvRows.RowHandler {
        private final String file;
        private final Optional<AreaCode> municipality;
        private final ArrayList<FileFault> faults;
        private CsvRows.Header header = new CsvRows.Header(0, new String[0]);
        private boolean understood;
        private int key;
        private int title;
        private int municipalityColumn;
        private int detail;
        private int population;
        /** The first line of every well-formed key in the file. */
        private final HashMap<String, Long> lineOf = new HashMap<>(1 << 12);
        /** The codes kept (in the municipality asked for, if any), with their lines, in file order. */
        private final ArrayList<Kept> kept = new ArrayList<>();
        /** The areas kept whose rows are valid. */
        final ArrayList<Area> areas = new ArrayList<>();

        Rows(String file, Optional<AreaCode> municipality, ArrayList<FileFault> faults) {
            this.file = file;
            this.municipality = municipality;
            this.faults = faults;
        }

        Optional<CsvRows.RowHandler> accept(CsvRows.Header header) {
            this.header = header;
            int[] found = header.require(file, faults, "Key", "Title", "Municipality");
            key = found[0];
            title = found[1];
            municipalityColumn = found[2];
            detail = header.indexOf("DetailRegionCode");
            population = header.indexWhere(CbsRegionList::isPopulationColumn);
            understood = key >= 0 && title >= 0 && municipalityColumn >= 0;
            return understood ? Optional.of(this) : Optional.empty();
        }

        @Override
        public void row(long line, CsvRecord record) {
            String keyText = record.getField(key).strip();
            if (!AreaCode.isWellFormed(keyText)) {
                faults.add(CsvRows.at(file, line, header, key, BAD_KEY, record.getField(key)));
                return;
            }
            Long first = lineOf.putIfAbsent(keyText, line);
            if (first != null) {
                faults.add(CsvRows.at(file, line, header, key, DUPLICATE_KEY, keyText));
                return;
            }
            AreaCode code = AreaCode.of(keyText);
            String expected =
                    code.level() == AreaLevel.COUNTRY ? "" : "GM" + code.value().substring(2, 6);
            String given = record.getField(municipalityColumn);
            if (!given.strip().equals(expected)) {
                faults.add(CsvRows.at(file, line, header, municipalityColumn, MUNICIPALITY_MISMATCH, given));
            }
            if (detail >= 0) {
                String detailText = record.getField(detail).strip();
                if (!detailText.isEmpty() && !detailText.equals(keyText)) {
                    faults.add(CsvRows.at(file, line, header, detail, DETAIL_CODE_MISMATCH, record.getField(detail)));
                }
            }
            Optional<Integer> inhabitants = population < 0 ? Optional.empty() : population(line, record);
            boolean keep =
                    municipality.map(m -> code.equals(m) || code.isBelow(m)).orElse(true);
            if (!keep) {
                return;
            }
            kept.add(new Kept(code, line));
            Area.validate(code, record.getField(title).strip(), code.level(), Optional.empty(), inhabitants)
                    .fold(
                            violations -> {
                                violations.forEach(v -> faults.add(fieldFault(line, v)));
                                return false;
                            },
                            areas::add);
        }

        /** The row's population, if given and valid; a bad one is a fault. */
        private Optional<Integer> population(long line, CsvRecord record) {
            String text = record.getField(population).strip();
            if (text.isEmpty() || text.equals(".")) {
                return Optional.empty();
            }
            long value = CsvRows.wholeNumber(text);
            if (value == CsvRows.NOT_A_NUMBER) {
                faults.add(CsvRows.at(file, line, header, population, BAD_POPULATION, record.getField(population)));
                return Optional.empty();
            }
            return Optional.of((int) value);
        }

        /** The fault of an {@link Area}'s violation, in the column its field comes from. */
        private FileFault fieldFault(long line, Violation violation) {
            String field = violation.field();
            int column = field.equals("name") ? title : field.equals("population") ? population : -1;
            return column >= 0
                    ? CsvRows.at(file, line, header, column, violation.rule(), violation.rejectedValue())
                    : FileFault.of(file, line, Optional.empty(), violation);
        }

        /** Checks what needs the whole file: parents and the municipality asked for. */
        void finish() {
            if (!understood) {
                return;
            }
            // The parent of an area in the municipality asked for is in it too, so a parent listed is a parent kept.
            for (Kept row : kept) {
                AreaCode code = row.code();
                boolean needsParent = code.level() == AreaLevel.DISTRICT || code.level() == AreaLevel.NEIGHBOURHOOD;
                if (needsParent && !code.parent().exists(p -> lineOf.containsKey(p.value()))) {
                    faults.add(CsvRows.at(file, row.line(), header, key, ORPHAN, code.value()));
                }
            }
            if (kept.isEmpty() && !lineOf.isEmpty()) {
                municipality.ifPresent(m -> faults.add(FileFault.inFile(file, MUNICIPALITY_NOT_LISTED, m.value())));
            }
        }

        /** The fault of a hierarchy's violation, at the line of the code it names. */
        FileFault faultOf(Violation violation) {
            long line = 0;
            for (Kept row : kept) {
                if (row.code().value().equals(violation.rejectedValue())) {
                    line = row.line();
                }
            }
            return line > 0
                    ? CsvRows.at(file, line, header, key, violation.rule(), violation.rejectedValue())
                    : FileFault.inFile(file, violation.rule(), violation.rejectedValue());
        }
    }
}
