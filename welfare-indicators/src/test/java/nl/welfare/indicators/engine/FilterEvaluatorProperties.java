package nl.welfare.indicators.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import nl.welfare.domain.area.AreaCode;
import nl.welfare.domain.community.Initiative;
import nl.welfare.domain.community.InitiativeId;
import nl.welfare.domain.community.InitiativeLead;
import nl.welfare.domain.survey.QuestionCode;
import nl.welfare.domain.survey.RespondentId;
import nl.welfare.domain.survey.SurveyResponse;
import nl.welfare.domain.time.ReportingPeriod;
import nl.welfare.indicators.dataset.Dataset;
import nl.welfare.indicators.definition.FactType;
import nl.welfare.indicators.definition.Filter;
import nl.welfare.indicators.definition.Literal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/** Compiled filters agree with a naive evaluation of the same filter on the rows' domain values. */
@DisplayName("Compiled filters")
class FilterEvaluatorProperties {

    private static final LocalDate EPOCH = LocalDate.of(2020, 1, 1);
    private static final String[] AREAS = {"BU01530101", "BU01530102", "WK015301"};
    private static final String[] THEMES = {"sport", "taal", "zorg"};
    private static final String[] ANSWERS = {"1", "2", "3", "5", "10", "", "weet niet"};
    private static final String[] QUESTIONS = {"wl01", "wl04", "zw04"};

    private static int between(RandomnessSource in, int min, int max) {
        return integers().between(min, max).generate(in);
    }

    private static <E> E pick(RandomnessSource in, E[] values) {
        return values[between(in, 0, values.length - 1)];
    }

    private static LocalDate date(RandomnessSource in) {
        return EPOCH.plusDays(between(in, -800, 800));
    }

    private record Case(Dataset dataset, FactType type, Filter filter, ReportingPeriod period) {}

    private static Initiative initiative(RandomnessSource in) {
        LocalDate started = date(in);
        return Initiative.builder()
                .id(InitiativeId.of("i" + between(in, 0, 20)))
                .name("n" + between(in, 0, 3))
                .area(AreaCode.of(pick(in, AREAS)))
                .lead(pick(in, InitiativeLead.values()))
                .started(started)
                .ended(between(in, 0, 1) == 0 ? Optional.empty() : Optional.of(started.plusDays(between(in, 0, 700))))
                .theme(between(in, 0, 1) == 0 ? Optional.empty() : Optional.of(pick(in, THEMES)))
                .build();
    }

    private static SurveyResponse response(RandomnessSource in) {
        return SurveyResponse.builder()
                .respondent(RespondentId.of("s" + between(in, 0, 20)))
                .area(AreaCode.of(pick(in, AREAS)))
                .date(date(in))
                .question(QuestionCode.of(pick(in, QUESTIONS)))
                .answer(pick(in, ANSWERS))
                .weight(between(in, 0, 1) == 0 ? 1.0 : between(in, 1, 40) / 10.0)
                .build();
    }

    private static Literal dateLiteral(RandomnessSource in) {
        return Literal.date(date(in));
    }

    private static Filter leaf(FactType type, RandomnessSource in) {
        if (type == FactType.INITIATIVES) {
            switch (between(in, 0, 9)) {
                case 0:
                    return Filter.equalTo(
                            "lead", pick(in, InitiativeLead.values()).code());
                case 1:
                    return Filter.equalTo("theme", pick(in, THEMES));
                case 2:
                    return Filter.in("area_code", Literal.text(pick(in, AREAS)), Literal.text(pick(in, AREAS)));
                case 3:
                    return Filter.atLeast("started", dateLiteral(in));
                case 4:
                    return Filter.atMost("ended", dateLiteral(in));
                case 5:
                    return Filter.dateWithinPeriod("ended");
                case 6:
                    return Filter.activeInPeriod();
                case 7:
                    return Filter.equalTo("id", "i" + between(in, 0, 25));
                case 8:
                    return Filter.equalTo("name", "n" + between(in, 0, 4));
                default:
                    return Filter.all();
            }
        }
        switch (between(in, 0, 7)) {
            case 0:
                return Filter.equalTo("question", pick(in, QUESTIONS));
            case 1:
                int low = between(in, -1, 6);
                return Filter.between("answer", low, low + between(in, 0, 5));
            case 2:
                return Filter.in("answer", Literal.integer(between(in, 0, 5)), Literal.integer(between(in, 0, 10)));
            case 3:
                return Filter.atLeast("weight", Literal.decimal(between(in, 0, 40) / 10.0));
            case 4:
                return Filter.equalTo("weight", Literal.integer(1));
            case 5:
                return Filter.dateWithinPeriod("date");
            case 6:
                return Filter.equalTo("area_code", pick(in, AREAS));
            default:
                return Filter.atMost("date", dateLiteral(in));
        }
    }

    private static Filter filter(FactType type, RandomnessSource in, int depth) {
        int choice = depth == 0 ? 0 : between(in, 0, 3);
        switch (choice) {
            case 1:
                return Filter.and(filter(type, in, depth - 1), filter(type, in, depth - 1));
            case 2:
                return Filter.or(filter(type, in, depth - 1), filter(type, in, depth - 1));
            case 3:
                return Filter.not(filter(type, in, depth - 1));
            default:
                return leaf(type, in);
        }
    }

