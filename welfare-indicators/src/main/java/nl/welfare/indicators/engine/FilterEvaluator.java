package nl.welfare.indicators.engine;

import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import nl.welfare.domain.time.ReportingPeriod;
import nl.welfare.indicators.dataset.Dataset;
import nl.welfare.indicators.dataset.DoubleColumn;
import nl.welfare.indicators.dataset.FactTable;
import nl.welfare.indicators.dataset.IntColumn;
import nl.welfare.indicators.definition.Attribute;
import nl.welfare.indicators.definition.AttributeType;
import nl.welfare.indicators.definition.FactType;
import nl.welfare.indicators.definition.Filter;
import nl.welfare.indicators.definition.Literal;

/**
 * Compiles a {@link Filter} for a {@link FactType} into a {@link RowPredicate} over the dataset's {@link FactTable}
 * (filtervertaler): every literal is resolved once, to a dictionary index, an epoch day, an enum position or a number,
 * so that testing a row compares primitives only.
 *
 * <pre>{@code
 * RowPredicate residentLed = FilterEvaluator.compile(
 *         Filter.equalTo("lead", "residents"), FactType.INITIATIVES, dataset, ReportingPeriod.year(2021));
 * for (int row = 0; row < dataset.table(FactType.INITIATIVES).size(); row++) {
 *     if (residentLed.test(row)) { ... }
 * }
 * }</pre>
 *
 * <p>Meaning, as {@link Filter} gives it: a comparison with a missing value (an empty optional column, an end that has
 * not come, a survey answer that is not a whole number) is false and {@code not} negates plainly. A text that no fact of
 * the dataset holds matches no row. {@link Filter.DateWithinPeriod} and {@link Filter.ActiveInPeriod} are tested
 * against {@code period}; {@link Filter.MemberOfCohort} holds when the fact's resident belongs to the cohort on at
 * least one day of {@code period}. The filter must suit the fact type ({@link Filter#validate(FactType)}); an
 * attribute the fact type does not have throws {@link IllegalArgumentException}.
 */
public final class FilterEvaluator {

    private static final RowPredicate NEVER = row -> false;
    private static final RowPredicate ALWAYS = row -> true;

    private FilterEvaluator() {}

    /** The predicate of {@code filter} over the rows of {@code type} in {@code dataset}, for the period {@code period}. */
    public static RowPredicate compile(Filter filter, FactType type, Dataset dataset, ReportingPeriod period) {
        return filter.accept(new Compiler(type, dataset, dataset.table(type), period));
    }

    private static final class Compiler implements Filter.Visitor<RowPredicate> {
        private final FactType type;
        private final Dataset dataset;
        private final FactTable table;
        private final int first;
        private final int last;

        Compiler(FactType type, Dataset dataset, FactTable table, ReportingPeriod period) {
            this.type = type;
            this.dataset = dataset;
            this.table = table;
            this.first = (int) period.start().toEpochDay();
            this.last = (int) period.end().toEpochDay();
        }

        private Attribute attribute(String name) {
            return type.attribute(name)
                    .getOrElseThrow(() -> new IllegalArgumentException(type.code() + " has no attribute " + name));
        }

        @Override
        public RowPredicate onEquals(Filter.Equals filter) {
            return oneOf(filter.attribute(), List.of(filter.value()));
        }

        @Override
        public RowPredicate onIn(Filter.In filter) {
            return oneOf(filter.attribute(), filter.values());
        }

        private RowPredicate oneOf(String name, List<Literal> literals) {
            Attribute attribute = attribute(name);
            if (attribute.type() == AttributeType.DECIMAL) {
                DoubleColumn column = doubles(name);
                double[] wanted =
                        literals.stream().mapToDouble(FilterEvaluator::number).toArray();
                return row -> {
                    double value = column.get(row);
                    for (double w : wanted) {
                        if (value == w) {
                            return true;
                        }
                    }
                    return false;
                };
            }
            IntColumn column = table.column(name);
            List<Integer> resolved = new ArrayList<>();
            for (Literal literal : literals) {
                resolve(attribute, literal).forEach(resolved::add);
            }
            if (resolved.isEmpty()) {
                return NEVER;
            }
            int[] wanted =
                    resolved.stream().mapToInt(Integer::intValue).distinct().toArray();
            if (wanted.length == 1) {
                int only = wanted[0];
                return row -> column.get(row) == only;
            }
            return row -> {
                int value = column.get(row);
                for (int w : wanted) {
                    if (value == w) {
                        return true;
                    }
                }
                return false;
            };
        }

        /** The stored int of {@code literal} for {@code attribute}; none when no row can hold it. */
        private Option<Integer> resolve(Attribute attribute, Literal literal) {
            switch (attribute.type()) {
                case ENUM: {
                    int at = attribute.codes().indexOf(text(literal));
                    return at < 0 ? Option.none() : Option.some(at);
                }
                case TEXT:
                case ID:
                case AREA: {
                    int index = dataset.dictionary().indexOf(text(literal));
                    return index < 0 ? Option.none() : Option.some(index);
                }
                case DATE:
                    return Option.some((int) ((Literal.OfDate) literal).value().toEpochDay());
                case INTEGER: {
                    long value = ((Literal.OfInteger) literal).value();
                    return value == Dataset.NOT_A_NUMBER || value != (int) value
                            ? Option.none()
                            : Option.some((int) value);
                }
                default:
                    throw new IllegalArgumentException("no int column for " + attribute.name());
            }
        }

