package nl.welfare.domain.programme;

import static nl.welfare.domain.programme.RuleAssertions.assertBreaksOnly;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.welfare.domain.value.InvalidValueException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("A policy and its goals")
class PolicyTest {

    private static final PolicyId ID = PolicyId.of("p");
    private static final OrganisationId CITY = OrganisationId.of("city");
    private static final LocalDate ADOPTED = LocalDate.of(2016, 12, 31);
    private static final PolicyGoal GOAL = PolicyGoal.of(GoalId.of("g"), "A goal");

    @Test
    @DisplayName("finds its goals by id, in the order it lists them")
    void findsGoals() {
        Policy policy = Enschede.POLICY;
        assertEquals(Option.some(Enschede.PARTICIPATION), policy.goal(GoalId.of("participation")));
        assertEquals(Option.none(), policy.goal(GoalId.of("unknown")));
        assertEquals(
                List.of(
                        "self-and-mutual-reliance",
                        "participation",
                        "quality-of-life",
                        "liveable-neighbourhoods",
                        "specialist-to-prevention"),
                policy.goalIds().stream().map(GoalId::value).toList());
    }

    @Test
    @DisplayName("validates input that breaks no rule into the same value the builder makes")
    void validatesGoodInput() {
        assertEquals(
                Enschede.POLICY,
                Policy.validate(
                                Enschede.POLICY.id(),
                                "Nieuw Enschedees Welzijn",
                                Enschede.MUNICIPALITY_ID,
                                Enschede.POLICY.adopted(),
                                Enschede.POLICY.vision(),
                                Enschede.GOALS)
                        .get());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t"})
    @DisplayName("rejects a blank name")
    void blankName(String name) {
        assertBreaksOnly(Policy.BLANK_NAME, "name", Policy.validate(ID, name, CITY, ADOPTED, "vision", List.of(GOAL)));
    }

    @Test
    @DisplayName("rejects a blank vision")
    void blankVision() {
        assertBreaksOnly(Policy.BLANK_VISION, "vision", Policy.validate(ID, "name", CITY, ADOPTED, " ", List.of(GOAL)));
    }

    @Test
    @DisplayName("rejects a policy without goals")
    void noGoals() {
        assertBreaksOnly(Policy.NO_GOALS, "goals", Policy.validate(ID, "name", CITY, ADOPTED, "vision", List.of()));
    }

    @Test
    @DisplayName("rejects two goals with the same id, even with different names")
    void duplicateGoal() {
        var result = Policy.validate(
                ID, "name", CITY, ADOPTED, "vision", List.of(GOAL, PolicyGoal.of(GoalId.of("g"), "Another")));
        assertBreaksOnly(Policy.DUPLICATE_GOAL, "goals", result);
        assertEquals("g", result.getError().single().rejectedValue());
    }

    @Test
    @DisplayName("reports every broken rule at once, and the builder throws them")
    void allAtOnce() {
        var result = Policy.validate(ID, "", CITY, ADOPTED, "", List.of());
        assertEquals(3, result.getError().size());
        assertThrows(
                InvalidValueException.class,
                () -> Policy.builder()
                        .id(ID)
                        .name("")
                        .commissioner(CITY)
                        .adopted(ADOPTED)
                        .vision("v")
                        .addGoal(GOAL)
                        .build());
    }

    @Test
    @DisplayName("has goals with a name and, when given, a description that is not blank")
    void goals() {
        assertTrue(PolicyGoal.validate(GoalId.of("g"), "A goal", Optional.of("Why"))
                .isValid());
        assertBreaksOnly(PolicyGoal.BLANK_NAME, "name", PolicyGoal.validate(GoalId.of("g"), " ", Optional.empty()));
        assertBreaksOnly(
                PolicyGoal.BLANK_DESCRIPTION,
                "description",
                PolicyGoal.validate(GoalId.of("g"), "A goal", Optional.of("")));
    }
}
