package nl.welfare.domain.programme;

import static nl.welfare.domain.programme.RuleAssertions.assertBreaksOnly;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Organisations and alliances")
class OrganisationTest {

    private static final OrganisationId A = OrganisationId.of("a");
    private static final OrganisationId B = OrganisationId.of("b");
    private static final OrganisationId SELF = OrganisationId.of("alliance");
    private static final LocalDate FORMED = LocalDate.of(2017, 1, 1);

    @ParameterizedTest
    @EnumSource(OrganisationKind.class)
    @DisplayName("have kinds that parse back from their code, in any case")
    void kindsRoundTrip(OrganisationKind kind) {
        assertEquals(kind, OrganisationKind.parse(kind.code()).get());
        assertEquals(
                kind,
                OrganisationKind.parse(" " + kind.code().toUpperCase() + " ").get());
    }

    @Test
    @DisplayName("have the kind codes of the files")
    void kindCodes() {
        assertEquals("welfare_organisation", OrganisationKind.WELFARE_ORGANISATION.code());
        assertEquals("housing_corporation", OrganisationKind.HOUSING_CORPORATION.code());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "church", "welfare organisation"})
    @DisplayName("reject an unknown kind")
    void unknownKind(String text) {
        assertBreaksOnly(OrganisationKind.KNOWN, "kind", OrganisationKind.parse(text));
    }

    @Test
    @DisplayName("reject an organisation with a blank name")
    void blankName() {
        assertTrue(Organisation.validate(A, "Alifa", OrganisationKind.WELFARE_ORGANISATION)
                .isValid());
        assertBreaksOnly(
                Organisation.BLANK_NAME, "name", Organisation.validate(A, " ", OrganisationKind.WELFARE_ORGANISATION));
    }

    @Test
    @DisplayName("know the members of an alliance")
    void members() {
        assertTrue(Enschede.ALLIANCE.hasMember(Enschede.EURUS_ID));
        assertFalse(Enschede.ALLIANCE.hasMember(Enschede.MUNICIPALITY_ID));
        assertEquals(
                Enschede.ALLIANCE,
                Alliance.validate(
                                Enschede.ALLIANCE_ID,
                                "Twentse Alliantie",
                                FORMED,
                                Set.of(Enschede.ALIFA_ID, Enschede.VIZIER_ID, Enschede.EURUS_ID))
                        .get());
    }

    @Test
    @DisplayName("reject an alliance with a blank name")
    void allianceBlankName() {
        assertBreaksOnly(Alliance.BLANK_NAME, "name", Alliance.validate(SELF, "", FORMED, Set.of(A, B)));
    }

    @Test
    @DisplayName("reject an alliance of fewer than two organisations")
    void tooFewMembers() {
        assertBreaksOnly(Alliance.TOO_FEW_MEMBERS, "members", Alliance.validate(SELF, "x", FORMED, Set.of(A)));
        assertBreaksOnly(Alliance.TOO_FEW_MEMBERS, "members", Alliance.validate(SELF, "x", FORMED, Set.of()));
    }

    @Test
    @DisplayName("reject an alliance that is its own member")
    void memberIsItself() {
        assertBreaksOnly(
                Alliance.MEMBER_IS_ITSELF, "members", Alliance.validate(SELF, "x", FORMED, Set.of(A, B, SELF)));
    }

    @Test
    @DisplayName("count only other organisations towards an alliance's two members")
    void itselfDoesNotCount() {
        var result = Alliance.validate(SELF, "x", FORMED, Set.of(A, SELF));
        assertEquals(
                io.vavr.collection.HashSet.of(Alliance.TOO_FEW_MEMBERS, Alliance.MEMBER_IS_ITSELF),
                result.getError().map(v -> v.rule()).toSet());
    }
}
