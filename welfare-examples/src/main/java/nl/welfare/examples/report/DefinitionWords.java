package nl.welfare.examples.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.welfare.indicators.definition.Attribute;
import nl.welfare.indicators.definition.CountMode;
import nl.welfare.indicators.definition.FactType;
import nl.welfare.indicators.definition.Filter;
import nl.welfare.indicators.definition.Measure;
import nl.welfare.indicators.definition.NetworkScope;

/**
 * A definition's measure in words, in the report's language: what is counted as the numerator, what as the
 * denominator, and the filter that selects the facts (rekenregel in woorden). The words around the parts are Dutch or
 * English; a filter keeps its notation of the definitions file ({@code lead = 'residents'}), in which it can be checked
 * and reused, since a translation of an expression could say something other than it computes.
 *
 * <pre>{@code
 * DefinitionWords.of(definition.measure(), ReportLanguage.NL);
 * // [Teller = "het aantal initiatieven (actief in de periode) dat voldoet aan het criterium", Noemer = ..., ...]
 * }</pre>
 */
final class DefinitionWords implements Measure.Visitor<List<DefinitionWords.Term>> {

    /** One line of the definition: a term ("Numerator") and its text. */
    record Term(String term, String text) {}

    private static final Map<String, String[]> FACTS = Map.of(
            "initiatives", new String[] {"bewonersinitiatieven", "resident initiatives"},
            "initiative_links", new String[] {"verbindingen tussen initiatieven", "links between initiatives"},
            "provisions", new String[] {"voorzieningen", "provisions"},
            "activities", new String[] {"activiteiten", "activities"},
            "participations", new String[] {"deelnames aan activiteiten", "participations in activities"},
            "ladder_assessments",
                    new String[] {"metingen op de participatieladder", "participation-ladder assessments"},
            "self_reliance_assessments", new String[] {"metingen van zelfredzaamheid", "self-reliance assessments"},
            "support_episodes", new String[] {"ondersteuningstrajecten", "support episodes"},
            "survey_responses", new String[] {"antwoorden op de enquête", "survey responses"},
            "residents", new String[] {"bewoners", "residents"});

    private final boolean dutch;

    private DefinitionWords(ReportLanguage lang) {
        this.dutch = lang == ReportLanguage.NL;
    }

    /** The terms of {@code measure} in {@code lang}: numerator, denominator, filter and what else it has. */
    static List<Term> of(Measure measure, ReportLanguage lang) {
        return measure.accept(new DefinitionWords(lang));
    }

    private String w(String nl, String en) {
        return dutch ? nl : en;
    }

    private Term numerator(String text) {
        return new Term(w("Teller", "Numerator"), text);
    }

    private Term denominator(String text) {
        return new Term(w("Noemer", "Denominator"), text);
    }

    private Term filter(String role, Filter filter) {
        return new Term(role, filter.isAll() ? w("geen: alle", "none: all") : filter.toString());
    }

    private Term selection(Filter filter) {
        return filter(w("Filter", "Filter"), filter);
    }

    private Term noDenominator() {
        return denominator(w("geen: een aantal", "none: a count"));
    }

    /** {@code initiatives (active in the period)}. */
    private String facts(FactType type, CountMode mode) {
        String[] name = FACTS.getOrDefault(type.code(), new String[] {type.code(), type.code()});
        String when = switch (mode) {
            case FLOW -> w("gedateerd in de periode", "dated in the period");
            case STOCK -> w("actief in de periode", "active in the period");
        };
        return (dutch ? name[0] : name[1]) + " (" + type.code() + ", " + when + ")";
    }

    private String person(FactType type) {
        return type.person().map(Attribute::name).getOrElse(w("personen", "persons"));
    }

    private String counted(Measure.Counted c) {
        String what = c.distinctPersons()
                ? w("het aantal verschillende ", "the number of distinct ")
                        + person(c.factType())
                        + w(" onder ", " among ")
                : w("het aantal ", "the number of ");
        return what + facts(c.factType(), c.mode()) + (c.filter().isAll() ? "" : w(" waar ", " where ") + c.filter());
    }

    private List<Term> terms(Term... terms) {
        return List.of(terms);
    }

    @Override
    public List<Term> onCount(Measure.Count m) {
        return terms(numerator(counted(m)), noDenominator(), selection(m.filter()));
    }

    @Override
    public List<Term> onDistinctCount(Measure.DistinctCount m) {
        return terms(
                numerator(counted(m)),
                noDenominator(),
                selection(m.filter()),
                new Term(
                        w("Personen", "Persons"),
                        w(
                                "elke persoon één keer per gebied en periode; niet op te tellen over gebieden",
                                "each person once per area and period; does not add up over areas")));
    }

