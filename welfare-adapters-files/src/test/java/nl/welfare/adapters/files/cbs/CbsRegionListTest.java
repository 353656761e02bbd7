package nl.welfare.adapters.files.cbs;

import static nl.welfare.adapters.files.cbs.CbsTestFiles.HEADER;
import static nl.welfare.adapters.files.cbs.CbsTestFiles.enschede;
import static nl.welfare.adapters.files.cbs.CbsTestFiles.faultsOf;
import static nl.welfare.adapters.files.cbs.CbsTestFiles.netherlands;
import static nl.welfare.adapters.files.cbs.CbsTestFiles.onlyFault;
import static nl.welfare.adapters.files.cbs.CbsTestFiles.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.Map;
import java.util.Optional;
import nl.welfare.adapters.files.fault.FileFault;
import nl.welfare.adapters.files.fault.FileFaultException;
import nl.welfare.domain.area.Area;
import nl.welfare.domain.area.AreaCode;
import nl.welfare.domain.area.AreaLevel;
import nl.welfare.domain.value.Rule;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("A CBS region list")
class CbsRegionListTest {

    private static final AreaCode ENSCHEDE = AreaCode.of("GM0153");

    /** Enschede's municipality, one district and one neighbourhood, as CBS writes them. */
    private static final String SMALL = HEADER
            + row("GM0153", "Enschede", "GM0153")
            + row("WK015300", "Wijk 00 Binnensingelgebied", "GM0153")
            + row("BU01530000", "City", "GM0153");

    private static CbsRegions read(String text) {
        return CbsRegionList.read(new StringReader(text), "test.csv", Optional.empty(), Optional.empty());
    }

    private static Seq<FileFault> faults(String text) {
        return faultsOf(() -> read(text));
    }

    private static FileFault onlyFaultIn(String text, Rule rule, long line) {
        return onlyFault(faults(text), rule, line);
    }

    @Test
    @DisplayName("gives Enschede's municipality, 10 districts and 70 neighbourhoods, of vintage 2022 by its file name")
    void enschedeList() {
        CbsRegions regions = CbsRegionList.read(enschede());
        assertEquals(Optional.of(Year.of(2022)), regions.vintage());
        assertEquals(Optional.of(Year.of(2022)), regions.hierarchy().vintage());
        assertEquals(
                Map.of(AreaLevel.MUNICIPALITY, 1, AreaLevel.DISTRICT, 10, AreaLevel.NEIGHBOURHOOD, 70),
                regions.counts());
        assertEquals(0, regions.count(AreaLevel.COUNTRY));
        assertEquals(List.of(ENSCHEDE), regions.hierarchy().roots().map(Area::code));
        assertEquals(
                70,
                regions.hierarchy()
                        .descendants(ENSCHEDE, AreaLevel.NEIGHBOURHOOD)
                        .size());
        assertEquals(Optional.empty(), regions.municipality());
        assertEquals(List.of(), List.ofAll(regions.populations()));
        assertEquals(enschede().toString(), regions.source());
    }

    @Test
    @DisplayName("names areas by Title, finds the level in the key's prefix and the parent in its code")
    void namesLevelsAndParents() {
        CbsRegions regions = CbsRegionList.read(enschede());
        Area city = regions.hierarchy().area(AreaCode.of("BU01530000")).get();
        assertEquals("City", city.name());
        assertEquals(AreaLevel.NEIGHBOURHOOD, city.level());
        assertEquals(Optional.of(AreaCode.of("WK015300")), city.parentCode());
        Area district = regions.hierarchy().parent(city.code()).get();
        assertEquals("Wijk 00 Binnensingelgebied", district.name());
        assertEquals(AreaLevel.DISTRICT, district.level());
        assertEquals("Enschede", regions.hierarchy().area(ENSCHEDE).get().name());
        assertEquals(Optional.empty(), city.population());
    }

