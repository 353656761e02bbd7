package nl.welfare.domain.resident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A self-reliance assessment")
class SelfRelianceAssessmentTest {

    private static final ResidentId R = ResidentId.of("r-1");
    private static final LocalDate DAY = LocalDate.of(2019, 5, 14);

    @Test
    @DisplayName("is all sufficient only when every assessed domain scores 4 or 5")
    void allSufficient() {
        SelfRelianceAssessment good = SelfRelianceAssessment.validate(
                        R,
                        DAY,
                        Map.of(
                                SelfRelianceDomain.HOUSING, SelfRelianceScore.SUFFICIENT,
                                SelfRelianceDomain.FINANCES, SelfRelianceScore.FULLY_SELF_RELIANT))
                .get();
        assertTrue(good.allSufficient());
        assertEquals(Optional.of(SelfRelianceScore.SUFFICIENT), good.score(SelfRelianceDomain.HOUSING));
        assertEquals(Optional.empty(), good.score(SelfRelianceDomain.JUSTICE));

        SelfRelianceAssessment limited = SelfRelianceAssessment.builder()
                .resident(R)
                .date(DAY)
                .putScore(SelfRelianceDomain.HOUSING, SelfRelianceScore.SUFFICIENT)
                .putScore(SelfRelianceDomain.FINANCES, SelfRelianceScore.LIMITED)
                .build();
        assertFalse(limited.allSufficient());
    }

    @Test
    @DisplayName("rejects an assessment without any domain, in field domain")
    void rejectsNoDomains() {
        var result = SelfRelianceAssessment.validate(R, DAY, Map.of());
        assertEquals(
                SelfRelianceAssessment.NO_DOMAINS, result.getError().single().rule());
        assertEquals("domain", result.getError().single().field());
    }
}
