package nl.welfare.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.welfare.adapters.files.datapackage.DataPackageReader;
import nl.welfare.adapters.files.results.ResultLabels;
import nl.welfare.domain.area.AreaLevel;
import nl.welfare.domain.time.PeriodGranularity;
import nl.welfare.domain.time.ReportingPeriod;
import nl.welfare.indicators.catalogue.ReferenceCatalogue;
import nl.welfare.indicators.dataset.Dataset;
import nl.welfare.indicators.definition.IndicatorDefinition;
import nl.welfare.indicators.engine.EvaluationQuery;
import nl.welfare.indicators.engine.IndicatorEngine;
import nl.welfare.indicators.engine.IndicatorTable;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report in a real browser: headless Chromium opens the file offline, runs its scripts and dumps the DOM, in which
 * every chart container holds the SVG ECharts drew and no script error was written. Skipped, saying why, where
 * {@code /usr/bin/chromium} is absent (Debian: {@code apt-get install chromium}), so a bare machine's build passes.
 */
@DisplayName("the HTML report in headless Chromium")
class BrowserRenderTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @Test
    @DisplayName("every chart is drawn as SVG and no script fails")
    void chartsRender(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(
                Files.isExecutable(CHROMIUM), "no " + CHROMIUM + " on this machine: the browser test is skipped");
        Dataset dataset = DataPackageReader.read(Path.of("..", "examples", "data", "enschede"));
        List<IndicatorDefinition> definitions = ReferenceCatalogue.all().toJavaList();
        IndicatorTable table = IndicatorEngine.evaluate(
                definitions,
                dataset,
                EvaluationQuery.builder()
                        .period(ReportingPeriod.years(2018, 2022))
                        .level(AreaLevel.DISTRICT)
                        .grouping("borough")
                        .granularity(PeriodGranularity.YEAR)
                        .baseline(ReportingPeriod.year(2018))
                        .build());
        Path file = dir.resolve("report.html");
        HtmlReport.write(
                table,
                definitions,
                ResultLabels.of(definitions, dataset),
                AreaLevel.MUNICIPALITY,
                new ReportProvenance(
                        "enschede-example", "sha256:test", Optional.empty(), Optional.empty(), "test", "test", "now"),
                ReportLanguage.NL,
                file);
        String html = Files.readString(file);
        int containers = count(html, "class=\"chart\"");
        assertTrue(containers > 0, "the page has charts");

        String dom = dumpDom(file, dir.resolve("profile"));
        assertFalse(
                dom.contains("data-js-error=\"1\"") || dom.contains("<pre id=\"js-error\""),
                () -> "a script error: " + excerpt(dom, "<pre id=\"js-error\""));
        Matcher drawn = Pattern.compile("data-charts-drawn=\"(\\d+)\"").matcher(dom);
        assertTrue(drawn.find(), "the charts' script ran to its end");
        assertEquals(containers, Integer.parseInt(drawn.group(1)), "every chart drawn");
        assertTrue(count(dom, "<svg") >= containers, "an SVG per chart: " + count(dom, "<svg") + " of " + containers);
    }

    private static String dumpDom(Path file, Path profile) throws IOException, InterruptedException {
        Path stdout = profile.resolveSibling("dom.html");
        Process chromium = new ProcessBuilder(
                        CHROMIUM.toString(),
                        "--headless",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-quic",
                        "--no-first-run",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--user-data-dir=" + profile,
                        "--dump-dom",
                        file.toUri().toString())
                .redirectOutput(stdout.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!chromium.waitFor(120, TimeUnit.SECONDS)) {
            chromium.destroyForcibly();
            throw new AssertionError("chromium did not finish within 120 s");
        }
        return Files.readString(stdout, StandardCharsets.UTF_8);
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }

    private static String excerpt(String text, String part) {
        int at = Math.max(0, text.indexOf(part));
        return text.substring(at, Math.min(text.length(), at + 400));
    }
}
