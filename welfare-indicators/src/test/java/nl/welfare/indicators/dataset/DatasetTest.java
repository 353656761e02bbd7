package nl.welfare.indicators.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.Seq;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import nl.welfare.domain.area.Area;
import nl.welfare.domain.area.AreaCode;
import nl.welfare.domain.area.AreaGroup;
import nl.welfare.domain.area.AreaGrouping;
import nl.welfare.domain.area.AreaHierarchy;
import nl.welfare.domain.area.AreaPopulation;
import nl.welfare.domain.community.Initiative;
import nl.welfare.domain.community.InitiativeId;
import nl.welfare.domain.community.InitiativeLead;
import nl.welfare.domain.resident.LadderAssessment;
import nl.welfare.domain.resident.ParticipationRung;
import nl.welfare.domain.resident.Resident;
import nl.welfare.domain.resident.ResidentId;
import nl.welfare.indicators.definition.Attribute;
import nl.welfare.indicators.definition.AttributeType;
import nl.welfare.indicators.definition.FactType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Examples of a dataset's encoding and look-ups. */
@DisplayName("A dataset")
class DatasetTest {

    private static final AreaCode CITY = AreaCode.of("GM0153");
    private static final AreaCode DISTRICT = AreaCode.of("WK015301");
    private static final AreaCode NORTH = AreaCode.of("BU01530101");
    private static final AreaCode SOUTH = AreaCode.of("BU01530102");

    private static Area area(AreaCode code, Optional<Integer> population) {
        return Area.builder()
                .code(code)
                .name(code.value())
                .level(code.level())
                .population(population)
                .build();
    }

    private static AreaHierarchy hierarchy() {
        return AreaHierarchy.of(
                Year.of(2022),
                List.of(
                        area(CITY, Optional.empty()),
                        area(DISTRICT, Optional.empty()),
                        area(NORTH, Optional.of(1200)),
                        area(SOUTH, Optional.of(800))));
    }

    @Test
    @DisplayName("answers the years given for facts kept elsewhere, and knows every area of its hierarchy")
    void factsKeptElsewhere() {
        Dataset skeleton = Dataset.builder()
                .hierarchy(hierarchy())
                .present(FactType.PARTICIPATIONS)
                .factsElsewhere(io.vavr.control.Option.some(nl.welfare.domain.time.ReportingPeriod.years(2015, 2021)))
                .build();
        assertEquals(
                io.vavr.control.Option.some(nl.welfare.domain.time.ReportingPeriod.years(2015, 2021)),
                skeleton.years());
        assertTrue(skeleton.hasFacts(FactType.PARTICIPATIONS));
        assertEquals(0, skeleton.table(FactType.PARTICIPATIONS).size());
        for (Area area : hierarchy().areas()) {
            assertTrue(skeleton.indexOf(area.code()) >= 0, area.code()::value);
            assertEquals(area.code(), skeleton.areaCode(skeleton.indexOf(area.code())));
        }
        Dataset none = Dataset.builder()
                .hierarchy(hierarchy())
                .factsElsewhere(io.vavr.control.Option.none())
                .build();
        assertTrue(none.years().isEmpty());
        assertTrue(Dataset.builder().hierarchy(hierarchy()).build().indexOf(CITY) < 0);
    }

    @Test
    @DisplayName("stores a column for every attribute of every fact type")
    void everyAttributeHasAColumn() {
        Dataset dataset = Dataset.builder().build();
        for (FactType type : FactType.values()) {
            FactTable table = dataset.table(type);
            for (Attribute attribute : type.attributes()) {
                boolean stored = attribute.type() == AttributeType.DECIMAL
                        ? table.doubles(attribute.name()).isDefined()
                        : table.ints(attribute.name()).isDefined();
                assertTrue(stored, type.code() + "." + attribute.name());
            }
            assertEquals(type, table.type().get());
            assertEquals(0, table.size());
        }
    }

    @Test
    @DisplayName("orders a table's columns as its fact type's attributes, the store's own columns after them")
    void columnsFollowTheAttributes() {
        Dataset dataset = Dataset.builder().build();
        for (FactType type : FactType.values()) {
            Seq<String> names = dataset.table(type).columnNames();
            assertEquals(
                    type.attributes().map(Attribute::name),
                    names.take(type.attributes().size()),
                    type.code());
        }
        assertEquals(
                io.vavr.collection.List.of(Dataset.PLACE_ID),
                dataset.table(FactType.ACTIVITIES)
                        .columnNames()
                        .drop(FactType.ACTIVITIES.attributes().size()));
        assertEquals(
                io.vavr.collection.List.of(Dataset.ASSESSMENT),
                dataset.table(FactType.SELF_RELIANCE_ASSESSMENTS)
                        .columnNames()
                        .drop(FactType.SELF_RELIANCE_ASSESSMENTS.attributes().size()));
        assertEquals(
                io.vavr.collection.List.of(Dataset.ANSWER_TEXT),
                dataset.table(FactType.SURVEY_RESPONSES)
                        .columnNames()
                        .drop(FactType.SURVEY_RESPONSES.attributes().size()));
    }

