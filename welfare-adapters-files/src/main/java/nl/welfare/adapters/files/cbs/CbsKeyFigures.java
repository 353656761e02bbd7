package nl.welfare.adapters.files.cbs;

import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.Reader;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Optional;
import nl.welfare.adapters.files.fault.FileFault;
import nl.welfare.adapters.files.fault.FileFaultException;
import nl.welfare.domain.area.AreaCode;
import nl.welfare.domain.area.AreaLevel;
import nl.welfare.domain.area.AreaPopulation;
import nl.welfare.domain.value.Rule;

/**
 * Adds the inhabitants per neighbourhood from a CBS neighbourhood key-figures file (kerncijfers wijken en buurten) to
 * regions read by {@link CbsRegionList}, as {@link AreaPopulation}s for a year the caller states (the files do not
 * say it reliably in their rows).
 *
 * <pre>{@code
 * CbsRegions enschede = CbsRegionList.read(Path.of("CBS_85318NED_WijkenEnBuurten_2022_Enschede.csv"));
 * CbsRegions counted = CbsKeyFigures.addPopulations(
 *         enschede, Path.of("enschede_neighbourhood_population_c2013.csv"), Year.of(2013));
 * counted.populations().size(); // 70, one per neighbourhood, summing to 158,565
 * }</pre>
 *
 * <p><b>The format.</b> UTF-8, comma-separated CSV with a header, in the column names of CBS's key-figures files:
 * {@code bu_code} (the neighbourhood) and {@code aant_inw} (its inhabitants) are needed; {@code gm_code} and
 * {@code wk_code}, when present and filled in, must be the neighbourhood's municipality and district; other columns
 * ({@code bu_naam}, {@code aant_man}, ...) are ignored. An empty {@code aant_inw} or {@code .} means unknown and adds
 * nothing. Only neighbourhoods are read: districts and municipalities add up from them.
 *
 * <p><b>Matching.</b> Every neighbourhood must be in the regions' hierarchy ({@link #UNKNOWN_AREA}); when the regions
 * were narrowed to a municipality, rows of other municipalities are skipped. Codes are compared as they are: a file
 * from another year than the hierarchy's vintage fits only where CBS did not redraw the neighbourhoods.
 *
 * <p><b>Faults.</b> Bad input throws {@link FileFaultException} with every fault at once: the rules of {@link
 * CbsFile}, the rules below, and {@link AreaPopulation#NEGATIVE} (CBS's negative codes for secret figures, such as
 * {@code -99997}, are faults too: replace them by {@code .}).
 */
public final class CbsKeyFigures {

    /** Rule: a {@code bu_code} that is not a neighbourhood's CBS code (BU and 8 digits). */
    public static final Rule BAD_CODE =
            Rule.of("cbs-key-figures.bad-code", "must be a neighbourhood's CBS code: BU and 8 digits");

    /** Rule: a {@code gm_code} or {@code wk_code} that is not the municipality or district of the row's neighbourhood. */
    public static final Rule CODE_MISMATCH = Rule.of(
            "cbs-key-figures.code-mismatch", "must be the municipality or district of the row's bu_code, or empty");

    /** Rule: an {@code aant_inw} that is not a whole number. */
    public static final Rule BAD_POPULATION = Rule.of(
            "cbs-key-figures.bad-population", "must be a whole number of inhabitants, or empty or '.' when unknown");

    /** Rule: a neighbourhood given twice in the file, or already counted for the year in the regions. */
    public static final Rule DUPLICATE_CODE =
            Rule.of("cbs-key-figures.duplicate-code", "must appear once, and not be counted for the year already");

    /** Rule: a neighbourhood that is not in the regions' hierarchy. */
    public static final Rule UNKNOWN_AREA =
            Rule.of("cbs-key-figures.unknown-area", "must be a neighbourhood of the region list");

    private CbsKeyFigures() {}

    /**
     * {@code regions} with the inhabitants in {@code file} as populations of {@code year}; throws {@link
     * FileFaultException} for bad input.
     */
    public static CbsRegions addPopulations(CbsRegions regions, Path file, Year year) {
        String name = file.toString();
        return CsvRows.readFile(file, name, reader -> addPopulations(regions, reader, name, year));
    }