    @Override
    public List<Term> onProportion(Measure.Proportion m) {
        List<Term> terms = new ArrayList<>(List.of(
                numerator(w("van de noemer: het aantal dat voldoet aan ", "of the denominator: those that have ")
                        + m.condition()),
                denominator(
                        w("het aantal ", "the number of ") + facts(m.factType(), m.mode()) + w(" in de populatie", "")),
                filter(w("Populatie", "Population"), m.population())));
        if (m.weighted()) {
            terms.add(new Term(
                    w("Weging", "Weights"),
                    w("elk feit telt met zijn ontwerpgewicht (kolom ", "each fact counts by its design weight (column ")
                            + m.factType().weight().map(Attribute::name).getOrElse("weight")
                            + ")"));
        }
        return terms;
    }

    @Override
    public List<Term> onLatestAssessment(Measure.LatestAssessment m) {
        return terms(
                numerator(w(
                                "van hen: wie op de laatste dag met een meting in de periode alleen metingen heeft met ",
                                "of them: those whose facts on their latest day in the period all have ")
                        + m.condition()),
                denominator(w(
                                "het aantal verschillende personen met ten minste één van de ",
                                "the number of distinct" + " persons with at least one of the ")
                        + facts(m.factType(), m.mode())),
                filter(w("Populatie", "Population"), m.population()));
    }

    @Override
    public List<Term> onRate(Measure.Rate m) {
        return terms(
                numerator(counted(m.count())),
                denominator(w("het aantal inwoners (CBS), per ", "the number of inhabitants (CBS), per ")
                        + String.format(Locale.ROOT, "%,d", m.perInhabitants()).replace(',', dutch ? '.' : ',')),
                selection(m.count().filter()));
    }

    @Override
    public List<Term> onRatio(Measure.Ratio m) {
        return terms(numerator(counted(m.numerator())), denominator(counted(m.denominator())));
    }

    @Override
    public List<Term> onMean(Measure.Mean m) {
        return terms(
                numerator(w("de som van ", "the sum of ")
                        + m.valueAttribute()
                        + (m.weighted() ? w(", gewogen", ", weighted") : "")),
                denominator(w("het aantal ", "the number of ")
                        + facts(m.factType(), m.mode())
                        + (m.weighted() ? w(" (de som van de gewichten)", " (the sum of their weights)") : "")),
                selection(m.filter()));
    }

    @Override
    public List<Term> onTransition(Measure.Transition m) {
        return terms(
                numerator(w("van hen: wier laatste ", "of them: those whose last ")
                        + m.valueAttribute()
                        + w(" hoger is dan hun eerste", " is higher than their first")),
                denominator(w("het aantal personen met ten minste twee ", "the number of persons with at least two ")
                        + facts(m.factType(), m.mode())),
                selection(m.filter()));
    }

    @Override
    public List<Term> onNetwork(Measure.Network m) {
        String other = m.scope() == NetworkScope.WITHIN_AREA
                ? w("een ander initiatief in hetzelfde gebied", "another initiative in the same area")
                : w("een ander initiatief, waar ook", "another initiative, anywhere");
        return terms(
                numerator(w(
                                "van hen: initiatieven met ten minste één verbinding, actief in de periode, met ",
                                "of them: initiatives with at least one link active in the period to ")
                        + other),
                denominator(w(
                        "het aantal bewonersinitiatieven actief in de periode",
                        "the number of resident" + " initiatives active in the period")));
    }

    @Override
    public List<Term> onThresholdShare(Measure.ThresholdShare m) {
        return terms(
                numerator(w("van hen: de gebieden waar ", "of them: the areas where ")
                        + m.baseIndicator()
                        + w(" de drempel ", " achieves the threshold ")
                        + m.threshold()
                        + w(
                                " haalt (het interval ligt er geheel aan de goede kant van)",
                                " (its interval lies wholly" + " on the good side of it)")),
                denominator(w("het aantal gebieden van niveau ", "the number of areas of level ")
                        + m.level().code()));
    }

    @Override
    public List<Term> onChange(Measure.Change m) {
        return terms(new Term(
                w("Berekening", "Computed as"),
                w("de waarde van ", "the value of ")
                        + m.baseIndicator()
                        + w(
                                " in de periode min die in de nulmeting; beide als onafhankelijke steekproeven",
                                " in the period minus its value in the baseline; the two as independent samples")));
    }
}
