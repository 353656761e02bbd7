package nl.welfare.domain.quickstart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import nl.welfare.domain.area.Area;
import nl.welfare.domain.area.AreaCode;
import nl.welfare.domain.area.AreaGroup;
import nl.welfare.domain.area.AreaGrouping;
import nl.welfare.domain.area.AreaHierarchy;
import nl.welfare.domain.area.Borough;
import nl.welfare.domain.community.Initiative;
import nl.welfare.domain.community.InitiativeId;
import nl.welfare.domain.community.InitiativeLead;
import nl.welfare.domain.community.InitiativeLink;
import nl.welfare.domain.memory.InMemoryStores;
import nl.welfare.domain.programme.Commission;
import nl.welfare.domain.programme.CommissionId;
import nl.welfare.domain.programme.GoalId;
import nl.welfare.domain.programme.OrganisationId;
import nl.welfare.domain.spi.Initiatives;
import nl.welfare.domain.time.ReportingPeriod;
import nl.welfare.domain.value.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The README's examples. The code between each pair of tags is shown in README.md verbatim, and
 * {@code theReadmeShowsThisCode} fails when the two drift apart.
 */
@DisplayName("The README quickstart")
class QuickstartTest {

    @Test
    @DisplayName("builds an area hierarchy, a commission and an initiative")
    void quickstart() {
        // tag::quickstart[]
        // Areas: a piece of the CBS 2022 region list of Enschede, and one borough (stadsdeel) that cuts across
        // districts.
        AreaHierarchy enschede = AreaHierarchy.of(
                Year.of(2022),
                List.of(
                        Area.of(AreaCode.of("GM0153"), "Enschede"),
                        Area.of(AreaCode.of("WK015300"), "Wijk 00 Binnensingelgebied"),
                        Area.of(AreaCode.of("BU01530000"), "City"),
                        Area.of(AreaCode.of("BU01530004"), "Hogeland-Noord"),
                        Area.of(AreaCode.of("WK015301"), "Wijk 01 Hogeland - Velve"),
                        Area.of(AreaCode.of("BU01530101"), "Wooldrik")));
        AreaGrouping boroughs = Borough.boroughs(List.of(
                AreaGroup.of("OOST", "Oost", List.of(AreaCode.of("BU01530004"), AreaCode.of("BU01530101"))),
                AreaGroup.of("CENTRUM", "Centrum", List.of(AreaCode.of("BU01530000")))));

        // The municipality commissions an alliance for 2018-2022, with a possible extension to 2024.
        Commission commission = Commission.builder()
                .id(CommissionId.of("enschede-welzijn-2018"))
                .commissioner(OrganisationId.of("gemeente-enschede"))
                .contractor(OrganisationId.of("twentse-alliantie"))
                .term(ReportingPeriod.parse("2018/2022").get())
                .extensionEnd(LocalDate.of(2024, 12, 31))
                .addArea(AreaCode.of("GM0153"))
                .addBoroughs("NOORD", "OOST", "CENTRUM")
                .addGoals(GoalId.of("self-reliance"), GoalId.of("participation"), GoalId.of("prevention"))
                .build();

        // A residents' initiative in a neighbourhood of Oost.
        Initiative buurtkamer = Initiative.builder()
                .id(InitiativeId.of("buurtkamer-wooldrik"))
                .name("Buurtkamer Wooldrik")
                .area(AreaCode.of("BU01530101"))
                .lead(InitiativeLead.RESIDENTS)
                .started(LocalDate.of(2018, 9, 1))
                .build();

        // Input from outside is validated: every broken rule at once, each naming field, rule and value.
        Validation<Seq<Violation>, Initiative> fromAFile = Initiative.validate(
                InitiativeId.of("speeltuin"),
                " ",
                AreaCode.of("BU01530000"),
                InitiativeLead.JOINT,
                LocalDate.of(2019, 5, 1),
                Optional.of(LocalDate.of(2019, 4, 1)),
                Optional.empty());
        // fromAFile.getError(): [name: must not be blank (rejected:  ), ended: must not end before it starts (...)]

        // Corrected at the source: a name, and no end before the start.
        Initiative speeltuin = Initiative.builder()
                .id(InitiativeId.of("speeltuin"))
                .name("Speeltuin City")
                .area(AreaCode.of("BU01530000"))
                .lead(InitiativeLead.JOINT)
                .started(LocalDate.of(2019, 5, 1))
                .build();
        // end::quickstart[]
        assertTrue(enschede.contains(speeltuin.area()));

        assertEquals(3, enschede.pathToRoot(buurtkamer.area()).size());
        assertEquals("OOST", boroughs.groupOf(buurtkamer.area()).get().code());
        assertTrue(boroughs.validateAgainst(enschede).isValid());
        assertTrue(commission.isInForce(LocalDate.of(2020, 6, 1)));
        assertFalse(commission.isInForce(LocalDate.of(2023, 6, 1)));
        assertTrue(commission.isInForceIncludingExtension(LocalDate.of(2023, 6, 1)));
        assertTrue(buurtkamer.isActiveIn(ReportingPeriod.year(2019)));
        assertEquals(
                io.vavr.collection.List.of(Initiative.NAME_BLANK, Initiative.END_BEFORE_START),
                fromAFile.getError().map(Violation::rule).toList());
    }