    @Test
    @DisplayName(
            "gives the whole Netherlands (country, 345 municipalities, 3,340 districts," + " 14,317 neighbourhoods)")
    void wholeNetherlands() {
        // What it reads, not how fast: the time of a read belongs to welfare-benchmarks, where it is measured
        // side by side, not to a test that a loaded machine can fail.
        CbsRegions regions = CbsRegionList.read(netherlands());
        assertEquals(
                Map.of(
                        AreaLevel.COUNTRY,
                        1,
                        AreaLevel.MUNICIPALITY,
                        345,
                        AreaLevel.DISTRICT,
                        3_340,
                        AreaLevel.NEIGHBOURHOOD,
                        14_317),
                regions.counts());
        assertEquals(18_003, regions.hierarchy().size());
        assertEquals(Optional.of(Year.of(2022)), regions.vintage());
        assertEquals(List.of(AreaCode.NETHERLANDS), regions.hierarchy().roots().map(Area::code));
        assertEquals(345, regions.hierarchy().children(AreaCode.NETHERLANDS).size());
    }

    @Test
    @DisplayName("narrowed to Enschede, the national list gives exactly Enschede's own list, rooted at GM0153")
    void narrowedToOneMunicipality() {
        CbsRegions narrowed = CbsRegionList.read(netherlands(), Optional.of(Year.of(2022)), Optional.of(ENSCHEDE));
        CbsRegions own = CbsRegionList.read(enschede());
        assertEquals(own.hierarchy(), narrowed.hierarchy());
        assertEquals(Optional.of(ENSCHEDE), narrowed.municipality());
        assertEquals(List.of(ENSCHEDE), narrowed.hierarchy().roots().map(Area::code));
        assertEquals(81, narrowed.hierarchy().size());
    }

    @Test
    @DisplayName("keeps the country as the root only when the NL00 row is there")
    void countryOnlyWhenPresent() {
        CbsRegions withCountry =
                read(HEADER + "\"NL00      \",\"Nederland\",,\"\",\"\"\n" + SMALL.substring(HEADER.length()));
        assertEquals(
                List.of(AreaCode.NETHERLANDS), withCountry.hierarchy().roots().map(Area::code));
        assertEquals("Nederland", withCountry.hierarchy().roots().head().name());
        CbsRegions without = read(SMALL);
        assertEquals(List.of(ENSCHEDE), without.hierarchy().roots().map(Area::code));
        assertEquals(3, without.hierarchy().size());
    }

    @Test
    @DisplayName("finds the vintage in a four-digit year of the file name, and none where there is none or several")
    void vintageFromName() {
        assertEquals(
                Optional.of(Year.of(2022)), CbsRegionList.vintageOf("CBS_85318NED_WijkenEnBuurten_2022_Enschede.csv"));
        assertEquals(Optional.of(Year.of(2021)), CbsRegionList.vintageOf("/data/2019/wijken_2021.csv"));
        assertEquals(Optional.of(Year.of(2021)), CbsRegionList.vintageOf("2021-regions-2021.csv"));
        assertEquals(Optional.empty(), CbsRegionList.vintageOf("regions.csv"));
        assertEquals(Optional.empty(), CbsRegionList.vintageOf("85318NED.csv"));
        assertEquals(Optional.empty(), CbsRegionList.vintageOf("regions_2019_2022.csv"));
        assertEquals(Optional.empty(), CbsRegionList.vintageOf("regions_12345.csv"));
        assertEquals(Optional.empty(), CbsRegionList.vintageOf("regions_1234.csv"));
    }

    @Test
    @DisplayName("has no vintage when its file name gives none")
    void noVintage(@TempDir Path dir) throws IOException {
        Path copy = Files.copy(enschede(), dir.resolve("regions.csv"));
        CbsRegions regions = CbsRegionList.read(copy);
        assertEquals(Optional.empty(), regions.vintage());
        assertEquals(81, regions.hierarchy().size());
    }

