package nl.welfare.adapters.files.datapackage;

import static nl.welfare.adapters.files.datapackage.FaultAssertions.at;
import static nl.welfare.adapters.files.datapackage.FaultAssertions.field;
import static nl.welfare.adapters.files.datapackage.FaultAssertions.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.vavr.collection.List;
import nl.welfare.adapters.files.fault.FileFault;
import nl.welfare.domain.area.Area;
import nl.welfare.domain.area.AreaGroup;
import nl.welfare.domain.area.AreaGrouping;
import nl.welfare.domain.area.AreaHierarchy;
import nl.welfare.domain.area.AreaPopulation;
import nl.welfare.domain.community.CommunityChecks;
import nl.welfare.domain.community.Initiative;
import nl.welfare.domain.community.InitiativeLead;
import nl.welfare.domain.community.InitiativeLink;
import nl.welfare.domain.community.ParticipationRole;
import nl.welfare.domain.resident.Cohort;
import nl.welfare.domain.resident.CohortName;
import nl.welfare.domain.resident.ParticipationRung;
import nl.welfare.domain.resident.Resident;
import nl.welfare.domain.resident.ResidentId;
import nl.welfare.domain.resident.SelfRelianceDomain;
import nl.welfare.domain.resident.SelfRelianceScore;
import nl.welfare.domain.support.ProvisionKind;
import nl.welfare.domain.support.SupportEpisode;
import nl.welfare.domain.survey.SurveyResponse;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The broken packages of {@code src/test/resources/datapackage/broken}, one per kind of fault, each small enough to read
 * at a glance: a strict read returns no dataset and reports exactly these faults, in this order.
 */
@DisplayName("A broken data package")
class BrokenPackagesTest {

    private static void assertFaults(String name, FileFault... expected) {
        DataPackageRead read = DataPackageReader.validate(Datasets.example("broken/" + name));
        assertEquals(List.of(expected), read.faults());
        assertFalse(read.dataset().isDefined(), "a strict read returns nothing");
    }

    @Test
    @DisplayName("reports a date that is not an ISO calendar date")
    void badDate() {
        assertFaults(
                "bad-date",
                at("ladder_assessments.csv", 2, 2, "date", DataPackageRules.BAD_DATE, "2019-13-01"),
                at("ladder_assessments.csv", 3, 2, "date", DataPackageRules.BAD_DATE, "14-03-2019"),
                at("ladder_assessments.csv", 4, 2, "date", DataPackageRules.BAD_DATE, "2019-02-29"));
    }

    @Test
    @DisplayName(
            "reports a weight or a whole number that is not a number, such as a decimal comma the schema does not declare")
    void badNumber() {
        assertFaults(
                "bad-number",
                at("area_populations.csv", 2, 3, "population", DataPackageRules.BAD_INTEGER, "12a"),
                at("area_populations.csv", 3, 2, "year", DataPackageRules.BAD_INTEGER, "twenty"),
                at("survey_responses.csv", 2, 6, "weight", DataPackageRules.BAD_NUMBER, "1,5"),
                at("survey_responses.csv", 3, 6, "weight", DataPackageRules.BAD_NUMBER, "heavy"));
    }

    @Test
    @DisplayName("reports a survey weight of zero, below zero or not finite, with the survey response's own rules")
    void badWeight() {
        assertFaults(
                "bad-weight",
                at("survey_responses.csv", 2, 6, "weight", SurveyResponse.WEIGHT_NOT_POSITIVE, "0.0"),
                at("survey_responses.csv", 3, 6, "weight", SurveyResponse.WEIGHT_NOT_POSITIVE, "-1.5"),
                at("survey_responses.csv", 4, 6, "weight", SurveyResponse.WEIGHT_NOT_FINITE, "NaN"));
    }

    @Test
    @DisplayName(
            "reports a row that breaks a rule of its domain type, with that type's own rule and the column of its field")
    void domainRules() {
        assertFaults(
                "domain-rules",
                at("areas.csv", 6, 4, "parent_code", Area.PARENT_MISMATCH, "GM0154"),
                at("areas.csv", 8, 1, "code", AreaHierarchy.DUPLICATE_CODE, "BU01530000"),
                at("areas.csv", 7, 1, "code", AreaHierarchy.ORPHAN, "BU01530200"),
                at("area_populations.csv", 2, 3, "population", AreaPopulation.NEGATIVE, "-5"),
                row("area_populations.csv", 4, DataPackageRules.DUPLICATE_KEY, "BU01530000 2022"),
                at("area_groupings.csv", 3, 3, "group_name", DataPackageRules.GROUP_NAME_MISMATCH, "Center"),
                at("area_groupings.csv", 4, 4, "area_code", AreaGroup.NOT_A_NEIGHBOURHOOD, "WK015300"),
                at("area_groupings.csv", 5, 4, "area_code", AreaGrouping.DUPLICATE_MEMBER, "BU01530000"),
                at("initiatives.csv", 2, 6, "ended", Initiative.END_BEFORE_START, "2014-01-01"),
                at("initiatives.csv", 3, 2, "name", Initiative.NAME_BLANK, " "),
                at("initiative_links.csv", 2, 2, "other_initiative_id", InitiativeLink.SELF_LINK, "beien"),
                at("initiative_links.csv", 2, 4, "until", InitiativeLink.END_BEFORE_START, "2018-04-01"),
                at("residents.csv", 2, 3, "birth_year", Resident.BIRTH_YEAR_RANGE, "1850"),
                at("residents.csv", 3, 1, "id", ResidentId.NOT_A_NATIONAL_ID, "*********"),
                at("cohorts.csv", 4, 1, "cohort", CohortName.FORMAT, "Shelter Pilot"),
                at("cohorts.csv", 3, 3, "joined", Cohort.OVERLAPPING_MEMBERSHIP, "r-1 2019-06-01"),
                at("ladder_assessments.csv", 2, 3, "rung", ParticipationRung.IN_RANGE, "7"),
                at("self_reliance_assessments.csv", 2, 4, "score", SelfRelianceScore.IN_RANGE, "6"),
                row("self_reliance_assessments.csv", 4, DataPackageRules.DUPLICATE_KEY, "r-1 2019-03-14 finances"),
                at("support_episodes.csv", 2, 2, "resident_id", SupportEpisode.INDIVIDUAL_WITHOUT_RESIDENT, ""));
    }

