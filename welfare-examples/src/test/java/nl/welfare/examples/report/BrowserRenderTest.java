package nl.welfare.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
import nl.welfare.indicators.disclosure.DisclosureRules;
import nl.welfare.indicators.engine.EvaluationQuery;
import nl.welfare.indicators.engine.IndicatorEngine;
import nl.welfare.indicators.engine.IndicatorResult;
import nl.welfare.indicators.engine.IndicatorTable;
import nl.welfare.indicators.engine.ResultStatus;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report in a real browser: headless Chromium opens the file offline, runs its scripts and dumps the DOM. Each
 * chart writes what ECharts drew (its series and the items it made a shape for) into its element; this test counts
 * from the results table, with plain loops, what each chart should draw, and compares. It also reads the rendered page
 * as an attacker would: no true value of a suppressed cell (computed here without disclosure control) appears in it.
 * A screenshot goes to {@code target/report-screenshot.png}.
 *
 * <p>Skipped, saying why, where {@code /usr/bin/chromium} is absent (Debian: {@code apt-get install chromium}), so a
 * bare machine's build passes; under CI ({@code CI=true}, as {@code .ci/run} sets it) a missing browser fails.
 */
@DisplayName("the HTML report in headless Chromium")
class BrowserRenderTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private static List<IndicatorDefinition> definitions = List.of();
    private static Dataset dataset;
    private static IndicatorTable released;

    @BeforeAll
    static void compute() {
        if ("true".equals(System.getenv("CI"))) {
            assertTrue(Files.isExecutable(CHROMIUM), "CI must have " + CHROMIUM + ": .ci/run installs it");
        }
        Assumptions.assumeTrue(
                Files.isExecutable(CHROMIUM), "no " + CHROMIUM + " on this machine: the browser test is skipped");
        dataset = DataPackageReader.read(Path.of("..", "examples", "data", "enschede"));
        definitions = ReferenceCatalogue.all().toJavaList();
        released = IndicatorEngine.evaluate(definitions, dataset, query(DisclosureRules.standard()));
    }

    private static EvaluationQuery query(DisclosureRules disclosure) {
        return EvaluationQuery.builder()
                .period(ReportingPeriod.years(2018, 2022))
                .level(AreaLevel.DISTRICT)
                .grouping("borough")
                .granularity(PeriodGranularity.YEAR)
                .baseline(ReportingPeriod.year(2018))
                .disclosure(disclosure)
                .build();
    }

    @Test
    @DisplayName("every chart draws as many series and points as the table has published values, with no error")
    void chartsRender(@TempDir Path dir) throws Exception {
        Path file = write(dir, ReportLanguage.NL);
        String html = Files.readString(file);
        int containers = count(html, "class=\"chart\"");
        assertEquals(2 * reportedOrder(html).size(), containers, "two charts per indicator");

        Rendered page = render(file, dir.resolve("profile"));
        String dom = page.dom();
        assertFalse(
                dom.contains("data-js-error=\"1\"") || dom.contains("<pre id=\"js-error\""),
                () -> "a script error: " + excerpt(dom, "<pre id=\"js-error\""));
        assertEquals(List.of(), page.consoleErrors(), "the browser's console has no errors");
        Matcher drawn = Pattern.compile("data-charts-drawn=\"(\\d+)\"").matcher(dom);
        assertTrue(drawn.find(), "the charts' script ran to its end");
        assertEquals(containers, Integer.parseInt(drawn.group(1)), "every chart drawn");

        // what each chart should draw, counted from the table: one line per area of the municipality and the
        // borough level, a point per OK value; a bar per borough with an OK value in the latest year
        List<String> lineAreas = new ArrayList<>(areasAt(AreaLevel.MUNICIPALITY.code()));
        lineAreas.addAll(areasAt("borough"));
        ReportingPeriod latest = ReportingPeriod.year(2022);
        Matcher chart = Pattern.compile("<div class=\"chart[^\"]*\" data-chart=\"(line|ranked)\" data-index=\"(\\d+)\""
                        + "[^>]*?data-series-drawn=\"(\\d+)\" data-points-drawn=\"(\\d+)\"")
                .matcher(dom);
        List<String> reported = reportedOrder(html);
        int charts = 0;
        int empty = 0;
        int points = 0;
        while (chart.find()) {
            charts++;
            String id = reported.get(Integer.parseInt(chart.group(2)));
            int series = Integer.parseInt(chart.group(3));
            int drawnPoints = Integer.parseInt(chart.group(4));
            int expectedPoints = 0;
            int expectedSeries;
            if (chart.group(1).equals("line")) {
                for (String area : lineAreas) {
                    for (IndicatorResult r : released.results()) {
                        if (r.indicator().value().equals(id)
                                && r.area().equals(area)
                                && r.status() == ResultStatus.OK
                                && r.value().isPresent()) {
                            expectedPoints++;
                        }
                    }
                }
                expectedSeries = expectedPoints == 0 ? 0 : lineAreas.size();
            } else {
                for (String area : areasAt("borough")) {
                    for (IndicatorResult r : released.results()) {
                        if (r.indicator().value().equals(id)
                                && r.area().equals(area)
                                && r.period().equals(latest)
                                && r.status() == ResultStatus.OK
                                && r.value().isPresent()) {
                            expectedPoints++;
                        }
                    }
                }
                expectedSeries = expectedPoints == 0 ? 0 : 1;
            }
            if (expectedPoints == 0) {
                empty++;
            }
            assertEquals(expectedSeries, series, chart.group(1) + " chart of " + id + ": series");
            assertEquals(expectedPoints, drawnPoints, chart.group(1) + " chart of " + id + ": points drawn");
            points += drawnPoints;
        }
        assertEquals(containers, charts, "every chart reported what it drew");
        assertTrue(points > 30, "points drawn: " + points);
        assertTrue(count(dom, "<svg") >= containers - empty, "an SVG per chart with values");
        assertEquals(empty, count(dom, "class=\"chart empty\""), "a chart without published values says so");

        // a screenshot to look at (the first screen of the page)
        Path shot = Path.of("target", "report-screenshot.png").toAbsolutePath();
        screenshot(file, dir.resolve("profile-shot"), shot, 1280, 2400);
        assertTrue(Files.size(shot) > 10_000, "a screenshot was written: " + shot);
    }

    @Test
    @DisplayName("no true value of a suppressed cell is in the rendered page, in either language")
    void noSuppressedFigure(@TempDir Path dir) throws Exception {
        IndicatorTable truth = IndicatorEngine.evaluate(definitions, dataset, query(DisclosureRules.none()));
        // figures the table publishes anyway (a Wilson bound of 0 of 1 initiatives, say) are no secret where they recur
        List<Double> published = new ArrayList<>();
        for (IndicatorResult r : released.results()) {
            if (r.status() == ResultStatus.OK) {
                for (double v : figures(r)) {
                    published.add(v);
                    published.add(v * 100);
                }
            }
        }
        List<Double> secrets = new ArrayList<>();
        for (IndicatorResult r : released.results()) {
            if (r.status() == ResultStatus.SUPPRESSED) {
                for (double v :
                        figures(truth.find(r.indicator(), r.area(), r.period()).get())) {
                    for (double form : List.of(v, v * 100)) {
                        // only figures specific enough to be a leak, not a coincidence (0.5, 12.0)
                        if (significantDigits(form) >= 8 && !near(published, form)) {
                            secrets.add(form);
                        }
                    }
                }
            }
        }
        assertTrue(secrets.size() > 20, "suppressed cells with specific true figures: " + secrets.size());
        for (ReportLanguage lang : ReportLanguage.values()) {
            Path file = write(dir, lang);
            String html = Files.readString(file);
            String dom = render(file, dir.resolve("profile-" + lang.code())).dom();
            for (String page : List.of(html, dom)) {
                List<Double> numbers = new ArrayList<>();
                Matcher m = Pattern.compile("-?\\d+\\.\\d{6,}").matcher(page);
                while (m.find()) {
                    numbers.add(Double.parseDouble(m.group()));
                }
                assertTrue(numbers.size() > 20, "the page's numbers were read: " + numbers.size());
                for (double secret : secrets) {
                    assertFalse(near(numbers, secret), () -> lang + ": the page holds " + secret + ", suppressed");
                }
            }
        }
    }

    private static int significantDigits(double v) {
        return Double.toString(Math.abs(v))
                .replaceAll("E.*", "")
                .replace(".", "")
                .replaceAll("^0+", "")
                .length();
    }

    /** Whether {@code among} holds {@code v} up to the last bits (a number may be written to 15, 16 or 17 digits). */
    private static boolean near(List<Double> among, double v) {
        for (double x : among) {
            if (Math.abs(x - v) <= 1e-12 * Math.max(1, Math.abs(v))) {
                return true;
            }
        }
        return false;
    }

    private static List<Double> figures(IndicatorResult r) {
        List<Double> v = new ArrayList<>();
        r.value().ifPresent(v::add);
        r.interval().ifPresent(iv -> {
            v.add(iv.lower());
            v.add(iv.upper());
        });
        r.numerator().ifPresent(v::add);
        r.denominator().ifPresent(v::add);
        return v;
    }

    private static Path write(Path dir, ReportLanguage lang) throws IOException {
        Path file = dir.resolve("report-" + lang.code() + ".html");
        HtmlReport.write(
                released,
                definitions,
                ResultLabels.of(definitions, dataset),
                AreaLevel.MUNICIPALITY,
                new ReportProvenance(
                        "enschede-example", "sha256:test", Optional.empty(), Optional.empty(), "test", "test", "now"),
                lang,
                file);
        return file;
    }

    /** The indicators in the order of the page's articles, which the charts' {@code data-index} counts. */
    private static List<String> reportedOrder(String html) {
        List<String> ids = new ArrayList<>();
        Matcher m = Pattern.compile("<article id=\"ind-([a-z0-9-]+)\"").matcher(html);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    private static List<String> areasAt(String level) {
        Set<String> areas = new LinkedHashSet<>();
        for (IndicatorResult r : released.results()) {
            if (r.areaLevel().equals(level)) {
                areas.add(r.area());
            }
        }
        return List.copyOf(areas);
    }

    /** The DOM after the scripts ran, and the console's error lines. */
    record Rendered(String dom, List<String> consoleErrors) {}

    private static Rendered render(Path file, Path profile) throws IOException, InterruptedException {
        Path stdout = profile.resolveSibling(profile.getFileName() + "-dom.html");
        Path stderr = profile.resolveSibling(profile.getFileName() + "-stderr.txt");
        run(
                List.of(
                        "--enable-logging=stderr",
                        "--v=0",
                        "--dump-dom",
                        file.toUri().toString()),
                profile,
                stdout,
                stderr);
        List<String> errors = new ArrayList<>();
        for (String line : Files.readAllLines(stderr, StandardCharsets.UTF_8)) {
            // Chromium logs the page's console as CONSOLE lines; an uncaught error says "Uncaught"
            if (line.contains("CONSOLE") && (line.contains("Uncaught") || line.contains("rror"))) {
                errors.add(line);
            }
        }
        return new Rendered(Files.readString(stdout, StandardCharsets.UTF_8), errors);
    }

    private static void screenshot(Path file, Path profile, Path shot, int width, int height)
            throws IOException, InterruptedException {
        Files.createDirectories(shot.getParent());
        Files.deleteIfExists(shot);
        Path log = profile.resolveSibling(profile.getFileName() + "-log.txt");
        run(
                List.of(
                        "--hide-scrollbars",
                        "--window-size=" + width + "," + height,
                        "--screenshot=" + shot,
                        file.toUri().toString()),
                profile,
                log,
                log.resolveSibling(profile.getFileName() + "-err.txt"));
    }

    private static void run(List<String> args, Path profile, Path stdout, Path stderr)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                CHROMIUM.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + profile));
        command.addAll(args);
        Process chromium = new ProcessBuilder(command)
                .redirectOutput(stdout.toFile())
                .redirectError(stderr.toFile())
                .start();
        if (!chromium.waitFor(120, TimeUnit.SECONDS)) {
            chromium.destroyForcibly();
            throw new AssertionError("chromium did not finish within 120 s");
        }
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