    @Test
    @DisplayName("keeps stores behind the ports, and answers the questions indicators ask")
    void stores() {
        Initiative buurtkamer = Initiative.builder()
                .id(InitiativeId.of("buurtkamer-wooldrik"))
                .name("Buurtkamer Wooldrik")
                .area(AreaCode.of("BU01530101"))
                .lead(InitiativeLead.RESIDENTS)
                .started(LocalDate.of(2018, 9, 1))
                .build();
        Initiative speeltuin = Initiative.builder()
                .id(InitiativeId.of("speeltuin"))
                .name("Speeltuin City")
                .area(AreaCode.of("BU01530000"))
                .lead(InitiativeLead.JOINT)
                .started(LocalDate.of(2019, 5, 1))
                .build();
        // tag::stores[]
        Initiatives initiatives = InMemoryStores.initiatives(); // or a database adapter's store
        initiatives.saveAll(List.of(buurtkamer, speeltuin));
        Either<Seq<Violation>, InitiativeLink> linked = initiatives.link(InitiativeLink.builder()
                .initiative(buurtkamer.id())
                .otherInitiative(speeltuin.id())
                .since(LocalDate.of(2018, 11, 1))
                .build());
        Seq<Initiative> active = initiatives.activeIn(ReportingPeriod.year(2019)); // both, by id
        Seq<Initiative> inDistrict = initiatives.inArea(AreaCode.of("WK015301")); // and all below it: buurtkamer
        Option<Initiative> found = initiatives.byId(InitiativeId.of("buurtkamer-wooldrik"));
        // end::stores[]
        assertTrue(linked.isRight());
        assertEquals(io.vavr.collection.List.of(buurtkamer, speeltuin), active);
        assertEquals(io.vavr.collection.List.of(buurtkamer), inDistrict);
        assertEquals(Option.some(buurtkamer), found);
        assertTrue(initiatives
                .link(InitiativeLink.builder()
                        .initiative(buurtkamer.id())
                        .otherInitiative(InitiativeId.of("unknown"))
                        .since(LocalDate.of(2019, 1, 1))
                        .build())
                .isLeft());
    }

    @ParameterizedTest(name = "{1} from {0}")
    @CsvSource({
        "src/test/java/nl/welfare/domain/quickstart/QuickstartTest.java, quickstart",
        "src/test/java/nl/welfare/domain/quickstart/QuickstartTest.java, stores",
        "../welfare-testkit/src/test/java/nl/welfare/testkit/contracts/InMemoryResidentsTest.java, contract",
        "../welfare-indicators/src/test/java/nl/welfare/indicators/readme/ReadmeExamplesTest.java, statistics",
        "../welfare-indicators/src/test/java/nl/welfare/indicators/readme/ReadmeExamplesTest.java, computing",
        "../welfare-adapters-files/src/test/java/nl/welfare/adapters/files/datapackage/DataPackageReadmeExamplesTest.java, datapackage",
        "../welfare-adapters-files/src/test/java/nl/welfare/adapters/files/cbs/ReadmeCbsTest.java, cbs",
        "../welfare-adapters-files/src/test/java/nl/welfare/adapters/files/json/JsonReadmeTest.java, json",
        "../welfare-adapters-files/src/test/java/nl/welfare/adapters/files/results/ReadmeResultsTest.java, results"
    })
    @DisplayName("is the code that the README shows")
    void theReadmeShowsThisCode(String file, String tag) throws IOException {
        String region = region(Files.readString(Path.of(file), StandardCharsets.UTF_8), tag);
        String shown = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
        assertFalse(region.isBlank(), "no region " + tag + " in " + file);
        assertTrue(
                shown.contains(region),
                "README.md must show the region " + tag + " of " + file + " verbatim (dedented):\n" + region);
    }

    /** The lines between the tags {@code tag::NAME[]} and {@code end::NAME[]}, with their common indentation removed. */
    static String region(String source, String tag) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        boolean inside = false;
        for (String line : source.split("\n", -1)) {
            if (line.contains("end::" + tag + "[]")) {
                break;
            }
            if (inside) {
                lines.add(line);
            }
            if (line.contains("tag::" + tag + "[]")) {
                inside = true;
            }
        }
        int indent = lines.stream()
                .filter(l -> !l.isBlank())
                .mapToInt(l -> l.length() - l.stripLeading().length())
                .min()
                .orElse(0);
        StringBuilder out = new StringBuilder();
        lines.forEach(l -> out.append(l.isBlank() ? "" : l.substring(indent)).append('\n'));
        return out.toString();
    }
}
