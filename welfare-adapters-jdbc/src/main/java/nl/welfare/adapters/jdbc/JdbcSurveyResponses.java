package nl.welfare.adapters.jdbc;

import static nl.welfare.adapters.jdbc.Jdbc.date;
import static nl.welfare.adapters.jdbc.Jdbc.text;

import io.vavr.collection.Seq;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import nl.welfare.domain.area.AreaCode;
import nl.welfare.domain.spi.SurveyResponses;
import nl.welfare.domain.survey.QuestionCode;
import nl.welfare.domain.survey.RespondentId;
import nl.welfare.domain.survey.SurveyResponse;
import nl.welfare.domain.time.ReportingPeriod;

/** {@link SurveyResponses} in the table {@code survey_responses}, ordered by date and then by running number. */
final class JdbcSurveyResponses implements SurveyResponses {

    private static final SqlText ALL = SqlText.of("SELECT respondent_id, area_code, date, question, answer, weight"
            + " FROM survey_responses ORDER BY date, seq");
    private static final SqlText TO_QUESTION = SqlText.of("SELECT respondent_id, area_code, date, question, answer,"
            + " weight FROM survey_responses WHERE question = ? ORDER BY date, seq");
    private static final SqlText IN_PERIOD = SqlText.of("SELECT respondent_id, area_code, date, question, answer,"
            + " weight FROM survey_responses WHERE date >= ? AND date <= ? ORDER BY date, seq");
    private static final SqlText IN_AREA = SqlText.of("SELECT respondent_id, area_code, date, question, answer,"
            + " weight FROM survey_responses WHERE " + PortFilters.AREA_CODE_AND_BELOW + " ORDER BY date, seq");

    private final Jdbc jdbc;

    JdbcSurveyResponses(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(SurveyResponse response) {
        jdbc.execute("SurveyResponses.add", c -> Jdbc.insert(c, Tables.SURVEY_RESPONSES, List.of(response)));
    }

    @Override
    public void addAll(Iterable<? extends SurveyResponse> responses) {
        jdbc.execute("SurveyResponses.addAll", c -> Jdbc.insert(c, Tables.SURVEY_RESPONSES, responses));
    }

    @Override
    public Seq<SurveyResponse> all() {
        return jdbc.list("SurveyResponses.all", ALL, Jdbc.NONE, JdbcSurveyResponses::read);
    }

    @Override
    public Seq<SurveyResponse> toQuestion(QuestionCode question) {
        return jdbc.list(
                "SurveyResponses.toQuestion", TO_QUESTION, Jdbc.key(question.value()), JdbcSurveyResponses::read);
    }

    /** By SQL: dated from the period's first day to its last, both inclusive. */
    @Override
    public Seq<SurveyResponse> in(ReportingPeriod period) {
        return jdbc.list("SurveyResponses.in", IN_PERIOD, PortFilters.dated(period), JdbcSurveyResponses::read);
    }

    /** By SQL: the area's code and the ranges of the codes below it ({@link PortFilters}). */
    @Override
    public Seq<SurveyResponse> inArea(AreaCode area) {
        if (PortFilters.everything(area)) {
            return all();
        }
        return jdbc.list("SurveyResponses.inArea", IN_AREA, PortFilters.area(area), JdbcSurveyResponses::read);
    }

    static SurveyResponse read(ResultSet row) throws SQLException {
        return SurveyResponse.builder()
                .respondent(RespondentId.of(text(row, "respondent_id")))
                .area(AreaCode.of(text(row, "area_code")))
                .date(date(row, "date"))
                .question(QuestionCode.of(text(row, "question")))
                .answer(text(row, "answer"))
                .weight(row.getDouble("weight"))
                .build();
    }
}
