package nl.welfare.adapters.files.datapackage;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import nl.welfare.domain.area.Area;
import nl.welfare.domain.area.AreaCode;
import nl.welfare.domain.area.AreaGroup;
import nl.welfare.domain.area.AreaGrouping;
import nl.welfare.domain.area.AreaLevel;
import nl.welfare.domain.area.AreaPopulation;
import nl.welfare.domain.community.Activity;
import nl.welfare.domain.community.Initiative;
import nl.welfare.domain.community.InitiativeLink;
import nl.welfare.domain.community.Participation;
import nl.welfare.domain.resident.Cohort;
import nl.welfare.domain.resident.CohortMembership;
import nl.welfare.domain.resident.LadderAssessment;
import nl.welfare.domain.resident.Resident;
import nl.welfare.domain.resident.SelfRelianceAssessment;
import nl.welfare.domain.resident.SelfRelianceDomain;
import nl.welfare.domain.support.Provision;
import nl.welfare.domain.support.SupportEpisode;
import nl.welfare.domain.survey.SurveyResponse;
import nl.welfare.domain.value.Identifier;
import nl.welfare.indicators.dataset.Dataset;
import nl.welfare.indicators.dataset.FactTable;
import nl.welfare.indicators.definition.FactType;
import org.jspecify.annotations.Nullable;

/**
 * Writes a {@link Dataset} as an open welfare data package (gegevenspakket schrijven): a {@code datapackage.json} with a
 * Table Schema per resource and the areas' vintage, and one plain RFC 4180 CSV file per resource (comma, double
 * quotes where needed, CRLF, UTF-8 without byte order mark). {@link DataPackageReader} reads it back to equal values.
 *
 * <pre>{@code
 * DataPackageWriter.write(dataset, Path.of("out/package"));
 * Dataset again = DataPackageReader.read(Path.of("out/package"));   // the same hierarchy, groupings and facts
 * }</pre>
 *
 * <p>The package has {@code areas} always, every fact resource the dataset has ({@link Dataset#hasFacts}, also when
 * empty, so that absent stays absent and empty stays empty), and {@code area_populations}, {@code area_groupings} and
 * {@code cohorts} when there are any; the cohorts' descriptions go into the descriptor ({@code cohortDescriptions}).
 * What the data package has no column for is not written: an activity's place. Rows are written one at a time.
 */
public final class DataPackageWriter {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private DataPackageWriter() {}

