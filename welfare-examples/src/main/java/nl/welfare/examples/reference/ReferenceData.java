package nl.welfare.examples.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import nl.welfare.adapters.files.cbs.CbsKeyFigures;
import nl.welfare.adapters.files.cbs.CbsRegionList;
import nl.welfare.adapters.files.cbs.CbsRegions;
import nl.welfare.domain.area.AreaCode;
import nl.welfare.domain.area.AreaGroup;
import nl.welfare.domain.area.AreaGrouping;
import nl.welfare.domain.area.AreaPopulation;
import nl.welfare.domain.area.Borough;

/**
 * The real data {@code welfare generate} builds on, read from this module's resources (see PROVENANCE.md beside them):
 * the CBS 2022 region list of table 85318NED, the inhabitants per Enschede neighbourhood of the CBS key figures (about
 * 2013), and the illustrative table of Enschede's boroughs.
 */
public final class ReferenceData {

    /** The vintage of the region list. */
    public static final Year VINTAGE = Year.of(2022);

    /** The year the Enschede key figures count (about 2013). */
    public static final Year KEY_FIGURES_YEAR = Year.of(2013);

    private static final String REGIONS = "CBS_85318NED_WijkenEnBuurten_2022.csv.gz";
    private static final String KEY_FIGURES = "enschede_neighbourhood_population_c2013.csv";
    private static final String BOROUGHS = "enschede_boroughs_illustrative.csv";

    private ReferenceData() {}

    /**
     * The CBS 2022 region list (1 country, 345 municipalities, 3,340 districts, 14,317 neighbourhoods), or the part of
     * {@code municipality} (without the country).
     *
     * @throws IllegalArgumentException when {@code municipality} is not a municipality of the list
     */
    public static CbsRegions regions(Optional<AreaCode> municipality) {
        CbsRegions regions;
        try (Reader reader = reader(REGIONS, true)) {
            regions = CbsRegionList.read(reader, REGIONS, Optional.of(VINTAGE), municipality);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the resource " + REGIONS, e);
        }
        municipality.ifPresent(code -> {
            if (!regions.hierarchy().contains(code)) {
                throw new IllegalArgumentException(code + " is not a municipality of the CBS 2022 region list");
            }
        });
        return regions;
    }

    /** The inhabitants per neighbourhood of Enschede in the key figures (70 neighbourhoods, 158,565 in all). */
    public static Map<AreaCode, Integer> enschedeInhabitants() {
        CbsRegions enschede = regions(Optional.of(EnschedeReference.MUNICIPALITY_CODE));
        try (Reader reader = reader(KEY_FIGURES, false)) {
            CbsRegions counted = CbsKeyFigures.addPopulations(enschede, reader, KEY_FIGURES, KEY_FIGURES_YEAR);
            Map<AreaCode, Integer> inhabitants = new LinkedHashMap<>();
            for (AreaPopulation p : counted.populations()) {
                inhabitants.put(p.areaCode(), p.population());
            }
            return inhabitants;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the resource " + KEY_FIGURES, e);
        }
    }

    /**
     * Enschede's five boroughs (stadsdelen) as the grouping {@code borough}: Centrum, Noord, Oost, West and Zuid, each
     * neighbourhood in one. Illustrative: Enschede publishes no such table.
     */
    public static AreaGrouping boroughs() {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, List<AreaCode>> members = new LinkedHashMap<>();
        try (BufferedReader reader = new BufferedReader(reader(BOROUGHS, false))) {
            String first = reader.readLine();
            if (first == null) {
                throw new IOException("the resource " + BOROUGHS + " is empty");
            }
            List<String> header = fields(first);
            int code = header.indexOf("group_code");
            int name = header.indexOf("group_name");
            int area = header.indexOf("area_code");
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                List<String> row = fields(line);
                names.putIfAbsent(row.get(code), row.get(name));
                members.computeIfAbsent(row.get(code), c -> new ArrayList<>()).add(AreaCode.of(row.get(area)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the resource " + BOROUGHS, e);
        }
        List<AreaGroup> groups = new ArrayList<>();
        names.forEach((code, name) -> groups.add(AreaGroup.of(code, name, members.get(code))));
        return Borough.boroughs(groups);
    }

    /** The fields of one line of a comma-separated file with double quotes (RFC 4180, no line breaks in fields). */
    static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    private static Reader reader(String resource, boolean gzipped) throws IOException {
        InputStream in = ReferenceData.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("resource not found: " + resource);
        }
        return new InputStreamReader(gzipped ? new GZIPInputStream(in, 1 << 16) : in, StandardCharsets.UTF_8);
    }
}
