package nl.welfare.benchmarks;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nl.welfare.adapters.files.datapackage.DataPackageReader;
import nl.welfare.adapters.files.results.ResultsFormat;
import nl.welfare.adapters.files.results.ResultsWriter;
import nl.welfare.indicators.catalogue.ReferenceCatalogue;
import nl.welfare.indicators.dataset.Dataset;
import nl.welfare.indicators.definition.IndicatorDefinition;
import nl.welfare.indicators.disclosure.DisclosureRules;
import nl.welfare.indicators.engine.EvaluationQuery;
import nl.welfare.indicators.engine.IndicatorEngine;
import nl.welfare.indicators.engine.IndicatorTable;

/**
 * The side-by-side harness of issue 14, one command: for each size (S 10,000, M 100,000, L 1,000,000 residents over
 * every Dutch neighbourhood, 2018-2022, seed 1, about 10 participations each: {@link Workloads}) it generates the package when the cache lacks it, checks that the peer
 * computes what we compute ({@link PeerCheck}; it stops when they differ), then measures, interleaved, a warm-up run
 * first and then {@code --runs} runs of each:
 *
 * <ol>
 *   <li>end to end, each a whole process: {@code welfare compute} with everything on, and with {@code --disclosure
 *       none}, against the peer ({@link Peer}: DuckDB load, query, CSV);
 *   <li>in this process: our load ({@code DataPackageReader.read}), evaluation ({@code IndicatorEngine.release} with
 *       disclosure control off), disclosure decision (the release with the standard rules, less the evaluation: the
 *       public API does not time it apart) and write ({@code ResultsWriter.writeFile}, CSV), against DuckDB's load,
 *       query ({@code CREATE TABLE AS}) and {@code COPY TO};
 *   <li>the peak heap of {@code welfare compute} (everything on) and the smallest {@code -Xmx} with which it succeeds
 *       (a search over 256m to 4g in steps of 128m), per participation, for the sizes of {@code --xmx-sizes};
 *   <li>with PostgreSQL reachable through {@code psql}: {@code welfare import} of the {@code --pg-size} package against
 *       {@code psql \copy} of the same files, in rows per second;
 *   <li>and {@code welfare compute --jdbc} inside PostgreSQL against the peer's SQL ({@code
 *       indicators-postgresql.sql}) run by {@code psql} over the copied tables;
 *   <li>all of it for each size, so that the growth shows.
 * </ol>
 *
 * <p>It prints a table (workload, ours, peer, ratio, goal, met) and writes it to {@code RESULTS.md} with the machine,
 * the command and the date. Options: {@code --sizes S,M,L}, {@code --runs 3}, {@code --xmx-sizes L}, {@code --pg-size
 * M} ({@code none} to skip PostgreSQL), {@code --pg-host 127.0.0.1}, {@code --pg-port 5432}, {@code --pg-db test},
 * {@code --pg-user postgres}, {@code --workloads DIR}, {@code --results FILE}, {@code --note TEXT}.
 */
public final class SideBySide {

    private static final int FROM = Workloads.FROM;
    private static final int TO = Workloads.TO;
    private static final Map<String, Integer> SIZES = Workloads.SIZES;
    private static final String OUR_SCHEMA = "welfare_bench";
    private static final String PEER_SCHEMA = "welfare_bench_peer";

    /** One line of the results table. */
    record Line(String workload, String ours, String peer, String ratio, String goal, String met) {}

    private final List<Line> lines = new ArrayList<>();
    private final Map<String, Samples> endToEnd = new LinkedHashMap<>();
    private final Map<String, Long> participations = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();
    private final Path jar;
    private final Path scratch;
    private final int runs;

    private SideBySide(Path jar, Path scratch, int runs) {
        this.jar = jar;
        this.scratch = scratch;
        this.runs = runs;
    }

