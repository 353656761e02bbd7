package nl.welfare.adapters.files.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.nio.file.Path;
import nl.welfare.adapters.files.fault.FileFault;
import nl.welfare.indicators.catalogue.IndicatorCatalogue;
import nl.welfare.indicators.catalogue.ReferenceCatalogue;
import nl.welfare.indicators.definition.IndicatorDefinition;
import nl.welfare.indicators.definition.IndicatorId;
import nl.welfare.indicators.target.Targets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The README's JSON examples: the code it shows, and the faults it shows for a file with mistakes. */
@DisplayName("The README's definitions and targets examples")
class JsonReadmeTest {

    @Test
    @DisplayName("read a researcher's definitions and targets next to the built-in catalogue")
    void readDefinitionsAndTargets() {
        Path study = Path.of("src/test/resources/json");
        // tag::json[]
        // Your own indicators next to the seventeen built-in ones, and targets for any of them; a file with
        // faults throws a FileFaultException that lists every fault (file, line, column, JSON path, rule).
        IndicatorCatalogue catalogue =
                DefinitionsJson.readCatalogue(study.resolve("definitions.json"), ReferenceCatalogue.catalogue());
        Targets targets = TargetsJson.read(study.resolve("targets.json"), catalogue);

        // Or take the faults as values
        Validation<Seq<FileFault>, Seq<IndicatorDefinition>> mine =
                DefinitionsJson.validate(study.resolve("definitions-with-faults.json"));
        Seq<String> messages = mine.getError().map(FileFault::message); // place first, then rule, then the value

        // The built-in catalogue as a file to start from (what `welfare catalogue --format json` prints)
        String json = DefinitionsJson.toJson(ReferenceCatalogue.all());
        // end::json[]
        assertEquals(21, catalogue.all().size());
        assertEquals(5, targets.targets().size());
        assertEquals("""
                src/test/resources/json/definitions-with-faults.json, line 13, column 21 \
                ([0].measure.proportion.weighted): must be true or false, rejected: "yes" \
                [json.not-a-boolean]
                src/test/resources/json/definitions-with-faults.json, line 14, column 48 \
                ([0].measure.proportion.population.equals.attribute): must name only attributes of the fact type, \
                rejected: questoin = 'wl04' [filter.unknown-attribute]
                src/test/resources/json/definitions-with-faults.json, line 15, column 67 \
                ([0].measure.proportion.condition.in.values[1]): must compare an attribute with literals of its type \
                (a text for text, enum, id and area; an integer for integer; a number for decimal; a date for date), \
                ids well-formed and area codes CBS codes, rejected: answer in (1, '2') [filter.type-mismatch]
                """, mine.getError().map(FileFault::message).mkString("", "\n", "\n"));
        assertEquals(
                ReferenceCatalogue.all(),
                DefinitionsJson.validate("catalogue.json", json).get());
        assertEquals(
                IndicatorId.of("feels-safe-change"),
                catalogue.dependencyOrder().last().id());
    }
}
