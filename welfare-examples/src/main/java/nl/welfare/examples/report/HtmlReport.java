package nl.welfare.examples.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import nl.welfare.adapters.files.results.ResultLabels;
import nl.welfare.domain.area.AreaLevel;
import nl.welfare.domain.programme.GoalId;
import nl.welfare.domain.time.ReportingPeriod;
import nl.welfare.indicators.definition.IndicatorDefinition;
import nl.welfare.indicators.definition.IndicatorId;
import nl.welfare.indicators.definition.IndicatorKind;
import nl.welfare.indicators.engine.IndicatorResult;
import nl.welfare.indicators.engine.IndicatorTable;
import nl.welfare.indicators.engine.ResultStatus;
import nl.welfare.indicators.target.BenchmarkComparison;
import org.jspecify.annotations.Nullable;

/**
 * The HTML report of a results table (rapportage, issue 13): one self-contained file that opens offline, with an
 * overview per goal coloured by the comparison with the benchmark, per indicator a chart over the periods with the
 * confidence band, the baseline and the target, a chart of the areas ranked with their intervals against the
 * municipality, the values with suppressed cells marked {@value #SUPPRESSED}, the definitions in words and the
 * provenance.
 *
 * <pre>{@code
 * HtmlReport.write(table, definitions, labels, AreaLevel.MUNICIPALITY, provenance, ReportLanguage.NL,
 *         Path.of("out/report.html"));
 * }</pre>
 *
 * <p>The charts are drawn by Apache ECharts (Apache-2.0), whose minified script is read from its WebJar on the class
 * path and inlined; the page has no external reference. The numbers the charts draw are embedded as JSON built from
 * the table's {@code OK} rows only: a row that is suppressed or has no data gives {@code null}, and the page's text
 * gives it {@value #SUPPRESSED} or {@value #NO_DATA}, so no figure of a suppressed cell is anywhere in the file (a
 * result that is not {@code OK} carries no numbers to begin with). Every text from the data (area names, definitions)
 * is escaped for HTML.
 */
public final class HtmlReport {

    /** The symbol of a suppressed cell. */
    public static final String SUPPRESSED = "×";

    /** The symbol of a cell without data. */
    public static final String NO_DATA = "–";

    /** The ECharts version inlined: the WebJar {@code org.webjars.npm:echarts} of the build. */
    public static final String ECHARTS_VERSION = "5.3.1";

    private static final String ECHARTS =
            "META-INF/resources/webjars/echarts/" + ECHARTS_VERSION + "/dist/echarts.min.js";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final IndicatorTable table;
    private final List<IndicatorDefinition> definitions;
    private final ResultLabels labels;
    private final AreaLevel benchmark;
    private final ReportProvenance provenance;
    private final ReportLanguage lang;
    private final List<ReportingPeriod> periods;
    private final StringBuilder html = new StringBuilder(1 << 20);

    private HtmlReport(
            IndicatorTable table,
            List<IndicatorDefinition> definitions,
            ResultLabels labels,
            AreaLevel benchmark,
            ReportProvenance provenance,
            ReportLanguage lang) {
        this.table = table;
        Set<IndicatorId> present = new LinkedHashSet<>();
        table.results().forEach(r -> present.add(r.indicator()));
        this.definitions =
                definitions.stream().filter(d -> present.contains(d.id())).toList();
        this.labels = labels;
        this.benchmark = benchmark;
        this.provenance = provenance;
        this.lang = lang;
        TreeSet<ReportingPeriod> all = new TreeSet<>();
        table.results().forEach(r -> all.add(r.period()));
        this.periods = List.copyOf(all);
    }

    /**
     * Writes the report of {@code table} to {@code file}: the indicators of {@code definitions} that the table has rows
     * of, in their order, with the names of {@code labels}, compared at {@code benchmark} level, in {@code lang}.
     *
     * @throws IOException when the file cannot be written
     */
    public static void write(
            IndicatorTable table,
            List<IndicatorDefinition> definitions,
            ResultLabels labels,
            AreaLevel benchmark,
            ReportProvenance provenance,
            ReportLanguage lang,
            Path file)
            throws IOException {
        Files.writeString(file, html(table, definitions, labels, benchmark, provenance, lang), StandardCharsets.UTF_8);
    }

    /** The report of {@link #write} as text. */
    public static String html(
            IndicatorTable table,
            List<IndicatorDefinition> definitions,
            ResultLabels labels,
            AreaLevel benchmark,
            ReportProvenance provenance,
            ReportLanguage lang) {
        Objects.requireNonNull(table, "table");
        return new HtmlReport(table, definitions, labels, benchmark, provenance, lang).render();
    }