    @Test
    @DisplayName("reads from a Reader, with the vintage and municipality given, and leaves the reader open")
    void fromReader() throws IOException {
        String text = Files.readString(netherlands(), StandardCharsets.UTF_8);
        Reader reader = new StringReader(text);
        CbsRegions regions = CbsRegionList.read(reader, "nl.csv", Optional.of(Year.of(2021)), Optional.of(ENSCHEDE));
        assertEquals(-1, reader.read());
        assertEquals("nl.csv", regions.source());
        assertEquals(Optional.of(Year.of(2021)), regions.vintage());
        assertEquals(81, regions.hierarchy().size());
    }

    @Test
    @DisplayName("takes each area's population from a population column where the list has one")
    void populationColumn() {
        CbsRegions regions = read("Key,Title,Municipality,AantalInwoners_5\n"
                + "GM0153,Enschede,GM0153,160640\n"
                + "WK015300,Wijk 00,GM0153,.\n"
                + "BU01530000,City,GM0153,\n");
        assertEquals(
                Optional.of(160_640), regions.hierarchy().area(ENSCHEDE).get().population());
        assertEquals(
                Optional.empty(),
                regions.hierarchy().area(AreaCode.of("WK015300")).get().population());
        CbsRegions lowerCase = read("key,title,municipality,aant_inw\nGM0153,Enschede,GM0153,2825\n");
        assertEquals(
                Optional.of(2825), lowerCase.hierarchy().area(ENSCHEDE).get().population());
    }

    @Test
    @DisplayName("accepts a byte order mark, blank lines, CR LF line ends, unpadded keys and columns in any order")
    void toleratedVariants() {
        CbsRegions regions = read("\uFEFFMunicipality,Key,Title\r\n\r\n"
                + "GM0153,GM0153,Enschede\r\n"
                + "GM0153,\"WK015300  \",\"Wijk 00\"\r\n"
                + "\r\n"
                + "GM0153,BU01530000,City");
        assertEquals(3, regions.hierarchy().size());
        assertEquals(
                "City",
                regions.hierarchy().area(AreaCode.of("BU01530000")).get().name());
    }

    @Test
    @DisplayName("is rejected when a needed column is missing from the header, naming the column")
    void missingColumn() {
        FileFault fault = onlyFaultIn(
                "\"Key\",\"Title\",\"Description\"\n\"GM0153    \",\"Enschede\",\"x\"\n", CbsFile.MISSING_COLUMN, 1);
        assertEquals(Optional.of("Municipality"), fault.field());
    }

    @Test
    @DisplayName("is rejected when a key is not a CBS code, at the key's line and column")
    void badKey() {
        FileFault fault = onlyFaultIn(SMALL + row("BU0153000", "Kort", "GM0153"), CbsRegionList.BAD_KEY, 5);
        assertEquals(Optional.of(1), fault.column());
        assertEquals(Optional.of("Key"), fault.field());
        assertEquals(Optional.of("BU0153000 "), fault.rejected());
    }

    @Test
    @DisplayName("is rejected when a row's Municipality is not the municipality of its key")
    void municipalityMismatch() {
        FileFault fault =
                onlyFaultIn(SMALL + row("BU01530001", "Lasonder", "GM0154"), CbsRegionList.MUNICIPALITY_MISMATCH, 5);
        assertEquals(Optional.of(4), fault.column());
        assertEquals(Optional.of("Municipality"), fault.field());
        onlyFault(
                faults(HEADER + "\"NL00      \",\"Nederland\",,\"GM0153\",\"\"\n"),
                CbsRegionList.MUNICIPALITY_MISMATCH,
                2);
    }

    @Test
    @DisplayName("is rejected when a DetailRegionCode is neither the key nor empty")
    void detailCodeMismatch() {
        FileFault fault = onlyFaultIn(
                SMALL + "\"BU01530001\",\"Lasonder\",,\"GM0153\",\"BU01530002\"\n",
                CbsRegionList.DETAIL_CODE_MISMATCH,
                5);
        assertEquals(Optional.of(5), fault.column());
    }

    @Test
    @DisplayName("is rejected when a key appears twice, at the second line")
    void duplicateKey() {
        FileFault fault = onlyFaultIn(SMALL + row("WK015300", "Again", "GM0153"), CbsRegionList.DUPLICATE_KEY, 5);
        assertEquals(Optional.of("WK015300"), fault.rejected());
    }