    @Test
    @DisplayName("stores an enum as the position of its code in the attribute's codes")
    void enumsAreCodePositions() {
        Dataset dataset = Dataset.builder()
                .add(Initiative.builder()
                        .id(InitiativeId.of("beien"))
                        .name("Buurtkamer")
                        .area(NORTH)
                        .lead(InitiativeLead.JOINT)
                        .started(LocalDate.of(2019, 1, 1))
                        .build())
                .build();
        FactTable initiatives = dataset.table(FactType.INITIATIVES);
        int joint = FactType.INITIATIVES.attribute("lead").get().codes().indexOf("joint");
        assertEquals(joint, initiatives.column("lead").get(0));
        assertEquals(Dataset.NO_END, initiatives.spanEnd(0));
        assertEquals(Dataset.NONE, initiatives.column("theme").get(0));
        assertTrue(initiatives.activeBetween(0, (int) LocalDate.of(2030, 1, 1).toEpochDay(), (int)
                LocalDate.of(2030, 12, 31).toEpochDay()));
        assertFalse(initiatives.activeBetween(0, (int) LocalDate.of(2018, 1, 1).toEpochDay(), (int)
                LocalDate.of(2018, 12, 31).toEpochDay()));
    }

    @Test
    @DisplayName("gives an assessment the area of its resident, or none for a resident without a row")
    void assessmentsBelongToTheirResidentsArea() {
        ResidentId known = ResidentId.of("r-1");
        ResidentId unknown = ResidentId.of("r-2");
        Dataset dataset = Dataset.builder()
                .add(LadderAssessment.of(known, LocalDate.of(2020, 5, 1), ParticipationRung.PAID_WORK))
                .add(LadderAssessment.of(unknown, LocalDate.of(2020, 5, 1), ParticipationRung.ISOLATED))
                .add(Resident.of(known, SOUTH))
                .build();
        FactTable ladder = dataset.table(FactType.LADDER_ASSESSMENTS);
        assertEquals(SOUTH, dataset.areaCode(ladder.areaIndex(0)));
        assertEquals(Dataset.NONE, ladder.areaIndex(1));
        assertEquals(6, ladder.column("rung").get(0));
    }

    @Test
    @DisplayName("has facts of a resource that was present though empty, and none of an absent one")
    void presentResources() {
        Dataset dataset = Dataset.builder().present(FactType.SURVEY_RESPONSES).build();
        assertTrue(dataset.hasFacts(FactType.SURVEY_RESPONSES));
        assertFalse(dataset.hasFacts(FactType.PARTICIPATIONS));
        assertEquals(0, dataset.table(FactType.PARTICIPATIONS).size());
    }

    @Test
    @DisplayName("finds inhabitants in the populations, then the hierarchy, then the sum of the parts")
    void populations() {
        Dataset dataset = Dataset.builder()
                .hierarchy(hierarchy())
                .add(AreaPopulation.of(NORTH, Year.of(2021), 1250))
                .build();
        assertEquals(OptionalInt.of(1250), dataset.population(NORTH, Year.of(2021)));
        assertEquals(OptionalInt.of(1200), dataset.population(NORTH, Year.of(2020)));
        assertEquals(OptionalInt.of(2050), dataset.population(CITY, Year.of(2021)));
        assertEquals(OptionalInt.empty(), dataset.recordedPopulation(CITY, Year.of(2021)));
        assertEquals(OptionalInt.empty(), dataset.population(AreaCode.of("BU01539999"), Year.of(2021)));
    }

    @Test
    @DisplayName("keeps the hierarchy and the groupings it was given")
    void hierarchyAndGroupings() {
        AreaGrouping boroughs = AreaGrouping.of("borough", List.of(AreaGroup.of("NOORD", "Noord", List.of(NORTH))));
        Dataset dataset =
                Dataset.builder().hierarchy(hierarchy()).grouping(boroughs).build();
        assertEquals(hierarchy(), dataset.hierarchy());
        assertEquals(boroughs, dataset.grouping("borough").get());
        assertTrue(dataset.grouping("stadsdeel").isEmpty());
    }

    @Test
    @DisplayName("looks texts up both ways and reports an unknown one as NONE")
    void dictionary() {
        Dataset dataset =
                Dataset.builder().add(Resident.of(ResidentId.of("r-1"), NORTH)).build();
        int north = dataset.indexOf(NORTH);
        assertEquals("BU01530101", dataset.text(north));
        assertEquals(Dataset.NONE, dataset.indexOf(SOUTH));
        assertEquals(dataset.indexOf(NORTH), dataset.residentAreaIndex(dataset.indexOf(ResidentId.of("r-1"))));
        assertEquals(Dataset.NONE, dataset.residentAreaIndex(Dataset.NONE));
        assertThrows(
                IllegalArgumentException.class,
                () -> dataset.table(FactType.RESIDENTS).column("name"));
    }

    @Test
    @DisplayName("rejects a date beyond the range of an int epoch day")
    void rejectsDatesOutOfRange() {
        assertThrows(
                IllegalArgumentException.class,
                () -> Dataset.builder()
                        .add(LadderAssessment.of(ResidentId.of("r-1"), LocalDate.MAX, ParticipationRung.PAID_WORK)));
    }

    @Test
    @DisplayName("interns many texts and finds each again")
    void manyTexts() {
        Dataset.Builder builder = Dataset.builder();
        for (int i = 0; i < 5000; i++) {
            builder.add(Resident.of(ResidentId.of("r-" + i), NORTH));
        }
        Dataset dataset = builder.build();
        assertEquals(5001, dataset.dictionary().size());
        for (int i = 0; i < 5000; i++) {
            assertEquals("r-" + i, dataset.text(dataset.indexOf(ResidentId.of("r-" + i))));
        }
    }
}