    // ---- the page ----

    private String render() {
        html.append("<!DOCTYPE html>\n<html lang=\"")
                .append(lang.code())
                .append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(esc(t("title") + " — " + provenance.packageName()))
                .append("</title>\n<style>\n")
                .append(CSS)
                .append("</style>\n</head>\n<body>\n");
        // before anything else: a script error is written into the page, where a reader (and a test) sees it
        html.append("<script>window.onerror=function(m,s,l){var p=document.createElement('pre');p.id='js-error';")
                .append(
                        "p.textContent='script error: '+m+' (line '+l+')';document.body.setAttribute('data-js-error','1');")
                .append("document.body.insertBefore(p,document.body.firstChild);};</script>\n");
        html.append("<header><h1>")
                .append(esc(t("title")))
                .append("</h1><p class=\"sub\">")
                .append(esc(provenance.packageName()))
                .append(periods.isEmpty() ? "" : " · " + esc(periods.get(0) + " – " + latest()))
                .append("</p>");
        if (!table.disclosure().enabled()) {
            html.append("<p class=\"warning\">")
                    .append(esc(t("disclosure.off")))
                    .append("</p>");
        }
        html.append("</header>\n");
        contents();
        overview();
        indicators();
        disclosure();
        provenanceSection();
        html.append("<script type=\"application/json\" id=\"report-data\">")
                .append(chartData())
                .append("</script>\n");
        html.append("<script>\n").append(echarts()).append("\n</script>\n");
        html.append("<script>\n").append(CHARTS).append("</script>\n");
        html.append("</body>\n</html>\n");
        return html.toString();
    }

    private void contents() {
        html.append("<nav><h2>").append(esc(t("contents"))).append("</h2><ol>");
        link("overview", t("overview"));
        html.append("<li><a href=\"#indicators\">").append(esc(t("indicators"))).append("</a><ol>");
        for (IndicatorDefinition d : definitions) {
            link("ind-" + d.id().value(), name(d));
        }
        html.append("</ol></li>");
        link("disclosure", t("disclosure"));
        link("provenance", t("provenance"));
        html.append("</ol></nav>\n");
    }

    private void link(String anchor, String text) {
        html.append("<li><a href=\"#")
                .append(esc(anchor))
                .append("\">")
                .append(esc(text))
                .append("</a></li>");
    }

    // ---- the overview per goal ----

    private void overview() {
        html.append("<section id=\"overview\"><h2>").append(esc(t("overview"))).append("</h2>\n<p>");
        html.append(esc(String.format(
                lang.locale(),
                t("overview.intro"),
                latest(),
                benchmark == AreaLevel.MUNICIPALITY ? t("municipality") : t("district.benchmark"))));
        html.append("</p>\n");
        legend();
        Map<String, List<IndicatorDefinition>> byGoal = new LinkedHashMap<>();
        for (IndicatorDefinition d : definitions) {
            if (d.goals().isEmpty()) {
                byGoal.computeIfAbsent("", k -> new ArrayList<>()).add(d);
            }
            for (GoalId goal : d.goals()) {
                byGoal.computeIfAbsent(goal.value(), k -> new ArrayList<>()).add(d);
            }
        }
        List<String> goals = new ArrayList<>(byGoal.keySet());
        if (goals.remove("")) {
            goals.add("");
        }
        for (String goal : goals) {
            html.append("<h3>").append(esc(goalName(goal))).append("</h3>\n");
            for (String level : levels()) {
                overviewTable(byGoal.getOrDefault(goal, List.of()), level);
            }
        }
        html.append("</section>\n");
    }

    private void legend() {
        html.append("<p class=\"legend\">");
        for (BenchmarkComparison c : BenchmarkComparison.values()) {
            html.append("<span class=\"cell cmp-")
                    .append(c.name())
                    .append("\">")
                    .append(esc(t("cmp." + c.name())))
                    .append("</span> ");
        }
        html.append(" · ↑ ")
                .append(esc(t("trend.IMPROVED")))
                .append(" ↓ ")
                .append(esc(t("trend.WORSENED")))
                .append(" → ")
                .append(esc(t("trend.NO_SIGNIFICANT_CHANGE")))
                .append(" · ⚑✓ ")
                .append(esc(t("target") + " " + t("target.ACHIEVED")))
                .append(" ⚑✗ ")
                .append(esc(t("target.NOT_ACHIEVED")))
                .append(" ⚑? ")
                .append(esc(t("target.INCONCLUSIVE") + " / " + t("target.NOT_ASSESSABLE")))
                .append(" · ")
                .append(SUPPRESSED)
                .append(' ')
                .append(esc(t("symbol.suppressed")))
                .append(" · ")
                .append(NO_DATA)
                .append(' ')
                .append(esc(t("symbol.nodata")))
                .append("</p>\n");
    }