    private static Gen<Case> cases() {
        return in -> {
            boolean initiatives = between(in, 0, 1) == 0;
            FactType type = initiatives ? FactType.INITIATIVES : FactType.SURVEY_RESPONSES;
            Dataset.Builder builder = Dataset.builder();
            int rows = between(in, 0, 30);
            for (int i = 0; i < rows; i++) {
                if (initiatives) {
                    builder.add(initiative(in));
                } else {
                    builder.add(response(in));
                }
            }
            int year = between(in, 2018, 2022);
            ReportingPeriod period = between(in, 0, 1) == 0
                    ? ReportingPeriod.year(year)
                    : ReportingPeriod.quarter(year, between(in, 1, 4));
            return new Case(builder.build(), type, filter(type, in, 3), period);
        };
    }

    /** The value of {@code attribute} of a domain fact; empty when missing. */
    private static Optional<Object> value(Object fact, String attribute) {
        if (fact instanceof Initiative) {
            Initiative i = (Initiative) fact;
            switch (attribute) {
                case "id":
                    return Optional.of(i.id().value());
                case "name":
                    return Optional.of(i.name());
                case "area_code":
                    return Optional.of(i.area().value());
                case "lead":
                    return Optional.of(i.lead().code());
                case "started":
                    return Optional.of(i.started());
                case "ended":
                    return i.ended().map(Object.class::cast);
                default:
                    return i.theme().map(Object.class::cast);
            }
        }
        SurveyResponse r = (SurveyResponse) fact;
        switch (attribute) {
            case "question":
                return Optional.of(r.question().value());
            case "answer":
                OptionalInt answer = r.numericAnswer();
                return answer.isPresent() ? Optional.of((long) answer.getAsInt()) : Optional.empty();
            case "weight":
                return Optional.of(r.weight());
            case "date":
                return Optional.of(r.date());
            default:
                return Optional.of(r.area().value());
        }
    }

    private static Object plain(Literal literal) {
        if (literal instanceof Literal.OfText) {
            return ((Literal.OfText) literal).value();
        }
        if (literal instanceof Literal.OfInteger) {
            return ((Literal.OfInteger) literal).value();
        }
        if (literal instanceof Literal.OfDecimal) {
            return ((Literal.OfDecimal) literal).value();
        }
        return ((Literal.OfDate) literal).value();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compare(Object value, Object literal) {
        if (value instanceof Number && literal instanceof Number) {
            return Double.compare(((Number) value).doubleValue(), ((Number) literal).doubleValue());
        }
        return ((Comparable) value).compareTo(literal);
    }

    private static boolean naive(Filter filter, Object fact, ReportingPeriod period) {
        if (filter instanceof Filter.Equals) {
            Filter.Equals f = (Filter.Equals) filter;
            return value(fact, f.attribute())
                    .map(v -> compare(v, plain(f.value())) == 0)
                    .orElse(false);
        }
        if (filter instanceof Filter.In) {
            Filter.In f = (Filter.In) filter;
            return value(fact, f.attribute())
                    .map(v -> f.values().stream().anyMatch(l -> compare(v, plain(l)) == 0))
                    .orElse(false);
        }
        if (filter instanceof Filter.Range) {
            Filter.Range f = (Filter.Range) filter;
            return value(fact, f.attribute())
                    .map(v -> f.min().map(m -> compare(v, plain(m)) >= 0).orElse(true)
                            && f.max().map(m -> compare(v, plain(m)) <= 0).orElse(true))
                    .orElse(false);
        }
        if (filter instanceof Filter.And) {
            return ((Filter.And) filter).operands().stream().allMatch(f -> naive(f, fact, period));
        }
        if (filter instanceof Filter.Or) {
            return ((Filter.Or) filter).operands().stream().anyMatch(f -> naive(f, fact, period));
        }
        if (filter instanceof Filter.Not) {
            return !naive(((Filter.Not) filter).operand(), fact, period);
        }
        if (filter instanceof Filter.DateWithinPeriod) {
            return value(fact, ((Filter.DateWithinPeriod) filter).attribute())
                    .map(v -> period.contains((LocalDate) v))
                    .orElse(false);
        }
        if (filter instanceof Filter.ActiveInPeriod) {
            Initiative i = (Initiative) fact;
            return period.overlaps(i.started(), i.ended());
        }
        return true;
    }

    @Test
    @DisplayName("agree with a naive evaluation on the domain values of every row")
    void agreeWithNaiveEvaluation() {
        qt().withExamples(300).forAll(cases()).checkAssert(c -> {
            RowPredicate compiled = FilterEvaluator.compile(c.filter(), c.type(), c.dataset(), c.period());
            List<Boolean> expected = new ArrayList<>();
            List<Boolean> actual = new ArrayList<>();
            for (int row = 0; row < c.dataset().table(c.type()).size(); row++) {
                expected.add(naive(c.filter(), c.dataset().row(c.type(), row), c.period()));
                actual.add(compiled.test(row));
            }
            assertEquals(expected, actual, c.filter() + " in " + c.period());
        });
    }
}
