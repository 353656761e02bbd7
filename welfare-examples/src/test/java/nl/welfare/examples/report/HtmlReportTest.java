package nl.welfare.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.welfare.adapters.files.datapackage.DataPackageReader;
import nl.welfare.adapters.files.results.ResultLabels;
import nl.welfare.domain.area.AreaLevel;
import nl.welfare.domain.time.PeriodGranularity;
import nl.welfare.domain.time.ReportingPeriod;
import nl.welfare.indicators.catalogue.ReferenceCatalogue;
import nl.welfare.indicators.dataset.Dataset;
import nl.welfare.indicators.definition.ImmutableIndicatorDefinition;
import nl.welfare.indicators.definition.IndicatorDefinition;
import nl.welfare.indicators.definition.IndicatorId;
import nl.welfare.indicators.definition.IndicatorKind;
import nl.welfare.indicators.definition.Measure;
import nl.welfare.indicators.engine.EvaluationQuery;
import nl.welfare.indicators.engine.IndicatorEngine;
import nl.welfare.indicators.engine.IndicatorResult;
import nl.welfare.indicators.engine.IndicatorTable;
import nl.welfare.indicators.engine.ResultStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The HTML report (issue 13) of the Enschede example, computed by district and borough for 2018-2022: what it says
 * of each cell is checked against the table row by row, suppressed cells carry no number, the page fetches nothing.
 */
@DisplayName("the HTML report")
class HtmlReportTest {

    private static final Path EXAMPLE = Path.of("..", "examples", "data", "enschede");

    private static IndicatorTable table;
    private static List<IndicatorDefinition> definitions;
    private static ResultLabels labels;
    private static String nl;

    private static final ReportProvenance PROVENANCE = new ReportProvenance(
            "enschede-example",
            "sha256:" + "0".repeat(64),
            Optional.of("synthetic facts"),
            Optional.of("2022"),
            "welfare 0.1.0-SNAPSHOT",
            "welfare report examples/data/enschede --out out",
            "2026-12-04T20:00:00Z");

    @BeforeAll
    static void compute() {
        Dataset dataset = DataPackageReader.read(EXAMPLE);
        definitions = ReferenceCatalogue.all().toJavaList();
        table = IndicatorEngine.evaluate(
                definitions,
                dataset,
                EvaluationQuery.builder()
                        .period(ReportingPeriod.years(2018, 2022))
                        .level(AreaLevel.DISTRICT)
                        .grouping("borough")
                        .granularity(PeriodGranularity.YEAR)
                        .baseline(ReportingPeriod.year(2018))
                        .build());
        labels = ResultLabels.of(definitions, dataset);
        nl = HtmlReport.html(table, definitions, labels, AreaLevel.MUNICIPALITY, PROVENANCE, ReportLanguage.NL);
    }

    private static JsonNode data(String html) throws Exception {
        Matcher m = Pattern.compile(
                        "<script type=\"application/json\" id=\"report-data\">(.*?)</script>", Pattern.DOTALL)
                .matcher(html);
        assertTrue(m.find(), "the embedded data");
        return new ObjectMapper().readTree(m.group(1));
    }

    /** The text of the values table's cell of {@code area} and {@code period} within the article of the indicator. */
    private static String cell(String html, IndicatorResult r) {
        int article = html.indexOf("<article id=\"ind-" + r.indicator().value() + "\"");
        assertTrue(article >= 0, "the article of " + r.indicator());
        int end = html.indexOf("</article>", article);
        String part = html.substring(article, end);
        String open = "data-area=\"" + r.area() + "\" data-period=\"" + r.period() + "\">";
        int at = part.indexOf(open);
        assertTrue(at >= 0, "the cell of " + r);
        return part.substring(at + open.length(), part.indexOf("</td>", at));
    }