    private void overviewTable(List<IndicatorDefinition> indicators, String level) {
        List<String> areas = areasAt(level);
        if (areas.isEmpty()) {
            return;
        }
        html.append("<div class=\"scroll\"><table class=\"overview\"><thead><tr><th>")
                .append(esc(t("area") + " (" + level + ")"))
                .append("</th>");
        for (IndicatorDefinition d : indicators) {
            html.append("<th><a href=\"#ind-")
                    .append(esc(d.id().value()))
                    .append("\">")
                    .append(esc(name(d)))
                    .append("</a></th>");
        }
        html.append("</tr></thead><tbody>");
        List<String> rows = new ArrayList<>(areasAt(AreaLevel.MUNICIPALITY.code()));
        rows.addAll(areas);
        for (String area : rows) {
            Optional<IndicatorResult> any = anyRow(area);
            boolean top = any.map(r -> r.areaLevel().equals(AreaLevel.MUNICIPALITY.code()))
                    .orElse(false);
            html.append(top ? "<tr class=\"benchmark\">" : "<tr>")
                    .append("<th>")
                    .append(esc(areaName(any.map(IndicatorResult::areaLevel).orElse(level), area)))
                    .append("</th>");
            for (IndicatorDefinition d : indicators) {
                Optional<IndicatorResult> r = table.find(d.id(), area, latest()).toJavaOptional();
                BenchmarkComparison c =
                        r.map(IndicatorResult::benchmarkComparison).orElse(BenchmarkComparison.NOT_COMPARED);
                html.append("<td class=\"cell cmp-").append(top ? "BENCHMARK" : c.name());
                html.append("\" title=\"").append(esc(t("cmp." + c.name()))).append("\">");
                html.append(esc(r.map(x -> valueText(d, x)).orElse(NO_DATA)));
                r.flatMap(IndicatorResult::trend)
                        .ifPresent(tr -> html.append(" <span title=\"")
                                .append(esc(t("trend") + ": " + t("trend." + tr.name())))
                                .append("\">")
                                .append(arrow(tr.name()))
                                .append("</span>"));
                r.flatMap(IndicatorResult::assessment)
                        .ifPresent(a -> html.append(" <span title=\"")
                                .append(esc(t("target") + ": " + t("target." + a.name())))
                                .append("\">")
                                .append(flag(a.name()))
                                .append("</span>"));
                html.append("</td>");
            }
            html.append("</tr>");
        }
        html.append("</tbody></table></div>\n");
    }

    private static String arrow(String trend) {
        return switch (trend) {
            case "IMPROVED" -> "↑";
            case "WORSENED" -> "↓";
            default -> "→";
        };
    }

    private static String flag(String assessment) {
        return switch (assessment) {
            case "ACHIEVED" -> "⚑✓";
            case "NOT_ACHIEVED" -> "⚑✗";
            default -> "⚑?";
        };
    }

    // ---- per indicator ----

    private void indicators() {
        html.append("<section id=\"indicators\"><h2>")
                .append(esc(t("indicators")))
                .append("</h2>\n");
        int i = 0;
        for (IndicatorDefinition d : definitions) {
            html.append("<article id=\"ind-")
                    .append(esc(d.id().value()))
                    .append("\"><h3>")
                    .append(esc(name(d)))
                    .append("</h3>\n<p>")
                    .append(esc(description(d)))
                    .append("</p>\n<div class=\"charts\"><figure><figcaption>")
                    .append(esc(t("chart.trend")))
                    .append("</figcaption><div class=\"chart\" data-chart=\"line\" data-index=\"")
                    .append(i)
                    .append("\"></div></figure><figure><figcaption>")
                    .append(esc(t("chart.ranked") + " (" + latest() + ")"))
                    .append("</figcaption><div class=\"chart\" data-chart=\"ranked\" data-index=\"")
                    .append(i)
                    .append("\"></div></figure></div>\n");
            valuesTable(d);
            definition(d);
            html.append("</article>\n");
            i++;
        }
        html.append("</section>\n");
    }