    /** Runs the harness; see the class comment for the options. */
    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        Path jar = jar();
        Path module = jar.getParent().getParent();
        List<String> sizes = List.of(options.getOrDefault("sizes", "S,M,L").split(","));
        for (String size : sizes) {
            if (!SIZES.containsKey(size)) {
                throw new IllegalArgumentException("--sizes takes S, M and L, not " + size);
            }
        }
        int runs = Integer.parseInt(options.getOrDefault("runs", "3"));
        Path workloads = Path.of(options.getOrDefault(
                "workloads", module.resolve("target/workloads").toString()));
        Path results = Path.of(
                options.getOrDefault("results", module.resolve("RESULTS.md").toString()));
        List<String> xmxSizes = List.of(options.getOrDefault("xmx-sizes", "L").split(","));
        String pgSize = options.getOrDefault("pg-size", "M");
        Postgres pg = new Postgres(
                options.getOrDefault("pg-host", "127.0.0.1"),
                options.getOrDefault("pg-port", "5432"),
                options.getOrDefault("pg-db", "test"),
                options.getOrDefault("pg-user", "postgres"));
        Path scratch = Files.createDirectories(workloads.resolve("scratch"));
        SideBySide harness = new SideBySide(jar, scratch, runs);
        String started =
                DateTimeFormatter.ISO_INSTANT.format(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));

        for (String size : sizes) {
            Path dir = harness.workload(workloads, size);
            harness.check(size, dir);
            harness.endToEnd(size, dir);
            harness.phases(size, dir);
            if (xmxSizes.contains(size)) {
                harness.memory(size, dir);
            }
            if (size.equals(pgSize)) {
                if (pg.reachable()) {
                    harness.postgres(size, dir, pg);
                } else {
                    harness.notes.add("PostgreSQL at " + pg.host + ":" + pg.port + " (psql) was not reachable:"
                            + " the import and in-database measures were skipped.");
                }
            }
        }
        harness.growth(sizes);
        String table = harness.table();
        System.out.println();
        System.out.println(table);
        String command =
                "java -jar welfare-benchmarks/target/welfare-benchmarks.jar side-by-side " + String.join(" ", args);
        Files.writeString(results, harness.markdown(table, command.strip(), started, options.get("note")));
        System.out.println("written to " + results);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // the workloads and the check

    private Path workload(Path workloads, String size) throws IOException {
        Path dir = workloads.resolve(size);
        say("the " + size + " workload (" + SIZES.get(size) + " residents, every Dutch neighbourhood, the benchmark"
                + " density) in " + dir + ", generated unless it is there ...");
        Workloads.generate(dir, SIZES.get(size));
        participations.put(size, rows(dir.resolve("participations.csv")));
        return dir;
    }

    private void check(String size, Path dir) throws IOException, SQLException {
        say(size + ": checking that the peer computes what we compute (--disclosure none) ...");
        PeerCheck.Outcome outcome = PeerCheck.check(dir, FROM, TO);
        boolean equal = PeerCheck.print(outcome, new PrintWriter(System.out, true));
        if (!equal) {
            System.err.println("THE PEER DIFFERS FROM OURS at " + size + ": nothing is timed. Fix the peer or ours.");
            System.exit(1);
        }
        notes.add(size + ": the peer equals ours on all " + outcome.ourRows() + " OK rows of "
                + outcome.rowsPerIndicator().size() + " indicators (PeerCheck, --disclosure none).");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // 1. end to end, whole processes

    private void endToEnd(String size, Path dir) throws IOException, InterruptedException {
        say(size + ": end to end, whole processes (warm-up, then " + runs + " runs, interleaved) ...");
        List<String> compute = List.of(
                "compute", dir.toString(),
                "--level", "neighbourhood",
                "--period", "year",
                "--from", Integer.toString(FROM),
                "--to", Integer.toString(TO));
        Samples all = new Samples();
        Samples none = new Samples();
        Samples peer = new Samples();
        for (int run = 0; run <= runs; run++) {
            long a = java(
                    List.of(), "nl.welfare.examples.cli.Welfare", plus(compute, "--out", scratch.resolve("ours.csv")));
            long b = java(
                    List.of(),
                    "nl.welfare.examples.cli.Welfare",
                    plus(plus(compute, "--disclosure", "none"), "--out", scratch.resolve("ours-none.csv")));
            long c = java(
                    List.of(),
                    "nl.welfare.benchmarks.Peer",
                    List.of(
                            dir.toString(),
                            Integer.toString(FROM),
                            Integer.toString(TO),
                            scratch.resolve("peer.csv").toString()));
            if (run > 0) {
                all.add(a);
                none.add(b);
                peer.add(c);
            }
        }
        endToEnd.put(size, all);
        add(size + " end to end, everything on (process)", all, peer, 1.5, "<= 1.5x DuckDB e2e", size);
        add(size + " end to end, --disclosure none (process)", none, peer, 1.0, "<= 1.0x DuckDB e2e", size);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // 2. in process, phase by phase

    private void phases(String size, Path dir) throws Exception {
        say(size + ": in process, phase by phase (warm-up, then " + runs + " runs, interleaved) ...");
        List<IndicatorDefinition> definitions = ReferenceCatalogue.all().toJavaList();
        Samples load = new Samples();
        Samples evaluation = new Samples();
        Samples release = new Samples();
        Samples write = new Samples();
        Samples peerLoad = new Samples();
        Samples peerQuery = new Samples();
        Samples peerWrite = new Samples();
        for (int run = 0; run <= runs; run++) {
            boolean counted = run > 0;
            System.gc();
            long t0 = System.nanoTime();
            Dataset dataset = DataPackageReader.read(dir);
            long t1 = System.nanoTime();
            IndicatorEngine.release(definitions, dataset, query(DisclosureRules.none()), false);
            long t2 = System.nanoTime();
            IndicatorTable table = IndicatorEngine.release(
                            definitions, dataset, query(DisclosureRules.standard()), false)
                    .table();
            long t3 = System.nanoTime();
            ResultsWriter.writeFile(table, ResultsFormat.CSV, scratch.resolve("phase-ours.csv"));
            long t4 = System.nanoTime();
            dataset = null;
            table = null;
            System.gc();
            long p0 = System.nanoTime();
            try (Connection connection = Peer.open();
                    Statement statement = connection.createStatement()) {
                Peer.load(connection, dir);
                long p1 = System.nanoTime();
                statement.execute("CREATE TABLE peer_results AS " + Peer.query(FROM, TO));
                long p2 = System.nanoTime();
                String file = scratch.resolve("phase-peer.csv")
                        .toAbsolutePath()
                        .toString()
                        .replace("'", "''");
                statement.execute("COPY peer_results TO '" + file + "' (FORMAT csv, HEADER true)");
                long p3 = System.nanoTime();
                if (counted) {
                    peerLoad.add(p1 - p0);
                    peerQuery.add(p2 - p1);
                    peerWrite.add(p3 - p2);
                }
            }
            if (counted) {
                load.add(t1 - t0);
                evaluation.add(t2 - t1);
                release.add(t3 - t2);
                write.add(t4 - t3);
            }
        }
        add(size + " load: read the package / DuckDB read_csv", load, peerLoad, 1.5, "<= 1.5x DuckDB load", size);
        add(size + " evaluation (no disclosure) / DuckDB query", evaluation, peerQuery, Double.NaN, "-", size);
        double decision = release.medianMinus(evaluation);
        lines.add(new Line(
                size + " disclosure decision (release - evaluation) / our evaluation",
                Samples.seconds(decision) + " s",
                Samples.seconds(evaluation.median()) + " s",
                ratio(decision, evaluation.median()),
                "<= 1.0x evaluation",
                met(decision / evaluation.median() <= 1.0, size)));
        add(size + " write CSV / DuckDB COPY TO", write, peerWrite, Double.NaN, "-", size);
        notes.add(size + ": the disclosure decision is timed as the median of the release with the standard rules less"
                + " the median of the release with disclosure control off (" + release.text() + " against "
                + evaluation.text() + "): IndicatorEngine has no public entry that decides disclosure apart.");
    }

    private static EvaluationQuery query(DisclosureRules rules) {
        return Workloads.query(rules);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // 3. memory

    private void memory(String size, Path dir) throws IOException, InterruptedException {
        say(size + ": peak heap, and the smallest -Xmx with which compute (everything on) succeeds ...");
        List<String> compute = List.of(
                "compute", dir.toString(),
                "--level", "neighbourhood",
                "--period", "year",
                "--from", Integer.toString(FROM),
                "--to", Integer.toString(TO),
                "--out", scratch.resolve("heap.csv").toString());
        Probe unbounded = probe(List.of(), compute);
        int floor = 256;
        int low = floor;
        int high = 4096;
        Integer smallest = null;
        if (probe(List.of("-Xmx" + low + "m"), compute).ok()) {
            smallest = low;
        } else if (probe(List.of("-Xmx" + high + "m"), compute).ok()) {
            // low fails, high succeeds: search in steps of 128m
            while (high - low > 128) {
                int mid = low + ((high - low) / 2 / 128) * 128;
                if (mid == low) {
                    mid = low + 128;
                }
                if (probe(List.of("-Xmx" + mid + "m"), compute).ok()) {
                    high = mid;
                } else {
                    low = mid;
                }
            }
            smallest = high;
        }
        long n = participations.get(size);
        String peak = mb(unbounded.live()) + " live after GC (" + perParticipation(unbounded.live(), n)
                + "); pools' peaks " + mb(unbounded.heap()) + ", RSS peak " + mb(unbounded.rss());
        lines.add(new Line(size + " peak heap of compute, everything on (no -Xmx)", peak, "-", "-", "-", "-"));
        String xmx = smallest == null
                ? "fails at 4096m"
                : (smallest == floor ? "<= " + floor + "m" : smallest + "m") + " ("
                        + perParticipation(smallest * 1048576L, n) + ")";
        lines.add(new Line(
                size + " smallest -Xmx, compute everything on",
                xmx,
                "-",
                "-",
                "<= 768m at L",
                size.equals("L") ? (smallest != null && smallest <= 768 ? "yes" : "no") : "-"));
    }

    private record Probe(boolean ok, long heap, long rss, long live) {}

    private Probe probe(List<String> jvm, List<String> args) throws IOException, InterruptedException {
        Path out = scratch.resolve("probe.out");
        List<String> command = new ArrayList<>();
        command.add(javaBinary());
        command.addAll(jvm);
        command.add("-XX:+ExitOnOutOfMemoryError");
        command.add("-cp");
        command.add(jar.toString());
        command.add("nl.welfare.benchmarks.HeapProbe");
        command.addAll(args);
        Process process = new ProcessBuilder(command)
                .redirectOutput(out.toFile())
                .redirectError(scratch.resolve("probe.err").toFile())
                .start();
        int code = process.waitFor();
        long heap = -1;
        long rss = -1;
        long live = -1;
        for (String line : Files.readAllLines(out)) {
            if (line.startsWith("peak-heap ")) {
                String[] f = line.split(" ");
                heap = Long.parseLong(f[1]);
                rss = Long.parseLong(f[3]);
                live = Long.parseLong(f[5]);
            }
        }
        say("  " + String.join(" ", jvm) + " -> exit " + code
                + (heap > 0 ? ", heap peak " + mb(heap) + ", live after GC " + mb(live) : ""));
        return new Probe(code == 0, heap, rss, live);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // 4 and 5. PostgreSQL

    private void postgres(String size, Path dir, Postgres pg) throws IOException, InterruptedException {
        say(size + ": PostgreSQL import (welfare import against psql \\copy), then evaluation in the database ...");
        long rows = 0;
        for (String file : FILES) {
            rows += rows(dir.resolve(file + ".csv"));
        }
        String url = "jdbc:postgresql://" + pg.host + ":" + pg.port + "/" + pg.db + "?user=" + pg.user
                + "&currentSchema=" + OUR_SCHEMA;
        Path copyScript = scratch.resolve("peer-copy.sql");
        StringBuilder copy = new StringBuilder("\\set ON_ERROR_STOP on\n")
                .append("DROP SCHEMA IF EXISTS ")
                .append(PEER_SCHEMA)
                .append(" CASCADE;\n")
                .append("CREATE SCHEMA ")
                .append(PEER_SCHEMA)
                .append(";\n")
                .append("SET search_path TO ")
                .append(PEER_SCHEMA)
                .append(";\n")
                .append("BEGIN;\n")
                .append(Peer.resourceText("postgresql-tables.sql"))
                .append('\n');
        for (String file : FILES) {
            copy.append("\\copy ")
                    .append(file)
                    .append(" FROM '")
                    .append(dir.resolve(file + ".csv")
                            .toAbsolutePath()
                            .toString()
                            .replace("'", "''"))
                    .append("' WITH (FORMAT csv, HEADER true)\n");
        }
        copy.append("COMMIT;\nANALYZE;\n");
        Files.writeString(copyScript, copy.toString());
        String reset = "DROP SCHEMA IF EXISTS " + OUR_SCHEMA + " CASCADE; CREATE SCHEMA " + OUR_SCHEMA + ";";
        Samples ours = new Samples();
        Samples peer = new Samples();
        for (int run = 0; run <= runs; run++) {
            pg.psql(List.of("-c", reset), null);
            long a = java(
                    List.of(), "nl.welfare.examples.cli.Welfare", List.of("import", dir.toString(), "--jdbc", url));
            long b = pg.psql(List.of("-f", copyScript.toString()), null);
            if (run > 0) {
                ours.add(a);
                peer.add(b);
            }
        }
        double ourRate = rows / (ours.median() / 1e9);
        double peerRate = rows / (peer.median() / 1e9);
        lines.add(new Line(
                size + " PostgreSQL import, " + rows + " rows (rows/s)",
                String.format(Locale.ROOT, "%,.0f/s (%s)", ourRate, ours.text()),
                String.format(Locale.ROOT, "%,.0f/s (%s)", peerRate, peer.text()),
                ratio(ourRate, peerRate),
                ">= 0.5x \\copy's rate",
                met(ourRate / peerRate >= 0.5, size)));

        // 5. evaluation inside PostgreSQL: welfare compute --jdbc against the peer's SQL over the copied tables
        String sql = "SET search_path TO " + PEER_SCHEMA + ";\n\\copy (" + oneLine(Peer.query(FROM, TO, true))
                + ") TO '" + scratch.resolve("pg-peer.csv").toAbsolutePath() + "' WITH (FORMAT csv, HEADER true)\n";
        Path querySql = scratch.resolve("peer-query.sql");
        Files.writeString(querySql, "\\set ON_ERROR_STOP on\n" + sql);
        Samples inDb = new Samples();
        Samples peerDb = new Samples();
        for (int run = 0; run <= runs; run++) {
            long a = java(
                    List.of(),
                    "nl.welfare.examples.cli.Welfare",
                    List.of(
                            "compute",
                            dir.toString(),
                            "--jdbc",
                            url,
                            "--level",
                            "neighbourhood",
                            "--period",
                            "year",
                            "--from",
                            Integer.toString(FROM),
                            "--to",
                            Integer.toString(TO),
                            "--disclosure",
                            "none",
                            "--out",
                            scratch.resolve("pg-ours.csv").toString()));
            long b = pg.psql(List.of("-f", querySql.toString()), null);
            if (run > 0) {
                inDb.add(a);
                peerDb.add(b);
            }
        }
        add(
                size + " evaluation in PostgreSQL, compute --jdbc / the peer's SQL (process)",
                inDb,
                peerDb,
                1.2,
                "<= 1.2x hand-written SQL",
                size);
        // the peer in PostgreSQL must compute what ours does there, too
        long differences = differences(scratch.resolve("pg-ours.csv"), scratch.resolve("pg-peer.csv"));
        notes.add(size + ": in PostgreSQL, the peer's SQL against compute --jdbc --disclosure none: "
                + (differences == 0 ? "equal on every row" : differences + " rows DIFFER") + ".");
    }

    private static final List<String> FILES = List.of(
            "areas",
            "area_populations",
            "area_groupings",
            "initiatives",
            "initiative_links",
            "provisions",
            "activities",
            "residents",
            "cohorts",
            "participations",
            "ladder_assessments",
            "self_reliance_assessments",
            "support_episodes",
            "survey_responses");

    private static long differences(Path oursCsv, Path peerCsv) throws IOException {
        var ours = PeerCheck.okRows(oursCsv);
        Map<String, double[]> peer = new LinkedHashMap<>();
        try (BufferedReader reader = Files.newBufferedReader(peerCsv)) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] f = line.split(",", -1);
                peer.put(f[0] + "," + f[1] + "," + f[2], new double[] {
                    Double.parseDouble(f[3]), f[4].isEmpty() ? Double.NaN : Double.parseDouble(f[4])
                });
            }
        }
        long differ = 0;
        for (var entry : ours.entrySet()) {
            double[] theirs = peer.get(entry.getKey());
            Double den = entry.getValue().denominator();
            if (theirs == null
                    || !close(entry.getValue().numerator(), theirs[0])
                    || (den == null ? !Double.isNaN(theirs[1]) : !close(den, theirs[1]))) {
                differ++;
            }
        }
        return differ + Math.max(0, peer.size() - ours.size());
    }

    private static boolean close(double a, double b) {
        return Math.abs(a - b) <= PeerCheck.TOLERANCE * Math.max(Math.abs(a), Math.abs(b));
    }

    private static String oneLine(String sql) {
        return sql.replace('\n', ' ');
    }

    /** PostgreSQL through psql. */
    private record Postgres(String host, String port, String db, String user) {
        boolean reachable() {
            try {
                return psql(List.of("-c", "SELECT 1"), null) >= 0;
            } catch (IOException | InterruptedException | IllegalStateException e) {
                return false;
            }
        }

        /** Runs psql with {@code args}; returns its wall-clock time, throws when it fails. */
        long psql(List<String> args, Path out) throws IOException, InterruptedException {
            List<String> command = new ArrayList<>(
                    List.of("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", host, "-p", port, "-U", user, "-d", db));
            command.addAll(args);
            return run(command, out);
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // 6. growth

    private void growth(List<String> sizes) {
        List<String> measured = sizes.stream().filter(endToEnd::containsKey).toList();
        if (measured.size() < 2) {
            lines.add(new Line("growth S -> L, end to end everything on", "needs S, M and L", "-", "-", "linear", "-"));
            return;
        }
        StringBuilder text = new StringBuilder();
        for (String size : measured) {
            text.append(size)
                    .append(' ')
                    .append(Samples.seconds(endToEnd.get(size).median()))
                    .append(" s, ");
        }
        // linear: the cost per participation added from the middle size to the largest is at most 1.5 times the cost
        // per participation added from the smallest to the middle (a fixed cost is allowed; a growing one is not)
        String first = measured.get(0);
        String last = measured.get(measured.size() - 1);
        String middle = measured.size() > 2 ? measured.get(1) : first;
        double perEarly = measured.size() > 2
                ? (endToEnd.get(middle).median() - endToEnd.get(first).median())
                        / (participations.get(middle) - participations.get(first))
                : Double.NaN;
        double perLate = (endToEnd.get(last).median() - endToEnd.get(middle).median())
                / (participations.get(last) - participations.get(middle));
        String met = Double.isNaN(perEarly) ? "-" : (perLate <= 1.5 * perEarly ? "yes" : "no");
        lines.add(new Line(
                "growth " + first + " -> " + last + ", end to end everything on",
                text.substring(0, text.length() - 2),
                "-",
                Double.isNaN(perEarly) ? "-" : ratio(perLate, perEarly),
                "linear: marginal cost per participation grows <= 1.5x",
                met));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // the table

    private void add(String workload, Samples ours, Samples peer, double goal, String goalText, String size) {
        double r = ours.median() / peer.median();
        lines.add(new Line(
                workload,
                ours.text(),
                peer.text(),
                ratio(ours.median(), peer.median()),
                goalText,
                Double.isNaN(goal) ? "-" : met(r <= goal, size)));
    }

    /** Met at L; at a smaller size the outcome is shown in parentheses, since the goals are set at L. */
    private static String met(boolean met, String size) {
        String word = met ? "yes" : "no";
        return size.equals("L") ? word : "(" + word + ")";
    }

    private static String ratio(double ours, double peer) {
        return String.format(Locale.ROOT, "%.2fx", ours / peer);
    }

    private String table() {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"workload", "ours", "peer", "ratio", "goal", "met"});
        for (Line l : lines) {
            rows.add(new String[] {l.workload(), l.ours(), l.peer(), l.ratio(), l.goal(), l.met()});
        }
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            out.append("| ").append(String.join(" | ", rows.get(r))).append(" |\n");
            if (r == 0) {
                out.append("|---|---|---|---|---|---|\n");
            }
        }
        return out.toString();
    }

    private String markdown(String table, String command, String started, String note) throws IOException {
        StringBuilder md = new StringBuilder("# welfare-benchmarks: results\n\n");
        md.append("Written by the side-by-side harness (`SideBySide`); see [README.md](README.md) for what each line"
                + " measures. Times are medians over the runs with min-max in parentheses, after a warm-up run. The"
                + " goals of issue 14 are set at L; at S and M the outcome is shown in parentheses.\n\n");
        md.append("- Date: ").append(started).append(" (UTC)\n");
        md.append("- Command: `").append(command).append("`\n");
        md.append("- Machine: ")
                .append(Runtime.getRuntime().availableProcessors())
                .append(" cores (")
                .append(cpu())
                .append("), ")
                .append(memTotal())
                .append(" memory\n");
        md.append("- Java: ")
                .append(System.getProperty("java.vm.name"))
                .append(' ')
                .append(System.getProperty("java.version"))
                .append("; DuckDB JDBC ")
                .append(duckDbVersion())
                .append('\n');
        md.append("- Workloads: `welfare generate --country --benchmark-density --residents N --seed ")
                .append(Workloads.SEED)
                .append("`, 2018-2022; participations: ")
                .append(participations)
                .append('\n');
        if (note != null) {
            md.append("- Note: ").append(note).append('\n');
        }
        md.append('\n').append(table).append('\n');
        for (String n : notes) {
            md.append("- ").append(n).append('\n');
        }
        return md.toString();
    }

    private static String cpu() throws IOException {
        Path info = Path.of("/proc/cpuinfo");
        if (Files.exists(info)) {
            for (String line : Files.readAllLines(info)) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).strip();
                }
            }
        }
        return System.getProperty("os.arch");
    }

    private static String memTotal() throws IOException {
        Path info = Path.of("/proc/meminfo");
        if (Files.exists(info)) {
            for (String line : Files.readAllLines(info)) {
                if (line.startsWith("MemTotal:")) {
                    long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
                    return String.format(Locale.ROOT, "%.1f GiB", kb / 1048576.0);
                }
            }
        }
        return "unknown";
    }

    private static String duckDbVersion() {
        try (Connection c = Peer.open();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT version()")) {
            r.next();
            return r.getString(1);
        } catch (SQLException e) {
            return "unknown";
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // processes

    private long java(List<String> jvm, String main, List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(javaBinary());
        command.addAll(jvm);
        command.add("-cp");
        command.add(jar.toString());
        command.add(main);
        command.addAll(args);
        return run(command, null);
    }

    /** Runs {@code command}, its output to a log; returns the wall-clock nanoseconds; throws when it fails. */
    private static long run(List<String> command, Path out) throws IOException, InterruptedException {
        File log = File.createTempFile("welfare-bench", ".log");
        try {
            long start = System.nanoTime();
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(out == null ? log : out.toFile())
                    .start();
            if (!process.waitFor(6, TimeUnit.HOURS)) {
                process.destroyForcibly();
                throw new IllegalStateException("timed out: " + command);
            }
            long time = System.nanoTime() - start;
            if (process.exitValue() != 0) {
                throw new IllegalStateException("failed (exit " + process.exitValue() + "): "
                        + String.join(" ", command) + "\n" + tail(log.toPath()));
            }
            return time;
        } finally {
            Files.deleteIfExists(log.toPath());
        }
    }

    private static String tail(Path log) throws IOException {
        List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n", all.subList(Math.max(0, all.size() - 20), all.size()));
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static Path jar() throws URISyntaxException {
        Path path = Path.of(SideBySide.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        if (!path.toString().endsWith(".jar")) {
            throw new IllegalStateException(
                    "run the harness from welfare-benchmarks.jar (java -jar ...), not from " + path);
        }
        return path;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // small helpers

    private static long rows(Path csv) throws IOException {
        try (Stream<String> lines = Files.lines(csv)) {
            return Math.max(0, lines.filter(l -> !l.isEmpty()).count() - 1);
        }
    }

    private static List<String> plus(List<String> list, String option, Object value) {
        List<String> all = new ArrayList<>(list);
        all.add(option);
        all.add(value.toString());
        return all;
    }

    private static String mb(long bytes) {
        return bytes < 0 ? "?" : String.format(Locale.ROOT, "%.0f MiB", bytes / 1048576.0);
    }

    private static String perParticipation(long bytes, long participations) {
        return participations == 0
                ? "no participations"
                : String.format(Locale.ROOT, "%,.0f bytes/participation", (double) bytes / participations);
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("not an option: " + arg);
            }
            String name = arg.substring(2);
            String value;
            if (name.contains("=")) {
                value = name.substring(name.indexOf('=') + 1);
                name = name.substring(0, name.indexOf('='));
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                throw new IllegalArgumentException(arg + " needs a value");
            }
            options.put(name, value);
        }
        return options;
    }

    private static void say(String message) {
        System.out.println("["
                + DateTimeFormatter.ofPattern("HH:mm:ss")
                        .withZone(ZoneOffset.UTC)
                        .format(Instant.now()) + "] " + message);
    }
}