    @Test
    @DisplayName("a suppressed or empty cell is its symbol in the values table and null in the charts' data")
    void suppressedCellsCarryNoNumber() throws Exception {
        JsonNode data = data(nl);
        Map<String, JsonNode> byIndicator = new HashMap<>();
        data.get("indicators").forEach(i -> byIndicator.put(i.get("id").asText(), i));
        List<String> periods = new ArrayList<>();
        byIndicator.values().iterator().next().get("periods").forEach(p -> periods.add(p.asText()));
        int suppressed = 0;
        int checkedInCharts = 0;
        for (IndicatorResult r : table.results()) {
            String text = cell(nl, r);
            JsonNode indicator = byIndicator.get(r.indicator().value());
            assertNotNull(indicator, r.indicator().value());
            int p = periods.indexOf(r.period().toString());
            for (JsonNode series : indicator.get("series")) {
                if (series.get("name").asText().endsWith("(" + r.area() + ")")) {
                    checkedInCharts++;
                    JsonNode value = series.get("values").get(p);
                    if (r.status() == ResultStatus.OK) {
                        assertFalse(value.isNull(), r.toString());
                    } else {
                        assertTrue(value.isNull(), "no number in the charts for " + r);
                        assertTrue(series.get("low").get(p).isNull(), r.toString());
                        assertTrue(series.get("high").get(p).isNull(), r.toString());
                    }
                }
            }
            if (r.status() == ResultStatus.SUPPRESSED) {
                suppressed++;
                assertEquals(HtmlReport.SUPPRESSED, text, r.toString());
            } else if (r.status() == ResultStatus.NO_DATA) {
                assertEquals(HtmlReport.NO_DATA, text, r.toString());
            } else {
                assertTrue(text.matches(".*\\d.*"), "a number for " + r + ": " + text);
            }
            if (r.status() != ResultStatus.OK
                    && r.period().toString().equals(indicator.get("latest").asText())) {
                for (JsonNode bar : indicator.get("ranked")) {
                    assertFalse(bar.get("name").asText().endsWith("(" + r.area() + ")"), "not ranked: " + r);
                }
            }
        }
        assertTrue(suppressed > 0, "the example has suppressed cells, so this test can fail");
        assertTrue(checkedInCharts > 0, "the charts' series were checked");
    }

    @Test
    @DisplayName("the charts draw the published values, a share as a percentage")
    void chartsDrawThePublishedValues() throws Exception {
        JsonNode data = data(nl);
        int checked = 0;
        for (JsonNode indicator : data.get("indicators")) {
            IndicatorDefinition d = definitions.stream()
                    .filter(x -> x.id().value().equals(indicator.get("id").asText()))
                    .findFirst()
                    .orElseThrow();
            double scale = indicator.get("unit").asText().equals("%") ? 100 : 1;
            List<String> periods = new ArrayList<>();
            indicator.get("periods").forEach(p -> periods.add(p.asText()));
            for (JsonNode series : indicator.get("series")) {
                String name = series.get("name").asText();
                String area = name.substring(name.lastIndexOf('(') + 1, name.length() - 1);
                for (int p = 0; p < periods.size(); p++) {
                    Optional<IndicatorResult> r = table.find(
                                    d.id(),
                                    area,
                                    ReportingPeriod.parse(periods.get(p)).get())
                            .toJavaOptional();
                    if (r.isPresent() && r.get().status() == ResultStatus.OK) {
                        assertEquals(
                                r.get().value().get() * scale,
                                series.get("values").get(p).asDouble(),
                                1e-9,
                                name + " " + periods.get(p));
                        checked++;
                    }
                }
            }
        }
        assertTrue(checked > 20, "values checked: " + checked);
    }

    @Test
    @DisplayName("the page refers to nothing outside itself and inlines ECharts")
    void selfContained() {
        Pattern external = Pattern.compile(
                "(?i)(src|href)\\s*=\\s*[\"']?\\s*(https?:|//)|<link\\b|@import|url\\(\\s*[\"']?(https?:|//)");
        Matcher m = external.matcher(nl);
        assertFalse(
                m.find(),
                () -> "an external reference: " + nl.substring(m.start(), Math.min(nl.length(), m.start() + 80)));
        assertTrue(nl.contains("echarts"), "ECharts inlined");
        assertTrue(nl.length() > 1_000_000, "ECharts' minified script is about a megabyte: " + nl.length());
        assertEquals(1, nl.split("id=\"report-data\"", -1).length - 1, "one data element");
    }