    /**
     * {@code regions} with the inhabitants read from {@code reader} (to its end; not closed), named {@code file} in
     * faults, as populations of {@code year}; throws {@link FileFaultException} for bad input, also when the reader
     * fails.
     */
    public static CbsRegions addPopulations(CbsRegions regions, Reader reader, String file, Year year) {
        ArrayList<FileFault> faults = new ArrayList<>();
        Rows rows = new Rows(regions, file, year, faults);
        CsvRows.read(reader, file, faults, rows::accept);
        CsvRows.throwIfAny(faults);
        return regions.plusPopulations(rows.populations);
    }

    /** The rows of one file. */
    private static final class Rows implements CsvRows.RowHandler {
        private final CbsRegions regions;
        private final String file;
        private final Year year;
        private final ArrayList<FileFault> faults;
        private CsvRows.Header header = new CsvRows.Header(0, new String[0]);
        private int neighbourhood;
        private int inhabitants;
        private int municipality;
        private int district;
        private final HashSet<AreaCode> seen = new HashSet<>();
        private final HashSet<AreaCode> counted = new HashSet<>();
        final ArrayList<AreaPopulation> populations = new ArrayList<>();

        Rows(CbsRegions regions, String file, Year year, ArrayList<FileFault> faults) {
            this.regions = regions;
            this.file = file;
            this.year = year;
            this.faults = faults;
            regions.populations().stream().filter(p -> p.year().equals(year)).forEach(p -> counted.add(p.areaCode()));
        }

        Optional<CsvRows.RowHandler> accept(CsvRows.Header header) {
            this.header = header;
            int[] found = header.require(file, faults, "bu_code", "aant_inw");
            neighbourhood = found[0];
            inhabitants = found[1];
            municipality = header.indexOf("gm_code");
            district = header.indexOf("wk_code");
            return neighbourhood >= 0 && inhabitants >= 0 ? Optional.of(this) : Optional.empty();
        }

        @Override
        public void row(long line, CsvRecord record) {
            String codeText = record.getField(neighbourhood).strip();
            if (!AreaCode.isWellFormed(codeText) || AreaCode.of(codeText).level() != AreaLevel.NEIGHBOURHOOD) {
                faults.add(CsvRows.at(file, line, header, neighbourhood, BAD_CODE, record.getField(neighbourhood)));
                return;
            }
            AreaCode code = AreaCode.of(codeText);
            AreaCode districtCode = code.parent().get();
            AreaCode municipalityCode = districtCode.parent().get();
            checkAncestor(line, record, municipality, municipalityCode);
            checkAncestor(line, record, district, districtCode);
            Optional<AreaPopulation> figure = count(line, record)
                    .flatMap(n -> AreaPopulation.validate(code, year, n)
                            .fold(
                                    violations -> {
                                        violations.forEach(v -> faults.add(CsvRows.at(
                                                file,
                                                line,
                                                header,
                                                inhabitants,
                                                v.rule(),
                                                record.getField(inhabitants))));
                                        return Optional.empty();
                                    },
                                    Optional::of));
            if (!seen.add(code) || counted.contains(code)) {
                faults.add(CsvRows.at(file, line, header, neighbourhood, DUPLICATE_CODE, codeText));
                return;
            }
            boolean elsewhere =
                    regions.municipality().map(m -> !m.equals(municipalityCode)).orElse(false);
            if (elsewhere) {
                return;
            }
            if (!regions.hierarchy().contains(code)) {
                faults.add(CsvRows.at(file, line, header, neighbourhood, UNKNOWN_AREA, codeText));
                return;
            }
            figure.ifPresent(populations::add);
        }

        private void checkAncestor(long line, CsvRecord record, int column, AreaCode expected) {
            if (column >= 0) {
                String given = record.getField(column).strip();
                if (!given.isEmpty() && !given.equals(expected.value())) {
                    faults.add(CsvRows.at(file, line, header, column, CODE_MISMATCH, record.getField(column)));
                }
            }
        }

        private Optional<Integer> count(long line, CsvRecord record) {
            String text = record.getField(inhabitants).strip();
            if (text.isEmpty() || text.equals(".")) {
                return Optional.empty();
            }
            long value = CsvRows.wholeNumber(text);
            if (value == CsvRows.NOT_A_NUMBER) {
                faults.add(CsvRows.at(file, line, header, inhabitants, BAD_POPULATION, record.getField(inhabitants)));
                return Optional.empty();
            }
            return Optional.of((int) value);
        }
    }
}
