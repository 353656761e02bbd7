package nl.welfare.examples.cli;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.welfare.domain.area.AreaCode;
import nl.welfare.domain.area.AreaLevel;
import nl.welfare.domain.time.ReportingPeriod;
import nl.welfare.indicators.dataset.Dataset;
import nl.welfare.indicators.dataset.FactTable;
import nl.welfare.indicators.dataset.IntColumn;
import nl.welfare.indicators.definition.FactType;
import nl.welfare.indicators.definition.Filter;
import nl.welfare.indicators.definition.IndicatorDefinition;
import nl.welfare.indicators.definition.Literal;
import nl.welfare.indicators.definition.Measure;
import nl.welfare.indicators.engine.IndicatorResult;
import nl.welfare.indicators.engine.IndicatorTable;
import nl.welfare.indicators.target.Target;
import nl.welfare.indicators.target.Targets;

/** The checks of {@link ComputeRules}: input that reads well but would give results that say nothing, in silence. */
final class InputChecks {

    private static final int SHOWN = 8;

    private InputChecks() {}

    /**
     * The errors of {@link ComputeRules#OUTSIDE_FACTS}: each of {@code --from}, {@code --to} and {@code --baseline}
     * given with a year outside {@code facts}, the years of the package's facts.
     */
    static List<String> outsideFacts(
            ReportingPeriod facts, Optional<Integer> from, Optional<Integer> to, Optional<ReportingPeriod> baseline) {
        int first = facts.start().getYear();
        int last = facts.end().getYear();
        String covered = first == last ? "only " + first : first + " to " + last;
        List<String> errors = new ArrayList<>();
        from.filter(y -> y < first || y > last)
                .ifPresent(y -> errors.add(ComputeRules.error("--from " + y, ComputeRules.OUTSIDE_FACTS, covered)));
        to.filter(y -> y < first || y > last)
                .ifPresent(y -> errors.add(ComputeRules.error("--to " + y, ComputeRules.OUTSIDE_FACTS, covered)));
        baseline.filter(b -> b.start().getYear() < first || b.end().getYear() > last)
                .ifPresent(b -> errors.add(ComputeRules.error("--baseline " + b, ComputeRules.OUTSIDE_FACTS, covered)));
        return errors;
    }

    /** The warning of {@link ComputeRules#NO_FACTS} for the package {@code folder} asked for {@code period}. */
    static String noFacts(String folder, ReportingPeriod period, boolean periodGiven) {
        return ComputeRules.warning(
                folder,
                ComputeRules.NO_FACTS,
                "it holds no dated fact at all, and the period asked is " + period
                        + (periodGiven ? "" : ", the current year for want of facts"));
    }

    /**
     * The warnings of {@link ComputeRules#TARGET_UNUSED}: one per target of {@code targets} (read from {@code file})
     * that applies to no result of {@code table}, saying what the output lacks.
     */
    static List<String> unusedTargets(String file, Targets targets, IndicatorTable table) {
        List<String> warnings = new ArrayList<>();
        int number = 0;
        for (Target target : targets.targets()) {
            number++;
            Seq<IndicatorResult> rows = table.results(target.indicator());
            if (rows.exists(r -> applies(target, r))) {
                continue;
            }
            String lacks;
            if (rows.isEmpty()) {
                lacks = "the output has no indicator " + target.indicator() + "; see --indicators";
            } else if (!rows.exists(r -> r.period().equals(target.period()))) {
                lacks = "the output has no period " + target.period() + "; its periods: "
                        + shown(rows.map(r -> r.period().toString()));
            } else {
                lacks = "the output has no area of " + target.scope() + " in " + target.period() + "; its levels: "
                        + shown(rows.map(IndicatorResult::areaLevel)) + "; see --level and --grouping";
            }
            warnings.add(ComputeRules.warning(
                    file + ", target " + number + " (" + target + ")", ComputeRules.TARGET_UNUSED, lacks));
        }
        return warnings;
    }

    /** Whether {@code target} applies to the result {@code row}, as the engine looks targets up. */
    private static boolean applies(Target target, IndicatorResult row) {
        Option<AreaLevel> level = AreaLevel.parse(row.areaLevel()).toOption();
        if (level.isDefined()) {
            return AreaCode.parse("area", row.area())
                    .map(code -> target.appliesTo(code, row.period()))
                    .getOrElse(false);
        }
        return target.appliesTo(row.areaLevel(), row.area(), row.period());
    }

    private static String shown(Seq<String> values) {
        Set<String> distinct = new LinkedHashSet<>(values.toJavaList());
        String list = distinct.stream().limit(SHOWN).collect(Collectors.joining(", "));
        return distinct.size() > SHOWN ? list + ", ... (" + distinct.size() + " in all)" : list;
    }