    /**
     * Writes {@code dataset} into {@code folder} (created if needed; files of the same names are replaced).
     *
     * @throws UncheckedIOException when a file cannot be written
     */
    public static void write(Dataset dataset, Path folder) {
        try {
            Files.createDirectories(folder);
            ObjectNode descriptor = JSON.createObjectNode();
            descriptor.put("profile", "tabular-data-package");
            ArrayNode resources = descriptor.putArray("resources");
            for (Resource resource : Resource.values()) {
                if (has(dataset, resource)) {
                    ObjectNode entry = entry(resources.addObject(), resource);
                    if (resource == Resource.AREAS) {
                        dataset.hierarchy().vintage().ifPresent(y -> entry.put("vintage", y.getValue()));
                    }
                    if (resource == Resource.COHORTS) {
                        ArrayNode described = entry.putArray("cohortDescriptions");
                        for (Cohort cohort : dataset.cohorts()) {
                            ObjectNode c = described
                                    .addObject()
                                    .put("cohort", cohort.name().value());
                            cohort.description().ifPresent(d -> c.put("description", d));
                        }
                    }
                    try (CsvWriter csv = CsvWriter.builder()
                            .lineDelimiter(LineDelimiter.CRLF)
                            .build(folder.resolve(resource.fileName()), StandardCharsets.UTF_8)) {
                        csv.writeRecord(resource.columns().map(Resource.Column::name));
                        rows(dataset, resource, csv);
                    }
                }
            }
            Files.writeString(
                    folder.resolve(PackageDescriptor.FILE),
                    JSON.writeValueAsString(descriptor) + System.lineSeparator(),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the data package to " + folder, e);
        }
    }

    private static boolean has(Dataset dataset, Resource resource) {
        switch (resource) {
            case AREAS:
                return true;
            case AREA_POPULATIONS:
                return !dataset.populations().isEmpty();
            case AREA_GROUPINGS:
                return !dataset.groupings().isEmpty();
            case COHORTS:
                return !dataset.cohorts().isEmpty();
            default:
                return resource.factType().exists(dataset::hasFacts);
        }
    }

    /** The descriptor entry of {@code resource}: name, path, format and its Table Schema. */
    private static ObjectNode entry(ObjectNode entry, Resource resource) {
        entry.put("name", resource.resourceName())
                .put("path", resource.fileName())
                .put("profile", "tabular-data-resource")
                .put("format", "csv")
                .put("mediatype", "text/csv")
                .put("encoding", "utf-8");
        ObjectNode schema = entry.putObject("schema");
        ArrayNode fields = schema.putArray("fields");
        for (Resource.Column column : resource.columns()) {
            ObjectNode field = fields.addObject()
                    .put("name", column.name())
                    .put("type", column.type().schemaType());
            String[] codes = codes(resource, column.name());
            if (column.valueRequired() || codes.length > 0) {
                ObjectNode constraints = field.putObject("constraints");
                if (column.valueRequired()) {
                    constraints.put("required", true);
                }
                if (codes.length > 0) {
                    ArrayNode allowed = constraints.putArray("enum");
                    for (String code : codes) {
                        allowed.add(code);
                    }
                }
            }
        }
        if (resource.column("id").isDefined()) {
            schema.putArray("primaryKey").add("id");
        } else if (resource == Resource.AREAS) {
            schema.putArray("primaryKey").add("code");
        }
        return entry;
    }

    /** The codes a column's values are one of (an area's level, a fact type's enum attribute), or none. */
    private static String[] codes(Resource resource, String column) {
        if (resource == Resource.AREAS && column.equals("level")) {
            AreaLevel[] levels = AreaLevel.values();
            String[] codes = new String[levels.length];
            for (int i = 0; i < levels.length; i++) {
                codes[i] = levels[i].name().toLowerCase(Locale.ROOT);
            }
            return codes;
        }
        return resource.factType()
                .flatMap(type -> type.attribute(column))
                .map(attribute -> attribute.codes().toArray(new String[0]))
                .getOrElse(new String[0]);
    }

    private static void rows(Dataset dataset, Resource resource, CsvWriter csv) {
        switch (resource) {
            case AREAS:
                for (Area a : dataset.hierarchy().areas()) {
                    Optional<AreaCode> parent = a.parentCode().filter(dataset.hierarchy()::contains);
                    csv.writeRecord(
                            a.code().value(),
                            a.name(),
                            a.level().code(),
                            text(parent.map(AreaCode::value)),
                            text(a.population().map(String::valueOf)));
                }
                return;
            case AREA_POPULATIONS:
                for (AreaPopulation p : dataset.populations()) {
                    csv.writeRecord(
                            p.areaCode().value(), String.valueOf(p.year().getValue()), String.valueOf(p.population()));
                }
                return;
            case AREA_GROUPINGS:
                for (AreaGrouping grouping : dataset.groupings()) {
                    for (AreaGroup group : grouping.groups()) {
                        for (AreaCode member : group.members()) {
                            csv.writeRecord(grouping.name(), group.code(), group.name(), member.value());
                        }
                    }
                }
                return;
            case COHORTS:
                for (int row = 0; row < dataset.cohortMemberships().size(); row++) {
                    CohortMembership m = dataset.cohortMembership(row);
                    csv.writeRecord(
                            m.cohort().value(), m.resident().value(), m.joined().toString(), date(m.left()));
                }
                return;
            default:
                FactType type = resource.factType().get();
                FactTable table = dataset.table(type);
                for (int row = 0; row < table.size(); row++) {
                    csv.writeRecord(fact(dataset, type, table, row));
                }
        }
    }

    /** The fields of the fact in {@code row} of {@code type}, in the resource's column order. */
    private static String[] fact(Dataset dataset, FactType type, FactTable table, int row) {
        return switch (type) {
            case INITIATIVES -> {
                Initiative i = dataset.initiative(row);
                yield new String[] {
                    i.id().value(),
                    i.name(),
                    i.area().value(),
                    i.lead().code(),
                    i.started().toString(),
                    date(i.ended()),
                    text(i.theme())
                };
            }
            case INITIATIVE_LINKS -> {
                InitiativeLink l = dataset.initiativeLink(row);
                yield new String[] {
                    l.initiative().value(),
                    l.otherInitiative().value(),
                    l.since().toString(),
                    date(l.until())
                };
            }
            case PROVISIONS -> {
                Provision p = dataset.provision(row);
                yield new String[] {
                    p.id().value(),
                    p.name(),
                    p.kind().code(),
                    p.area().value(),
                    p.started().toString(),
                    date(p.ended())
                };
            }
            case ACTIVITIES -> {
                Activity a = dataset.activity(row);
                yield new String[] {
                    a.id().value(),
                    a.name(),
                    a.area().value(),
                    id(a.initiativeId().orElse(null)),
                    id(a.provisionId().orElse(null)),
                    text(a.theme())
                };
            }
            case PARTICIPATIONS -> {
                Participation p = dataset.participation(row);
                yield new String[] {
                    p.resident().value(),
                    p.activity().value(),
                    p.area().value(),
                    p.date().toString(),
                    p.role().code()
                };
            }
            case LADDER_ASSESSMENTS -> {
                LadderAssessment a = dataset.ladderAssessment(row);
                yield new String[] {
                    a.resident().value(),
                    a.date().toString(),
                    String.valueOf(a.rung().number())
                };
            }
            case SELF_RELIANCE_ASSESSMENTS -> {
                SelfRelianceAssessment a = dataset.selfRelianceAssessment(row);
                SelfRelianceDomain domain =
                        SelfRelianceDomain.values()[table.column("domain").get(row)];
                yield new String[] {
                    a.resident().value(),
                    a.date().toString(),
                    domain.code(),
                    String.valueOf(a.score(domain).orElseThrow().number())
                };
            }
            case SUPPORT_EPISODES -> {
                SupportEpisode e = dataset.supportEpisode(row);
                yield new String[] {
                    e.id().value(),
                    id(e.resident().orElse(null)),
                    e.area().value(),
                    e.kind().code(),
                    e.provision().value(),
                    e.started().toString(),
                    date(e.ended())
                };
            }
            case SURVEY_RESPONSES -> {
                SurveyResponse r = dataset.surveyResponse(row);
                yield new String[] {
                    r.respondent().value(),
                    r.area().value(),
                    r.date().toString(),
                    r.question().value(),
                    r.answer(),
                    Double.toString(r.weight())
                };
            }
            case RESIDENTS -> {
                Resident r = dataset.resident(row);
                yield new String[] {
                    r.id().value(), r.area().value(), text(r.birthYear().map(y -> String.valueOf(y.getValue())))
                };
            }
        };
    }

    private static String text(Optional<String> text) {
        return text.orElse("");
    }

    private static String date(Optional<LocalDate> date) {
        return date.map(LocalDate::toString).orElse("");
    }

    private static String id(@Nullable Identifier id) {
        return id == null ? "" : id.value();
    }
}
