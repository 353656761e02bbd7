package nl.welfare.adapters.jdbc;

import static nl.welfare.adapters.jdbc.Jdbc.date;
import static nl.welfare.adapters.jdbc.Jdbc.optionalInt;
import static nl.welfare.adapters.jdbc.Jdbc.text;

import io.vavr.collection.Seq;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import nl.welfare.domain.resident.LadderAssessment;
import nl.welfare.domain.resident.ParticipationRung;
import nl.welfare.domain.resident.ResidentId;
import nl.welfare.domain.resident.SelfRelianceAssessment;
import nl.welfare.domain.resident.SelfRelianceDomain;
import nl.welfare.domain.resident.SelfRelianceScore;
import nl.welfare.domain.spi.Assessments;

/**
 * {@link Assessments} in the tables {@code ladder_assessments} and {@code self_reliance_assessments} (one column per
 * domain of the matrix), each ordered by date and then by running number.
 */
final class JdbcAssessments implements Assessments {

    private static final SqlText LADDER =
            SqlText.of("SELECT resident_id, date, rung FROM ladder_assessments ORDER BY date, seq");
    private static final SqlText LADDER_OF = SqlText.of(
            "SELECT resident_id, date, rung FROM ladder_assessments WHERE resident_id = ? ORDER BY date, seq");
    private static final SqlText SELF_RELIANCE = SqlText.of("SELECT resident_id, date, finances, work_and_education,"
            + " time_use, housing, domestic_relations, mental_health, physical_health, substance_use, basic_adl,"
            + " instrumental_adl, social_network, community_participation, justice FROM self_reliance_assessments"
            + " ORDER BY date, seq");
    private static final SqlText SELF_RELIANCE_OF = SqlText.of("SELECT resident_id, date, finances,"
            + " work_and_education, time_use, housing, domestic_relations, mental_health, physical_health,"
            + " substance_use, basic_adl, instrumental_adl, social_network, community_participation, justice"
            + " FROM self_reliance_assessments WHERE resident_id = ? ORDER BY date, seq");

    private final Jdbc jdbc;

    JdbcAssessments(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void addLadderAssessment(LadderAssessment assessment) {
        jdbc.execute(
                "Assessments.addLadderAssessment", c -> Jdbc.insert(c, Tables.LADDER_ASSESSMENTS, List.of(assessment)));
    }

    @Override
    public void addLadderAssessments(Iterable<? extends LadderAssessment> assessments) {
        jdbc.execute("Assessments.addLadderAssessments", c -> Jdbc.insert(c, Tables.LADDER_ASSESSMENTS, assessments));
    }

    @Override
    public Seq<LadderAssessment> ladderAssessments() {
        return jdbc.list("Assessments.ladderAssessments", LADDER, Jdbc.NONE, JdbcAssessments::ladder);
    }

    @Override
    public Seq<LadderAssessment> ladderAssessmentsOf(ResidentId resident) {
        return jdbc.list(
                "Assessments.ladderAssessmentsOf", LADDER_OF, Jdbc.key(resident.value()), JdbcAssessments::ladder);
    }

    @Override
    public void addSelfRelianceAssessment(SelfRelianceAssessment assessment) {
        jdbc.execute(
                "Assessments.addSelfRelianceAssessment",
                c -> Jdbc.insert(c, Tables.SELF_RELIANCE_ASSESSMENTS, List.of(assessment)));
    }

    @Override
    public void addSelfRelianceAssessments(Iterable<? extends SelfRelianceAssessment> assessments) {
        jdbc.execute(
                "Assessments.addSelfRelianceAssessments",
                c -> Jdbc.insert(c, Tables.SELF_RELIANCE_ASSESSMENTS, assessments));
    }

    @Override
    public Seq<SelfRelianceAssessment> selfRelianceAssessments() {
        return jdbc.list(
                "Assessments.selfRelianceAssessments", SELF_RELIANCE, Jdbc.NONE, JdbcAssessments::selfReliance);
    }

    @Override
    public Seq<SelfRelianceAssessment> selfRelianceAssessmentsOf(ResidentId resident) {
        return jdbc.list(
                "Assessments.selfRelianceAssessmentsOf",
                SELF_RELIANCE_OF,
                Jdbc.key(resident.value()),
                JdbcAssessments::selfReliance);
    }

    static LadderAssessment ladder(ResultSet row) throws SQLException {
        return LadderAssessment.of(
                ResidentId.of(text(row, "resident_id")), date(row, "date"), ParticipationRung.of(row.getInt("rung")));
    }

    static SelfRelianceAssessment selfReliance(ResultSet row) throws SQLException {
        var builder = SelfRelianceAssessment.builder()
                .resident(ResidentId.of(text(row, "resident_id")))
                .date(date(row, "date"));
        for (SelfRelianceDomain domain : SelfRelianceDomain.values()) {
            Optional<Integer> score = optionalInt(row, domain.code());
            if (score.isPresent()) {
                builder.putScore(domain, SelfRelianceScore.of(score.get()));
            }
        }
        return builder.build();
    }
}