        @Override
        public RowPredicate onRange(Filter.Range filter) {
            Attribute attribute = attribute(filter.attribute());
            if (attribute.type() == AttributeType.DECIMAL) {
                DoubleColumn column = doubles(filter.attribute());
                double min = filter.min().map(FilterEvaluator::number).orElse(Double.NEGATIVE_INFINITY);
                double max = filter.max().map(FilterEvaluator::number).orElse(Double.POSITIVE_INFINITY);
                return row -> {
                    double value = column.get(row);
                    return value >= min && value <= max;
                };
            }
            IntColumn column = table.column(filter.attribute());
            boolean date = attribute.type() == AttributeType.DATE;
            long min = filter.min().map(l -> bound(l, true)).orElse(Long.MIN_VALUE);
            long max = filter.max().map(l -> bound(l, false)).orElse(Long.MAX_VALUE);
            return row -> {
                int value = column.get(row);
                if (missing(value, date)) {
                    return false;
                }
                return value >= min && value <= max;
            };
        }

        /** A bound as a long: an integer, a date's epoch day, or a decimal rounded inwards. */
        private static long bound(Literal literal, boolean lower) {
            return literal.accept(new Literal.Visitor<Long>() {
                @Override
                public Long onText(Literal.OfText text) {
                    // the definition's rules allow ranges over numbers and dates only
                    throw new IllegalArgumentException("a range has no text bound: " + text);
                }

                @Override
                public Long onInteger(Literal.OfInteger integer) {
                    return integer.value();
                }

                @Override
                public Long onDecimal(Literal.OfDecimal decimal) {
                    return (long) (lower ? Math.ceil(decimal.value()) : Math.floor(decimal.value()));
                }

                @Override
                public Long onDate(Literal.OfDate date) {
                    return date.value().toEpochDay();
                }
            });
        }

        @Override
        public RowPredicate onAnd(Filter.And filter) {
            RowPredicate[] parts = compileAll(filter.operands());
            if (parts.length == 1) {
                return parts[0];
            }
            return row -> {
                for (RowPredicate part : parts) {
                    if (!part.test(row)) {
                        return false;
                    }
                }
                return true;
            };
        }

        @Override
        public RowPredicate onOr(Filter.Or filter) {
            RowPredicate[] parts = compileAll(filter.operands());
            if (parts.length == 1) {
                return parts[0];
            }
            return row -> {
                for (RowPredicate part : parts) {
                    if (part.test(row)) {
                        return true;
                    }
                }
                return false;
            };
        }

        private RowPredicate[] compileAll(List<Filter> operands) {
            RowPredicate[] parts = new RowPredicate[operands.size()];
            for (int i = 0; i < parts.length; i++) {
                parts[i] = operands.get(i).accept(this);
            }
            return parts;
        }

        @Override
        public RowPredicate onNot(Filter.Not filter) {
            RowPredicate inner = filter.operand().accept(this);
            return row -> !inner.test(row);
        }

        @Override
        public RowPredicate onDateWithinPeriod(Filter.DateWithinPeriod filter) {
            attribute(filter.attribute());
            IntColumn column = table.column(filter.attribute());
            int from = first;
            int to = last;
            return row -> {
                int value = column.get(row);
                return !missing(value, true) && value >= from && value <= to;
            };
        }

        @Override
        public RowPredicate onActiveInPeriod(Filter.ActiveInPeriod filter) {
            FactTable facts = table;
            int from = first;
            int to = last;
            return row -> facts.activeBetween(row, from, to);
        }

        @Override
        public RowPredicate onMemberOfCohort(Filter.MemberOfCohort filter) {
            BitSet members = new BitSet();
            int cohort = dataset.dictionary().indexOf(filter.cohort().value());
            if (cohort >= 0) {
                FactTable memberships = dataset.cohortMemberships();
                IntColumn names = memberships.column("cohort");
                IntColumn residents = memberships.column("resident_id");
                IntColumn joined = memberships.column("joined");
                IntColumn left = memberships.column("left");
                for (int row = 0; row < memberships.size(); row++) {
                    if (names.get(row) == cohort && joined.get(row) <= last && left.get(row) >= first) {
                        members.set(residents.get(row));
                    }
                }
            }
            if (members.isEmpty()) {
                return NEVER;
            }
            FactTable facts = table;
            return row -> {
                int person = facts.personIndex(row);
                return person >= 0 && members.get(person);
            };
        }

        @Override
        public RowPredicate onAll(Filter.All filter) {
            return ALWAYS;
        }

        private DoubleColumn doubles(String name) {
            return table.doubles(name)
                    .getOrElseThrow(() -> new IllegalArgumentException(type.code() + " has no decimal column " + name));
        }
    }

    /** Whether a stored int is a missing value: no number, no date, or an end that has not come. */
    private static boolean missing(int value, boolean date) {
        return value == Dataset.NOT_A_NUMBER || (date && value == Dataset.NO_END);
    }

    private static String text(Literal literal) {
        return ((Literal.OfText) literal).value();
    }

    /** A literal compared with a decimal attribute as a number; the definition's rules allow no text or date there. */
    private static double number(Literal literal) {
        return literal.accept(new Literal.Visitor<Double>() {
            @Override
            public Double onText(Literal.OfText text) {
                throw new IllegalArgumentException("a decimal attribute is not compared with text: " + text);
            }

            @Override
            public Double onInteger(Literal.OfInteger integer) {
                return (double) integer.value();
            }

            @Override
            public Double onDecimal(Literal.OfDecimal decimal) {
                return decimal.value();
            }

            @Override
            public Double onDate(Literal.OfDate date) {
                throw new IllegalArgumentException("a decimal attribute is not compared with a date: " + date);
            }
        });
    }
}