    @Test
    @DisplayName("text from definitions and areas is escaped")
    void escaped() {
        String hostile = "<img src=x onerror=alert(1)> & \"quoted\"";
        List<IndicatorDefinition> renamed = new ArrayList<>(definitions);
        renamed.set(
                0,
                ImmutableIndicatorDefinition.copyOf(definitions.get(0))
                        .withName(hostile)
                        .withDescription(hostile));
        String html = HtmlReport.html(table, renamed, labels, AreaLevel.MUNICIPALITY, PROVENANCE, ReportLanguage.EN);
        assertFalse(html.contains("<img src=x"), "the name is not markup");
        assertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quoted&quot;"), "escaped in the text");
        assertTrue(html.contains("\\u003cimg src=x"), "escaped in the embedded JSON");
    }

    @Test
    @DisplayName("Dutch and English labels")
    void languages() {
        String en = HtmlReport.html(table, definitions, labels, AreaLevel.MUNICIPALITY, PROVENANCE, ReportLanguage.EN);
        assertTrue(nl.contains("<html lang=\"nl\">") && nl.contains("Overzicht per doel") && nl.contains("Herkomst"));
        assertTrue(en.contains("<html lang=\"en\">") && en.contains("Overview per goal") && en.contains("Provenance"));
        assertFalse(en.contains("Overzicht per doel"));
        for (String said :
                List.of("sha256:" + "0".repeat(64), "synthetic facts", "welfare report examples/data/enschede")) {
            assertTrue(en.contains(said), said);
        }
        assertEquals(Optional.of(ReportLanguage.NL), ReportLanguage.parse(" NL "));
        assertEquals(Optional.empty(), ReportLanguage.parse("de"));
    }

    @Test
    @DisplayName("the catalogue's indicators have Dutch names on a Dutch page, a user's redefinition keeps its own")
    void dutchNames() {
        String en = HtmlReport.html(table, definitions, labels, AreaLevel.MUNICIPALITY, PROVENANCE, ReportLanguage.EN);
        assertTrue(nl.contains(">Voelt zich veilig</a>") && nl.contains("Voelt u zich veilig in uw buurt?"));
        assertTrue(en.contains(">Feels safe</a>") && !en.contains("Voelt zich veilig"));
        int feelsSafe = definitions.indexOf(
                ReferenceCatalogue.byId(IndicatorId.of("feels-safe")).get());
        List<IndicatorDefinition> redefined = new ArrayList<>(definitions);
        redefined.set(
                feelsSafe,
                ImmutableIndicatorDefinition.copyOf(definitions.get(feelsSafe)).withUnit("share!"));
        String own = HtmlReport.html(table, redefined, labels, AreaLevel.MUNICIPALITY, PROVENANCE, ReportLanguage.NL);
        assertFalse(own.contains("Voelt zich veilig"), "a definition that is not the catalogue's keeps its words");
        assertTrue(own.contains(">Feels safe</a>"));
    }

    @Test
    @DisplayName("every definition in words: numerator and denominator in the page's language, filters as written")
    void definitionsInWords() {
        for (IndicatorDefinition d : definitions) {
            for (ReportLanguage lang : ReportLanguage.values()) {
                List<DefinitionWords.Term> terms = DefinitionWords.of(d.measure(), lang);
                List<String> names =
                        terms.stream().map(DefinitionWords.Term::term).toList();
                boolean change = d.kind() == IndicatorKind.CHANGE;
                String numerator = lang == ReportLanguage.NL ? "Teller" : "Numerator";
                String denominator = lang == ReportLanguage.NL ? "Noemer" : "Denominator";
                assertTrue(change || names.contains(numerator) && names.contains(denominator), d.id() + " " + names);
                for (DefinitionWords.Term t : terms) {
                    assertFalse(t.text().isBlank(), d.id() + " " + t);
                }
            }
        }
        IndicatorDefinition feelsSafe =
                ReferenceCatalogue.byId(IndicatorId.of("feels-safe")).get();
        String population =
                ((Measure.Proportion) feelsSafe.measure()).population().toString();
        List<DefinitionWords.Term> nl = DefinitionWords.of(feelsSafe.measure(), ReportLanguage.NL);
        assertTrue(nl.contains(new DefinitionWords.Term("Populatie", population)), nl.toString());
        assertTrue(nl.stream().anyMatch(t -> t.term().equals("Weging")), "a weighted share says so");
        assertTrue(this.nl.contains("<dt>Teller</dt>") && this.nl.contains("<dt>Noemer</dt>"));
    }
}