    @Test
    @DisplayName("reports an id that an earlier row of the resource has")
    void duplicateId() {
        assertFaults(
                "duplicate-id",
                row("activities.csv", 3, DataPackageRules.DUPLICATE_ID, "walk"),
                row("residents.csv", 4, DataPackageRules.DUPLICATE_ID, "r-1"));
    }

    @Test
    @DisplayName("reports a header without a required column")
    void missingColumn() {
        assertFaults("missing-column", field("participations.csv", 1, "role", DataPackageRules.MISSING_COLUMN, ""));
    }

    @Test
    @DisplayName("reports a resource whose file does not exist, in the descriptor at the line of its path")
    void missingFile() {
        assertFaults(
                "missing-file",
                field(
                        "datapackage.json",
                        10,
                        "participations.path",
                        DataPackageRules.MISSING_FILE,
                        "participations.csv"));
    }

    @Test
    @DisplayName("reports a last line cut off in the middle, with too few fields")
    void truncatedLastLine() {
        assertFaults(
                "truncated-last-line",
                row("participations.csv", 3, DataPackageRules.FIELD_COUNT, "3 fields, the header has 5"));
    }

    @Test
    @DisplayName("reports a header with a column the resource does not have")
    void unknownColumn() {
        assertFaults("unknown-column", at("residents.csv", 1, 4, "colour", DataPackageRules.UNKNOWN_COLUMN, "colour"));
    }

    @Test
    @DisplayName("reports a lead, kind, role or domain that is none of its codes, with the code type's own rule")
    void unknownCode() {
        assertFaults(
                "unknown-enum",
                at("initiatives.csv", 2, 4, "lead", InitiativeLead.KNOWN, "city"),
                at("provisions.csv", 2, 3, "kind", ProvisionKind.KNOWN, "maatwerk"),
                at("participations.csv", 2, 5, "role", ParticipationRole.KNOWN, "helper"),
                at("self_reliance_assessments.csv", 2, 3, "domain", SelfRelianceDomain.KNOWN, "income"));
    }

    @Test
    @DisplayName("reports an area, initiative, activity, provision or resident that no row of its resource has")
    void unknownReference() {
        assertFaults(
                "unknown-reference",
                at(
                        "initiative_links.csv",
                        2,
                        2,
                        "other_initiative_id",
                        CommunityChecks.LINK_UNKNOWN_INITIATIVE,
                        "power"),
                at("provisions.csv", 2, 4, "area_code", DataPackageRules.UNKNOWN_AREA, "BU01530099"),
                at("activities.csv", 3, 4, "initiative_id", CommunityChecks.ACTIVITY_UNKNOWN_INITIATIVE, "chess-club"),
                at("activities.csv", 3, 5, "provision_id", CommunityChecks.ACTIVITY_UNKNOWN_PROVISION, "transport"),
                at("participations.csv", 3, 1, "resident_id", CommunityChecks.PARTICIPATION_UNKNOWN_RESIDENT, "r-2"),
                at(
                        "participations.csv",
                        3,
                        2,
                        "activity_id",
                        CommunityChecks.PARTICIPATION_UNKNOWN_ACTIVITY,
                        "football"),
                at("participations.csv", 3, 3, "area_code", DataPackageRules.UNKNOWN_AREA, "WK015399"),
                at("support_episodes.csv", 2, 2, "resident_id", DataPackageRules.UNKNOWN_RESIDENT, "r-3"));
    }

    @Test
    @DisplayName("reports a quoted field that the file ends in")
    void unterminatedQuote() {
        assertFaults(
                "unterminated-quote",
                row(
                        "activities.csv",
                        3,
                        DataPackageRules.BAD_QUOTING,
                        "Unclosed quoted field at end of input (record starting at line 3)"));
    }
}