    /**
     * The warning of {@link ComputeRules#UNKNOWN_QUESTION}, if any: the survey answers of {@code dataset} to question
     * codes that none of {@code definitions} reads, with their count per code. None when some definition over survey
     * responses may read any code (its filter does not name the codes it reads).
     */
    static Optional<String> unknownQuestions(Dataset dataset, Seq<IndicatorDefinition> definitions) {
        if (!dataset.hasFacts(FactType.SURVEY_RESPONSES)) {
            return Optional.empty();
        }
        FactTable answers = dataset.table(FactType.SURVEY_RESPONSES);
        Option<IntColumn> question = answers.ints("question");
        if (question.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Long> perQuestion = new TreeMap<>();
        for (int row = 0; row < answers.size(); row++) {
            perQuestion.merge(dataset.text(question.get().get(row)), 1L, Long::sum);
        }
        return unknownQuestions(perQuestion, definitions);
    }

    /**
     * The warning of {@link ComputeRules#UNKNOWN_QUESTION}, if any, from the number of survey answers per question
     * code (as a database counts them): those to codes that none of {@code definitions} reads. None when some
     * definition over survey responses may read any code.
     */
    static Optional<String> unknownQuestions(
            Map<String, Long> answersPerQuestion, Seq<IndicatorDefinition> definitions) {
        Set<String> read = new HashSet<>();
        for (IndicatorDefinition definition : definitions) {
            for (Measure.OverFacts over : definition.measure().overFacts()) {
                if (over.factType() != FactType.SURVEY_RESPONSES) {
                    continue;
                }
                Optional<Set<String>> codes = codes(over.selection());
                if (codes.isEmpty()) {
                    return Optional.empty();
                }
                read.addAll(codes.get());
            }
        }
        Map<String, Long> unknown = new TreeMap<>();
        answersPerQuestion.forEach((code, count) -> {
            if (!read.contains(code)) {
                unknown.put(code, count);
            }
        });
        if (unknown.isEmpty()) {
            return Optional.empty();
        }
        long count = unknown.values().stream().mapToLong(Long::longValue).sum();
        String codes = unknown.entrySet().stream()
                .limit(SHOWN)
                .map(e -> e.getKey() + " (" + e.getValue() + ")")
                .collect(Collectors.joining(", "));
        String more = unknown.size() > SHOWN ? ", ... (" + unknown.size() + " codes in all)" : "";
        return Optional.of(ComputeRules.warning(
                FactType.SURVEY_RESPONSES.resource() + " (question)",
                ComputeRules.UNKNOWN_QUESTION,
                count + (count == 1 ? " answer: " : " answers: ") + codes + more));
    }

    /**
     * The question codes a fact must have to pass {@code filter}, when the filter names them ({@code equals} or
     * {@code in} on {@code question}, through {@code and} and {@code or}); empty when a fact with any code may pass.
     */
    private static Optional<Set<String>> codes(Filter filter) {
        return filter.accept(CODES);
    }

    private static final Filter.Visitor<Optional<Set<String>>> CODES = new Filter.Visitor<>() {
        @Override
        public Optional<Set<String>> onEquals(Filter.Equals equals) {
            return equals.attribute().equals("question") ? Optional.of(Set.of(text(equals.value()))) : Optional.empty();
        }

        @Override
        public Optional<Set<String>> onIn(Filter.In in) {
            return in.attribute().equals("question")
                    ? Optional.of(in.values().stream().map(InputChecks::text).collect(Collectors.toSet()))
                    : Optional.empty();
        }

        @Override
        public Optional<Set<String>> onRange(Filter.Range range) {
            return Optional.empty();
        }

        @Override
        public Optional<Set<String>> onAnd(Filter.And and) {
            Optional<Set<String>> codes = Optional.empty();
            for (Filter operand : and.operands()) {
                Optional<Set<String>> of = codes(operand);
                if (of.isPresent()) {
                    Set<String> both = new HashSet<>(of.get());
                    codes.ifPresent(both::retainAll);
                    codes = Optional.of(both);
                }
            }
            return codes;
        }

        @Override
        public Optional<Set<String>> onOr(Filter.Or or) {
            Set<String> any = new HashSet<>();
            for (Filter operand : or.operands()) {
                Optional<Set<String>> of = codes(operand);
                if (of.isEmpty()) {
                    return Optional.empty();
                }
                any.addAll(of.get());
            }
            return Optional.of(any);
        }

        @Override
        public Optional<Set<String>> onNot(Filter.Not not) {
            return Optional.empty();
        }

        @Override
        public Optional<Set<String>> onDateWithinPeriod(Filter.DateWithinPeriod within) {
            return Optional.empty();
        }

        @Override
        public Optional<Set<String>> onActiveInPeriod(Filter.ActiveInPeriod active) {
            return Optional.empty();
        }

        @Override
        public Optional<Set<String>> onMemberOfCohort(Filter.MemberOfCohort member) {
            return Optional.empty();
        }

        @Override
        public Optional<Set<String>> onAll(Filter.All all) {
            return Optional.empty();
        }
    };

    private static String text(Literal literal) {
        return literal.asText().orElseGet(literal::toString);
    }
}
