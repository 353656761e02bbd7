package nl.welfare.domain.resident;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("A self-reliance domain")
class SelfRelianceDomainTest {

    @Test
    @DisplayName("has the 13 domains of the current matrix, with snake-case codes")
    void domains() {
        assertEquals(13, SelfRelianceDomain.values().length);
        assertEquals("work_and_education", SelfRelianceDomain.WORK_AND_EDUCATION.code());
        assertEquals("basic_adl", SelfRelianceDomain.BASIC_ADL.code());
        assertEquals("community_participation", SelfRelianceDomain.COMMUNITY_PARTICIPATION.code());
        for (SelfRelianceDomain domain : SelfRelianceDomain.values()) {
            assertEquals(domain, SelfRelianceDomain.parse(domain.code()).get());
        }
        assertEquals(
                SelfRelianceDomain.TIME_USE,
                SelfRelianceDomain.parse(" Time_Use ").get());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "income", "work-and-education", "adl", "WORK AND EDUCATION"})
    @DisplayName("rejects an unknown domain with its rule, in field domain")
    void rejectsUnknown(String text) {
        var result = SelfRelianceDomain.parse(text);
        assertEquals(SelfRelianceDomain.KNOWN, result.getError().single().rule());
        assertEquals("domain", result.getError().single().field());
    }
}
