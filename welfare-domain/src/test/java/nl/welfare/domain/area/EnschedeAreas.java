package nl.welfare.domain.area;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Validation;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.welfare.domain.value.Violation;

/**
 * Test fixture: Enschede's areas from the CBS 2022 region list and its illustrative boroughs, read from {@code
 * src/test/resources/cbs} by a small CSV reader that knows only what these two files need (quoted fields, no line
 * breaks inside a field). The real importer of CBS lists is a feature of another module.
 */
final class EnschedeAreas {

    static final String CBS_LIST = "/cbs/CBS_85318NED_WijkenEnBuurten_2022_Enschede.csv";
    static final String BOROUGHS = "/cbs/enschede_boroughs_illustrative.csv";

    private EnschedeAreas() {}

    /** The areas of the CBS list: {@code Key} (space-padded) is the code, {@code Title} the name. */
    static Validation<Seq<Violation>, AreaHierarchy> hierarchy() {
        List<Area> areas = new ArrayList<>();
        for (Map<String, String> row : rows(CBS_LIST)) {
            AreaCode code = AreaCode.of(row.get("Key").trim());
            Optional<AreaCode> parent = code.level() == AreaLevel.DISTRICT
                    ? Optional.of(AreaCode.of(row.get("Municipality").trim()))
                    : Optional.empty();
            areas.add(Area.validate(code, row.get("Title"), code.level(), parent, Optional.empty())
                    .get());
        }
        return AreaHierarchy.validate(Optional.of(Year.of(2022)), areas);
    }

    /** The borough grouping: one group per {@code group_code}, in the order of first appearance. */
    static Validation<Seq<Violation>, AreaGrouping> boroughs() {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, List<AreaCode>> members = new LinkedHashMap<>();
        for (Map<String, String> row : rows(BOROUGHS)) {
            if (!row.get("grouping").equals(Borough.GROUPING)) {
                throw new IllegalStateException("not a borough row: " + row);
            }
            names.putIfAbsent(row.get("group_code"), row.get("group_name"));
            members.computeIfAbsent(row.get("group_code"), c -> new ArrayList<>())
                    .add(AreaCode.of(row.get("area_code")));
        }
        return Validation.sequence(Vector.ofAll(names.keySet())
                        .map(code -> AreaGroup.validate(code, names.get(code), members.get(code))))
                .flatMap(groups -> Borough.validate(groups));
    }

    static List<Map<String, String>> rows(String resource) {
        try (InputStream in = EnschedeAreas.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> header = fields(reader.readLine());
            List<Map<String, String>> rows = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isEmpty()) {
                    continue;
                }
                List<String> fields = fields(line);
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i), i < fields.size() ? fields.get(i) : "");
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fields of one RFC 4180 line: commas separate, double quotes enclose, a doubled quote is a quote. */
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
}