    private void valuesTable(IndicatorDefinition d) {
        html.append("<details><summary>")
                .append(esc(t("values")))
                .append("</summary><p>")
                .append(esc(t("values.intro") + " " + SUPPRESSED + " " + t("symbol.suppressed") + "; " + NO_DATA + " "
                        + t("symbol.nodata") + "."))
                .append("</p><div class=\"scroll\"><table class=\"values\"><thead><tr><th>")
                .append(esc(t("area")))
                .append("</th><th>")
                .append(esc(t("level")))
                .append("</th>");
        for (ReportingPeriod p : periods) {
            html.append("<th>").append(esc(p.toString())).append("</th>");
        }
        html.append("</tr></thead><tbody>");
        Map<String, String> areas = new LinkedHashMap<>();
        for (IndicatorResult r : table.results(d.id())) {
            areas.putIfAbsent(r.area(), r.areaLevel());
        }
        for (Map.Entry<String, String> area : areas.entrySet()) {
            html.append("<tr><th>")
                    .append(esc(areaName(area.getValue(), area.getKey())))
                    .append("</th><td>")
                    .append(esc(area.getValue()))
                    .append("</td>");
            for (ReportingPeriod p : periods) {
                Optional<IndicatorResult> r =
                        table.find(d.id(), area.getKey(), p).toJavaOptional();
                String status = r.map(x -> x.status().name()).orElse(ResultStatus.NO_DATA.name());
                html.append("<td class=\"st-")
                        .append(status)
                        .append("\" data-area=\"")
                        .append(esc(area.getKey()))
                        .append("\" data-period=\"")
                        .append(esc(p.toString()))
                        .append("\">")
                        .append(esc(
                                r.map(x -> valueText(d, x) + intervalText(d, x)).orElse(NO_DATA)))
                        .append("</td>");
            }
            html.append("</tr>");
        }
        html.append("</tbody></table></div></details>\n");
    }

    private void definition(IndicatorDefinition d) {
        html.append("<dl class=\"definition\">");
        for (DefinitionWords.Term words : DefinitionWords.of(d.measure(), lang)) {
            term(words.term(), words.text());
        }
        term(t("computed"), d.measure().toString());
        term(t("unit"), unit(d) + (isShare(d) ? " (%)" : ""));
        term(t("polarity"), t("polarity." + d.polarity().name()));
        term(t("kind"), d.kind().code());
        term(
                t("interval.method"),
                (lang.has("method." + d.kind().name())
                                ? t("method." + d.kind().name())
                                : d.kind().code()) + ", "
                        + percent(table.confidence().value()));
        if (!d.goals().isEmpty()) {
            term(
                    t("goals"),
                    String.join(
                            "; ",
                            d.goals().stream().map(g -> goalName(g.value())).toList()));
        }
        html.append("</dl>\n");
    }

    private void term(String term, String definition) {
        html.append("<dt>")
                .append(esc(term))
                .append("</dt><dd>")
                .append(esc(definition))
                .append("</dd>");
    }

    // ---- disclosure and provenance ----

    private void disclosure() {
        html.append("<section id=\"disclosure\"><h2>")
                .append(esc(t("disclosure")))
                .append("</h2><p>")
                .append(esc(String.format(
                        lang.locale(),
                        t("disclosure.note"),
                        SUPPRESSED,
                        table.disclosure().toString())))
                .append("</p>");
        if (!table.disclosure().enabled()) {
            html.append("<p class=\"warning\">")
                    .append(esc(t("disclosure.off")))
                    .append("</p>");
        }
        html.append("</section>\n");
    }

    private void provenanceSection() {
        html.append("<section id=\"provenance\"><h2>")
                .append(esc(t("provenance")))
                .append("</h2><dl class=\"definition\">");
        term(t("prov.package"), provenance.packageName());
        term(t("prov.checksum"), provenance.checksum());
        term(t("prov.source"), provenance.source().orElse(t("none")));
        term(t("prov.vintage"), provenance.vintage().orElse(t("none")));
        term(t("prov.disclosure"), table.disclosure().toString());
        term(t("prov.confidence"), percent(table.confidence().value()));
        term(t("prov.benchmark"), benchmark.code());
        term(t("prov.version"), provenance.version());
        term(t("prov.charts"), "Apache ECharts " + ECHARTS_VERSION + " (Apache-2.0)");
        term(t("prov.written"), provenance.writtenAt());
        html.append("<dt>")
                .append(esc(t("prov.rerun")))
                .append("</dt><dd><code>")
                .append(esc(provenance.rerun()))
                .append("</code></dd></dl></section>\n");
    }

    // ---- the charts' data ----