    @Test
    @DisplayName("is rejected when a district has no municipality or a neighbourhood no district in the list")
    void orphan() {
        FileFault district = onlyFaultIn(SMALL + row("WK036300", "Burgwallen", "GM0363"), CbsRegionList.ORPHAN, 5);
        assertEquals(Optional.of("WK036300"), district.rejected());
        onlyFaultIn(SMALL + row("BU01530100", "Hogeland", "GM0153"), CbsRegionList.ORPHAN, 5);
        // Narrowed to Enschede, Amsterdam's rows are not Enschede's to complete.
        CbsRegions narrowed = CbsRegionList.read(
                new StringReader(SMALL + row("WK036300", "Burgwallen", "GM0363")),
                "test.csv",
                Optional.empty(),
                Optional.of(ENSCHEDE));
        assertEquals(3, narrowed.hierarchy().size());
    }

    @Test
    @DisplayName("is rejected when the municipality asked for is not in it")
    void municipalityNotListed() {
        Seq<FileFault> faults =
                faultsOf(() -> CbsRegionList.read(enschede(), Optional.empty(), Optional.of(AreaCode.of("GM0363"))));
        FileFault fault = onlyFault(faults, CbsRegionList.MUNICIPALITY_NOT_LISTED, 0);
        assertEquals(Optional.of("GM0363"), fault.rejected());
        assertThrows(
                IllegalArgumentException.class,
                () -> CbsRegionList.read(enschede(), Optional.empty(), Optional.of(AreaCode.of("WK015300"))));
    }

    @Test
    @DisplayName("is rejected when a title is blank or a population is not a whole number or negative")
    void badFields() {
        FileFault blank = onlyFaultIn(SMALL + row("BU01530001", "  ", "GM0153"), Area.NAME_BLANK, 5);
        assertEquals(Optional.of("Title"), blank.field());
        assertEquals(Optional.of(2), blank.column());
        String header = "Key,Title,Municipality,AantalInwoners_5\n";
        FileFault notANumber =
                onlyFaultIn(header + "GM0153,Enschede,GM0153,160.640\n", CbsRegionList.BAD_POPULATION, 2);
        assertEquals(Optional.of("AantalInwoners_5"), notANumber.field());
        onlyFaultIn(header + "GM0153,Enschede,GM0153,99999999999\n", CbsRegionList.BAD_POPULATION, 2);
        FileFault negative = onlyFaultIn(header + "GM0153,Enschede,GM0153,-5\n", Area.POPULATION_NEGATIVE, 2);
        assertEquals(Optional.of(4), negative.column());
    }

    @Test
    @DisplayName("is rejected when the file is empty or has a header and no row")
    void empty() {
        onlyFaultIn("", CbsFile.EMPTY, 0);
        onlyFaultIn("\n\n", CbsFile.EMPTY, 0);
        onlyFaultIn(HEADER, CbsFile.EMPTY, 1);
    }

    @Test
    @DisplayName("is rejected when its last line is cut short, inside a quoted field or before its last field")
    void truncated() {
        String text = SMALL + row("BU01530001", "Lasonder, Zeggelt", "GM0153");
        onlyFaultIn(text.substring(0, text.length() - 20), CbsFile.TRUNCATED, 5);
        onlyFaultIn(SMALL + "\"BU01530001\",\"Lasonder\"\n", CbsFile.TRUNCATED, 5);
        onlyFaultIn(SMALL + "\"BU01530001\",\"Lasonder\"", CbsFile.TRUNCATED, 5);
    }

    @Test
    @DisplayName("is rejected when a row that is not the last has too few or too many fields")
    void fieldCount() {
        String next = row("BU01530002", "De Laares", "GM0153");
        onlyFaultIn(SMALL + "\"BU01530001\",\"Lasonder\"\n" + next, CbsFile.FIELD_COUNT, 5);
        onlyFaultIn(
                SMALL + "\"BU01530001\",\"L\",,\"GM0153\",\"BU01530001\",\"extra\"\n" + next, CbsFile.FIELD_COUNT, 5);
        onlyFaultIn(SMALL + "\"BU01530001\",\"L\",,\"GM0153\",\"BU01530001\",\"extra\"\n", CbsFile.FIELD_COUNT, 5);
    }

