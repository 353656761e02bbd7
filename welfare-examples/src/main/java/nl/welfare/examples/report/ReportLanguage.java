package nl.welfare.examples.report;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The language of the report's labels (taal): Dutch for the municipalities that read it, English for everyone else.
 * The indicators' own names and descriptions come from their definitions, as written there.
 *
 * <pre>{@code
 * ReportLanguage.NL.text("overview");   // Overzicht per doel
 * ReportLanguage.parse("EN");           // Optional[EN]
 * }</pre>
 */
public enum ReportLanguage {
    /** Dutch. */
    NL("nl", Locale.forLanguageTag("nl-NL")),
    /** English. */
    EN("en", Locale.UK);

    private final String code;
    private final Locale locale;

    ReportLanguage(String code, Locale locale) {
        this.code = code;
        this.locale = locale;
    }

    /** {@code nl} or {@code en}, as {@code --lang} takes it and as the page's {@code lang} attribute says. */
    public String code() {
        return code;
    }

    /** The locale numbers are written in (a decimal comma in Dutch). */
    public Locale locale() {
        return locale;
    }

    /** The language {@code text} names ({@code nl}, {@code en}), case-insensitively; empty for any other. */
    public static Optional<ReportLanguage> parse(String text) {
        String wanted = text.trim().toLowerCase(Locale.ROOT);
        for (ReportLanguage l : values()) {
            if (l.code.equals(wanted)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    /**
     * The label {@code key} in this language.
     *
     * @throws IllegalArgumentException for a key the report does not have (a programming error)
     */
    public String text(String key) {
        String[] both = MESSAGES.get(key);
        if (both == null) {
            throw new IllegalArgumentException("no report label " + key);
        }
        return this == NL ? both[0] : both[1];
    }

    /** Whether the report has the label {@code key}. */
    public boolean has(String key) {
        return MESSAGES.containsKey(key);
    }

    private static String[] t(String nl, String en) {
        return new String[] {nl, en};
    }

    /** Every label: Dutch first, then English. */
    private static final Map<String, String[]> MESSAGES = Map.ofEntries(
            Map.entry("title", t("Welzijnsindicatoren", "Welfare indicators")),
            Map.entry("contents", t("Inhoud", "Contents")),
            Map.entry("overview", t("Overzicht per doel", "Overview per goal")),
            Map.entry(
                    "overview.intro",
                    t(
                            "De laatste waarde per gebied in %s. De kleur vergelijkt het gebied met %s: beter,"
                                    + " vergelijkbaar of slechter volgens de betrouwbaarheidsintervallen en de richting"
                                    + " van de indicator (niet-overlappende intervallen); grijs is niet vergeleken."
                                    + " Een pijl geeft de trend sinds de nulmeting, een vlag de status van de"
                                    + " streefwaarde.",
                            "The latest value per area in %s. The colour compares the area with %s: better,"
                                    + " similar or worse by the confidence intervals and the indicator's polarity"
                                    + " (non-overlapping intervals); grey is not compared. An arrow gives the trend"
                                    + " since the baseline, a flag the target's status.")),
            Map.entry("indicators", t("Indicatoren", "Indicators")),
            Map.entry("other.indicators", t("Overige indicatoren", "Other indicators")),
            Map.entry("area", t("Gebied", "Area")),
            Map.entry("level", t("Niveau", "Level")),
            Map.entry("benchmark", t("Referentie", "Benchmark")),
            Map.entry("municipality", t("de gemeente", "the municipality")),
            Map.entry("district.benchmark", t("de eigen wijk", "its district")),
            Map.entry("legend", t("Legenda", "Legend")),
            Map.entry("cmp.BETTER", t("beter", "better")),
            Map.entry("cmp.SIMILAR", t("vergelijkbaar", "similar")),
            Map.entry("cmp.WORSE", t("slechter", "worse")),
            Map.entry("cmp.NOT_COMPARED", t("niet vergeleken", "not compared")),
            Map.entry("trend", t("Trend sinds de nulmeting", "Trend since the baseline")),
            Map.entry("trend.IMPROVED", t("verbeterd", "improved")),
            Map.entry("trend.WORSENED", t("verslechterd", "worsened")),
            Map.entry("trend.NO_SIGNIFICANT_CHANGE", t("geen significante verandering", "no significant change")),
            Map.entry("target", t("Streefwaarde", "Target")),
            Map.entry("target.ACHIEVED", t("gehaald", "achieved")),
            Map.entry("target.NOT_ACHIEVED", t("niet gehaald", "not achieved")),
            Map.entry("target.INCONCLUSIVE", t("onbeslist", "inconclusive")),
            Map.entry("target.NOT_ASSESSABLE", t("niet te beoordelen", "not assessable")),
            Map.entry("baseline", t("Nulmeting", "Baseline")),
            Map.entry(
                    "chart.trend",
                    t("Over de jaren, met betrouwbaarheidsband", "Over the years, with confidence band")),
            Map.entry("chart.ranked", t("Gebieden gerangschikt, met intervallen", "Areas ranked, with intervals")),
            Map.entry("values", t("Waarden", "Values")),
            Map.entry("values.intro", t("Waarde met betrouwbaarheidsinterval.", "Value with confidence interval.")),
            Map.entry("period", t("Periode", "Period")),
            Map.entry("symbol.suppressed", t("onderdrukt (geheimhouding)", "suppressed (disclosure control)")),
            Map.entry("symbol.nodata", t("geen gegevens", "no data")),
            Map.entry("definition", t("Definitie", "Definition")),
            Map.entry("description", t("Omschrijving", "Description")),
            Map.entry(
                    "computed",
                    t(
                            "Rekenregel (notatie van het definitiebestand)",
                            "Computed as (the definitions file's notation)")),
            Map.entry("unit", t("Eenheid", "Unit")),
            Map.entry(
                    "chart.empty",
                    t(
                            "Niets gepubliceerd: geen gebied heeft hier een waarde die gepubliceerd mag worden.",
                            "Nothing published: no area has a value here that may be published.")),
            Map.entry("polarity", t("Richting", "Polarity")),
            Map.entry("polarity.HIGHER_IS_BETTER", t("hoger is beter", "higher is better")),
            Map.entry("polarity.LOWER_IS_BETTER", t("lager is beter", "lower is better")),
            Map.entry("polarity.NEUTRAL", t("neutraal", "neutral")),
            Map.entry("kind", t("Soort", "Kind")),
            Map.entry("interval.method", t("Methode van het interval", "Method of the interval")),
            Map.entry(
                    "method.COUNT",
                    t("exact Poisson-interval (Byar) op het aantal", "exact Poisson interval (Byar) on the count")),
            Map.entry(
                    "method.DISTINCT_COUNT",
                    t("exact Poisson-interval (Byar) op het aantal", "exact Poisson interval (Byar) on the count")),
            Map.entry(
                    "method.PROPORTION",
                    t(
                            "Wilson-score-interval; gewogen: gelineariseerde (Taylor) variantie",
                            "Wilson score interval; weighted: linearised (Taylor) variance")),
            Map.entry("method.TRANSITION", t("Wilson-score-interval", "Wilson score interval")),
            Map.entry("method.NETWORK", t("Wilson-score-interval", "Wilson score interval")),
            Map.entry("method.THRESHOLD_SHARE", t("Wilson-score-interval", "Wilson score interval")),
            Map.entry(
                    "method.RATE",
                    t(
                            "Poisson-interval (Byar) gedeeld door de populatie",
                            "Poisson interval (Byar) over the population")),
            Map.entry(
                    "method.RATIO",
                    t(
                            "Wilson op het voorwaardelijk binomiale aandeel van de twee aantallen",
                            "Wilson on the conditional binomial share of the two counts")),
            Map.entry(
                    "method.MEAN",
                    t(
                            "Student-t; gewogen: gelineariseerde (Taylor) variantie",
                            "Student t; weighted: linearised (Taylor) variance")),
            Map.entry(
                    "method.CHANGE",
                    t(
                            "Newcombe (aandelen), Welch (gemiddelden), MOVER (aantallen en cijfers)",
                            "Newcombe (shares), Welch (means), MOVER (counts and rates)")),
            Map.entry("goals", t("Doelen", "Goals")),
            Map.entry("disclosure", t("Geheimhouding", "Disclosure control")),
            Map.entry(
                    "disclosure.note",
                    t(
                            "Cijfers over te weinig personen worden niet gepubliceerd: zo'n cel is gemarkeerd met %s en"
                                    + " de pagina bevat er nergens een getal van, ook niet in de grafieken of de"
                                    + " ingebedde gegevens. Andere cellen kunnen mee onderdrukt zijn, zodat een"
                                    + " onderdrukte cel niet uit totalen terug te rekenen is. Regels: %s.",
                            "Figures about too few persons are not published: such a cell is marked %s and the page"
                                    + " holds no number of it anywhere, in the charts or the embedded data neither."
                                    + " Other cells may be suppressed with it, so that a suppressed cell cannot be"
                                    + " worked out from totals. Rules: %s.")),
            Map.entry(
                    "disclosure.off",
                    t(
                            "LET OP: geheimhouding stond uit (--disclosure none): NIET VOOR PUBLICATIE.",
                            "NOTE: disclosure control was off (--disclosure none): NOT FOR PUBLICATION.")),
            Map.entry("provenance", t("Herkomst", "Provenance")),
            Map.entry("prov.package", t("Datapakket", "Data package")),
            Map.entry("prov.checksum", t("Controlegetal (SHA-256)", "Checksum (SHA-256)")),
            Map.entry("prov.source", t("Bron of generatie", "Source or generation")),
            Map.entry("prov.vintage", t("Jaargang van de gebiedscodes (CBS)", "Vintage of the area codes (CBS)")),
            Map.entry("prov.disclosure", t("Geheimhoudingsregels", "Disclosure rules")),
            Map.entry("prov.confidence", t("Betrouwbaarheidsniveau", "Confidence level")),
            Map.entry("prov.benchmark", t("Vergelijkingsniveau", "Benchmark level")),
            Map.entry("prov.version", t("Versie van de bibliotheek", "Version of the library")),
            Map.entry("prov.rerun", t("Opnieuw berekenen met", "Re-run with")),
            Map.entry("prov.written", t("Gemaakt op", "Written at")),
            Map.entry("prov.charts", t("Grafieken", "Charts")),
            Map.entry("none", t("geen", "none")),
            Map.entry(
                    "goal.self-and-mutual-reliance",
                    t("Zelf- en samenredzaamheid", "Self-reliance and mutual reliance")),
            Map.entry("goal.participation", t("Participatiegraad", "Participation rate")),
            Map.entry("goal.quality-of-life", t("Kwaliteit van leven", "Quality of life")),
            Map.entry("goal.liveable-neighbourhoods", t("Leefbare wijken", "Liveable neighbourhoods")),
            Map.entry(
                    "goal.specialist-to-prevention",
                    t("Van specialistische ondersteuning naar preventie", "From specialist support to prevention")));
}