    /** The JSON the charts draw, safe inside a {@code script} element; numbers of {@code OK} rows only. */
    private String chartData() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put(
                "labels",
                Map.of(
                        "baseline", t("baseline"),
                        "target", t("target"),
                        "benchmark", t("benchmark"),
                        "empty", t("chart.empty")));
        String chartLevel = chartLevel();
        List<Object> indicators = new ArrayList<>();
        for (IndicatorDefinition d : definitions) {
            double scale = isShare(d) ? 100 : 1;
            Map<String, Object> ind = new LinkedHashMap<>();
            ind.put("id", d.id().value());
            ind.put("name", name(d));
            ind.put("unit", isShare(d) ? "%" : unit(d));
            ind.put("periods", periods.stream().map(ReportingPeriod::toString).toList());
            ind.put("latest", latest().toString());
            Optional<ReportingPeriod> baseline = table.results(d.id())
                    .flatMap(r -> io.vavr.control.Option.ofOptional(r.baselinePeriod()))
                    .headOption()
                    .toJavaOptional();
            ind.put("baseline", baseline.map(ReportingPeriod::toString).orElse(null));
            Set<Double> targets = new TreeSet<>();
            table.results(d.id()).forEach(r -> r.target().ifPresent(v -> targets.add(v * scale)));
            ind.put("targets", List.copyOf(targets));
            List<Object> series = new ArrayList<>();
            for (String area : areasAt(AreaLevel.MUNICIPALITY.code())) {
                series.add(series(d, area, AreaLevel.MUNICIPALITY.code(), scale, true));
            }
            for (String area : areasAt(chartLevel)) {
                series.add(series(d, area, chartLevel, scale, false));
            }
            ind.put("series", series);
            List<Map<String, Object>> ranked = new ArrayList<>();
            for (String area : areasAt(chartLevel)) {
                Optional<IndicatorResult> r = table.find(d.id(), area, latest()).toJavaOptional();
                Optional<Double> value = r.flatMap(HtmlReport::published);
                if (r.isPresent() && value.isPresent()) {
                    Map<String, Object> bar = new LinkedHashMap<>();
                    bar.put("name", areaName(chartLevel, area));
                    bar.put("value", value.get() * scale);
                    bar.put(
                            "low",
                            r.get().interval().map(iv -> iv.lower() * scale).orElse(null));
                    bar.put(
                            "high",
                            r.get().interval().map(iv -> iv.upper() * scale).orElse(null));
                    bar.put("cmp", r.get().benchmarkComparison().name());
                    ranked.add(bar);
                }
            }
            ranked.sort(Comparator.comparingDouble(b -> (Double) Objects.requireNonNull(b.get("value"))));
            ind.put("ranked", ranked);
            List<String> tops = areasAt(AreaLevel.MUNICIPALITY.code());
            Optional<Double> benchmarkValue = tops.isEmpty()
                    ? Optional.empty()
                    : table.find(d.id(), tops.get(0), latest()).toJavaOptional().flatMap(HtmlReport::published);
            ind.put("benchmarkValue", benchmarkValue.map(v -> v * scale).orElse(null));
            ind.put("benchmarkName", tops.isEmpty() ? "" : areaName(AreaLevel.MUNICIPALITY.code(), tops.get(0)));
            indicators.add(ind);
        }
        root.put("indicators", indicators);
        try {
            return JSON.writeValueAsString(root)
                    .replace("<", "\\u003c")
                    .replace(">", "\\u003e")
                    .replace("&", "\\u0026");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("maps of strings and numbers always write", e);
        }
    }

    private Map<String, Object> series(IndicatorDefinition d, String area, String level, double scale, boolean top) {
        List<@Nullable Double> values = new ArrayList<>();
        List<@Nullable Double> low = new ArrayList<>();
        List<@Nullable Double> high = new ArrayList<>();
        for (ReportingPeriod p : periods) {
            Optional<IndicatorResult> r = table.find(d.id(), area, p).toJavaOptional();
            Optional<Double> value = r.flatMap(HtmlReport::published);
            values.add(value.map(v -> v * scale).orElse(null));
            Optional<Double> lower = value.isPresent()
                    ? r.flatMap(IndicatorResult::interval).map(iv -> iv.lower() * scale)
                    : Optional.empty();
            Optional<Double> upper = value.isPresent()
                    ? r.flatMap(IndicatorResult::interval).map(iv -> iv.upper() * scale)
                    : Optional.empty();
            low.add(lower.orElse(null));
            high.add(upper.orElse(null));
        }
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("name", areaName(level, area));
        s.put("benchmark", top);
        s.put("values", values);
        s.put("low", low);
        s.put("high", high);
        return s;
    }

    /** The value of {@code r} if it may be published: only an {@code OK} row's. */
    private static Optional<Double> published(IndicatorResult r) {
        return r.status() == ResultStatus.OK ? r.value() : Optional.empty();
    }

    // ---- helpers ----

    private String t(String key) {
        return lang.text(key);
    }

    private ReportingPeriod latest() {
        return periods.isEmpty()
                ? ReportingPeriod.year(java.time.Year.now().getValue())
                : periods.get(periods.size() - 1);
    }

    /** The levels of the table below the municipality, in the table's order. */
    private List<String> levels() {
        Set<String> levels = new LinkedHashSet<>();
        table.results().forEach(r -> levels.add(r.areaLevel()));
        levels.remove(AreaLevel.MUNICIPALITY.code());
        return List.copyOf(levels);
    }

    /**
     * The level of the charts: the grouping (such as borough) when the table has one, else the first CBS level below
     * the municipality, else the municipality.
     */
    private String chartLevel() {
        List<String> levels = levels();
        for (String level : levels) {
            if (AreaLevel.parse(level).isEmpty()) {
                return level;
            }
        }
        return levels.isEmpty() ? AreaLevel.MUNICIPALITY.code() : levels.get(0);
    }

    private List<String> areasAt(String level) {
        Set<String> areas = new LinkedHashSet<>();
        table.results().forEach(r -> {
            if (r.areaLevel().equals(level)) {
                areas.add(r.area());
            }
        });
        return List.copyOf(areas);
    }

    private Optional<IndicatorResult> anyRow(String area) {
        return table.results().find(r -> r.area().equals(area)).toJavaOptional();
    }

    private String areaName(String level, String code) {
        return labels.areaName(level, code).map(n -> n + " (" + code + ")").orElse(code);
    }

    /** The definition's name: in Dutch for the reference catalogue's own definitions on a Dutch page. */
    private String name(IndicatorDefinition d) {
        return dutch(d).map(DutchCatalogue.Words::name).orElse(d.name());
    }

    private String description(IndicatorDefinition d) {
        return dutch(d).map(DutchCatalogue.Words::description).orElse(d.description());
    }

    private String unit(IndicatorDefinition d) {
        return dutch(d).map(DutchCatalogue.Words::unit).orElse(d.unit());
    }

    private Optional<DutchCatalogue.Words> dutch(IndicatorDefinition d) {
        return lang == ReportLanguage.NL ? DutchCatalogue.of(d) : Optional.empty();
    }

    private String goalName(String goal) {
        if (goal.isEmpty()) {
            return t("other.indicators");
        }
        return lang.has("goal." + goal) ? t("goal." + goal) : goal;
    }

    /** The value of {@code r} in words: a number of an {@code OK} row, else the status's symbol. */
    private String valueText(IndicatorDefinition d, IndicatorResult r) {
        if (r.status() == ResultStatus.SUPPRESSED) {
            return SUPPRESSED;
        }
        return published(r).map(v -> number(d, v)).orElse(NO_DATA);
    }

    private String intervalText(IndicatorDefinition d, IndicatorResult r) {
        if (r.status() != ResultStatus.OK || r.interval().isEmpty()) {
            return "";
        }
        return " [" + number(d, r.interval().get().lower()) + " – "
                + number(d, r.interval().get().upper()) + "]";
    }

    private String number(IndicatorDefinition d, double v) {
        if (isShare(d)) {
            return String.format(lang.locale(), "%.1f%%", v * 100);
        }
        double abs = Math.abs(v);
        String format = abs >= 100 || v == Math.rint(v) ? "%,.0f" : abs >= 10 ? "%.1f" : "%.2f";
        return String.format(lang.locale(), format, v);
    }

    private String percent(double fraction) {
        return String.format(lang.locale(), "%s%%", trim(fraction * 100));
    }

    private static String trim(double v) {
        String text = java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
        return text;
    }

    /**
     * Whether the values of {@code d} are fractions shown as percentages: a proportion, transition, network or
     * threshold share, or the change of one (as the results workbook shows them).
     */
    private boolean isShare(IndicatorDefinition d) {
        IndicatorKind kind = d.kind();
        if (kind == IndicatorKind.CHANGE) {
            for (IndicatorId base : d.measure().base()) {
                Optional<IndicatorDefinition> named = labels.indicator(base);
                if (named.isPresent() && named.get().kind() != IndicatorKind.CHANGE && isShare(named.get())) {
                    return true;
                }
            }
            return false;
        }
        return kind == IndicatorKind.PROPORTION
                || kind == IndicatorKind.TRANSITION
                || kind == IndicatorKind.NETWORK
                || kind == IndicatorKind.THRESHOLD_SHARE;
    }

    /** {@code text} escaped for HTML text and attribute values. */
    static String esc(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** ECharts' minified script from its WebJar, safe inside a {@code script} element. */
    static String echarts() {
        ClassLoader loader = HtmlReport.class.getClassLoader();
        try (InputStream in = loader == null ? null : loader.getResourceAsStream(ECHARTS)) {
            if (in == null) {
                throw new IllegalStateException("the ECharts WebJar (org.webjars.npm:echarts:" + ECHARTS_VERSION
                        + ") is not on the class path: " + ECHARTS);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("</script", "<\\/script");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final String CSS = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;margin:0 auto;max-width:1200px;padding:0 1.5em 3em;color:#222;line-height:1.4}
            h1{margin-bottom:.2em}h2{border-bottom:2px solid #ddd;padding-bottom:.2em;margin-top:2em}
            .sub{color:#555;margin-top:0}.warning{background:#fde2e1;border:1px solid #c0392b;padding:.5em;font-weight:bold}
            nav>ol>li>ol{columns:3}table{border-collapse:collapse;font-size:.85em;margin:.5em 0 1.5em}
            th,td{border:1px solid #ddd;padding:.25em .5em;text-align:right;vertical-align:top}th{background:#f5f5f5}
            tbody th{text-align:left}.scroll{overflow-x:auto}
            .cell{display:inline-block;padding:.1em .4em}td.cell{display:table-cell}
            .cmp-BETTER{background:#1a9850;color:#fff}.cmp-SIMILAR{background:#fee08b;color:#222}
            .cmp-WORSE{background:#d73027;color:#fff}.cmp-NOT_COMPARED{background:#eee;color:#222}
            .cmp-BENCHMARK{background:#fff;font-weight:bold}tr.benchmark th{font-weight:bold}
            .st-SUPPRESSED,.st-NO_DATA{color:#777;text-align:center}
            .charts{display:flex;flex-wrap:wrap;gap:1em}figure{flex:1 1 520px;margin:0}
            figcaption{font-weight:bold;font-size:.9em}.chart{width:100%;height:380px}
            .chart.empty{height:auto;padding:2em 1em;background:#f5f5f5;color:#555;font-style:italic}
            dl.definition{display:grid;grid-template-columns:max-content auto;gap:.2em 1em}dt{font-weight:bold}dd{margin:0}
            article{border-top:1px solid #eee;margin-top:1.5em}code{word-break:break-all}
            #js-error{background:#c0392b;color:#fff;padding:1em}
            """;

    /** The script that draws every chart from the embedded data; marks the body when all are drawn. */
    private static final String CHARTS = """
            (function(){
              var data = JSON.parse(document.getElementById('report-data').textContent);
              var colours = {BETTER:'#1a9850', SIMILAR:'#e6b800', WORSE:'#d73027', NOT_COMPARED:'#9e9e9e'};
              var palette = ['#1f77b4','#ff7f0e','#2ca02c','#9467bd','#8c564b','#e377c2','#17becf','#bcbd22','#7f7f7f','#d62728'];
              function fmt(v, unit){ return v == null ? '' : (Math.round(v*100)/100) + (unit === '%' ? '%' : ''); }
              function band(name, colour, s){
                var items = [];
                for (var i = 0; i + 1 < s.low.length; i++) {
                  if (s.low[i] != null && s.low[i+1] != null) { items.push([i, s.low[i], s.high[i], s.low[i+1], s.high[i+1]]); }
                }
                return {name:name, type:'custom', silent:true, tooltip:{show:false}, z:1, data:items,
                  encode:{x:0, y:[1,2,3,4]},
                  renderItem:function(params, api){
                    var x = api.value(0);
                    var pts = [api.coord([x, api.value(1)]), api.coord([x+1, api.value(3)]),
                               api.coord([x+1, api.value(4)]), api.coord([x, api.value(2)])];
                    return {type:'polygon', shape:{points:pts}, style:{fill:colour, opacity:0.15}};
                  }};
              }
              function line(el, ind){
                var series = [];
                ind.series.forEach(function(s, k){
                  var colour = s.benchmark ? '#000000' : palette[k % palette.length];
                  var main = {name:s.name, type:'line', data:s.values, z:3, symbolSize:6, color:colour,
                    lineStyle:{color:colour, width: s.benchmark ? 3 : 2, type: s.benchmark ? 'dashed' : 'solid'}};
                  if (k === 0) {
                    var marks = [];
                    if (ind.baseline != null && ind.periods.indexOf(ind.baseline) >= 0) {
                      marks.push({xAxis:ind.baseline, label:{formatter:data.labels.baseline}, lineStyle:{color:'#555', type:'dotted'}});
                    }
                    ind.targets.forEach(function(t){
                      marks.push({yAxis:t, label:{formatter:data.labels.target + ' ' + fmt(t, ind.unit)}, lineStyle:{color:'#c0392b', type:'solid'}});
                    });
                    if (marks.length) { main.markLine = {symbol:'none', silent:true, data:marks}; }
                  }
                  series.push(main);
                  series.push(band(s.name, colour, s));
                });
                var chart = echarts.init(el, null, {renderer:'svg'});
                chart.setOption({animation:false, color:palette,
                  tooltip:{trigger:'axis', valueFormatter:function(v){ return fmt(v, ind.unit); }},
                  legend:{type:'scroll', top:0},
                  grid:{top:50, left:60, right:30, bottom:30},
                  xAxis:{type:'category', data:ind.periods, boundaryGap:false},
                  yAxis:{type:'value', name:ind.unit, scale:true},
                  series:series});
                return chart;
              }
              function ranked(el, ind){
                var names = ind.ranked.map(function(b){ return b.name; });
                el.style.height = Math.max(240, 60 + 28 * names.length) + 'px';
                var bars = {type:'bar', name:ind.name, z:2,
                  data:ind.ranked.map(function(b){ return {value:b.value, itemStyle:{color:colours[b.cmp]}}; })};
                if (ind.benchmarkValue != null) {
                  bars.markLine = {symbol:'none', silent:true, data:[{xAxis:ind.benchmarkValue,
                    label:{formatter:ind.benchmarkName + ' ' + fmt(ind.benchmarkValue, ind.unit)}, lineStyle:{color:'#000', type:'dashed', width:2}}]};
                }
                var errors = {type:'custom', name:'interval', silent:true, z:3, tooltip:{show:false},
                  data:ind.ranked.map(function(b, i){ return [b.low, b.high, i]; }).filter(function(d){ return d[0] != null; }),
                  encode:{x:[0,1], y:2},
                  renderItem:function(params, api){
                    var lo = api.coord([api.value(0), api.value(2)]), hi = api.coord([api.value(1), api.value(2)]);
                    var h = api.size([0, 1])[1] * 0.25;
                    var st = {stroke:'#222', lineWidth:1.5};
                    return {type:'group', children:[
                      {type:'line', shape:{x1:lo[0], y1:lo[1], x2:hi[0], y2:hi[1]}, style:st},
                      {type:'line', shape:{x1:lo[0], y1:lo[1]-h, x2:lo[0], y2:lo[1]+h}, style:st},
                      {type:'line', shape:{x1:hi[0], y1:hi[1]-h, x2:hi[0], y2:hi[1]+h}, style:st}]};
                  }};
                var chart = echarts.init(el, null, {renderer:'svg'});
                chart.setOption({animation:false,
                  tooltip:{trigger:'axis', axisPointer:{type:'shadow'}, valueFormatter:function(v){ return fmt(v, ind.unit); }},
                  grid:{top:20, left:10, right:40, bottom:30, containLabel:true},
                  xAxis:{type:'value', name:ind.unit, scale:true},
                  yAxis:{type:'category', data:names},
                  series:[bars, errors]});
                return chart;
              }
              // what a chart drew, read back from ECharts: its series of the type, and the items it made a shape for
              function mark(el, chart, type){
                var series = 0, points = 0;
                chart.getModel().eachSeriesByType(type, function(s){
                  series++;
                  var d = s.getData();
                  for (var i = 0; i < d.count(); i++) { if (d.getItemGraphicEl(i)) { points++; } }
                });
                el.setAttribute('data-series-drawn', String(series));
                el.setAttribute('data-points-drawn', String(points));
              }
              function empty(el){
                el.className = 'chart empty';
                el.textContent = data.labels.empty;
                el.setAttribute('data-series-drawn', '0');
                el.setAttribute('data-points-drawn', '0');
              }
              function published(ind){
                return ind.series.some(function(s){ return s.values.some(function(v){ return v != null; }); });
              }
              var drawn = 0, charts = [];
              document.querySelectorAll('.chart').forEach(function(el){
                var ind = data.indicators[+el.getAttribute('data-index')];
                if (el.getAttribute('data-chart') === 'line') {
                  if (published(ind)) { var c = line(el, ind); mark(el, c, 'line'); charts.push(c); } else { empty(el); }
                } else {
                  if (ind.ranked.length) { var r = ranked(el, ind); mark(el, r, 'bar'); charts.push(r); } else { empty(el); }
                }
                drawn++;
              });
              window.addEventListener('resize', function(){ charts.forEach(function(c){ c.resize(); }); });
              document.body.setAttribute('data-charts-drawn', String(drawn));
            })();
            """;
}