    @Test
    @DisplayName("is rejected when it is not CSV, at the line where the parser stops")
    void malformed() {
        FileFault fault = onlyFaultIn(
                SMALL + "\"BU01530001\"x,\"Lasonder\",,\"GM0153\",\"BU01530001\"\n" + row("BU01530002", "D", "GM0153"),
                CbsFile.MALFORMED,
                5);
        assertTrue(fault.rejected().get().contains("closing quote"), fault::message);
        // A quoted field over two lines moves the lines of the rows below it.
        onlyFaultIn(
                SMALL
                        + "\"BU01530001\",\"Las\nonder\",,\"GM0153\",\"BU01530001\"\n\"BU01530002\"x,\"D\",,\"GM0153\",\"\"\n",
                CbsFile.MALFORMED,
                7);
    }

    @Test
    @DisplayName("is rejected when it is not UTF-8, at the field with the bad bytes")
    void encoding(@TempDir Path dir) throws IOException {
        byte[] start = (SMALL + "\"BU01530001\",\"Lasonder ").getBytes(StandardCharsets.UTF_8);
        byte[] latin1 = "Zeggelt\u00e9\",,\"GM0153\",\"BU01530001\"\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = new byte[start.length + latin1.length];
        System.arraycopy(start, 0, all, 0, start.length);
        System.arraycopy(latin1, 0, all, start.length, latin1.length);
        Path file = Files.write(dir.resolve("latin1.csv"), all);
        FileFault fault = onlyFault(faultsOf(() -> CbsRegionList.read(file)), CbsFile.ENCODING, 5);
        assertEquals(Optional.of(2), fault.column());
        assertEquals(file.toString(), fault.file());
    }

    @Test
    @DisplayName("is rejected when the file cannot be read, or the reader fails")
    void unreadable(@TempDir Path dir) {
        Path missing = dir.resolve("missing_2022.csv");
        FileFault fault = onlyFault(faultsOf(() -> CbsRegionList.read(missing)), CbsFile.UNREADABLE, 0);
        assertEquals(missing.toString(), fault.file());
        onlyFault(faultsOf(() -> CbsRegionList.read(dir)), CbsFile.UNREADABLE, 0);
        Reader failing = new Reader() {
            @Override
            public int read(char[] buffer, int offset, int length) throws IOException {
                throw new IOException("disk gone");
            }

            @Override
            public void close() {}
        };
        onlyFault(
                faultsOf(() -> CbsRegionList.read(failing, "broken.csv", Optional.empty(), Optional.empty())),
                CbsFile.UNREADABLE,
                0);
    }

    @Test
    @DisplayName("reports every fault at once, line by line, each naming file, line, column and rule")
    void everyFaultAtOnce() {
        String text = SMALL
                + row("BU0153000X", "Bad", "GM0153")
                + row("BU01530001", "Lasonder", "GM0999")
                + row("BU01530000", "City again", "GM0153")
                + row("BU01539900", "Lost", "GM0153");
        FileFaultException e = assertThrows(FileFaultException.class, () -> read(text));
        assertEquals(
                List.of(
                        CbsRegionList.BAD_KEY,
                        CbsRegionList.MUNICIPALITY_MISMATCH,
                        CbsRegionList.DUPLICATE_KEY,
                        CbsRegionList.ORPHAN),
                e.faults().map(FileFault::rule));
        assertEquals(List.of(5L, 6L, 7L, 8L), e.faults().map(f -> f.line().get()));
        assertTrue(
                e.getMessage().startsWith("4 faults:\ntest.csv, line 5, column 1 (Key): must be a CBS code"),
                e.getMessage());
        assertTrue(
                e.getMessage().contains("test.csv, line 8, column 1 (Key): must have its parent in the list"),
                e.getMessage());
    }
}
