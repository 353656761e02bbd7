package nl.welfare.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import nl.welfare.examples.cli.Welfare;

/**
 * Checks that the peer computes what we compute, before anything is timed: {@code welfare compute DIR --level
 * neighbourhood --period year --from FROM --to TO --disclosure none} against the peer's SQL, row by row. A row is an
 * indicator, area and period; ours are the rows of status {@code OK} (with {@code --disclosure none} nothing is
 * suppressed; {@code NO_DATA} rows have no numbers and must have no peer row). Numerator and denominator must be equal
 * within a relative 1e-9, and each side must have no row the other lacks. Every difference is reported with its row.
 *
 * <p>{@code java -cp welfare-benchmarks.jar nl.welfare.benchmarks.PeerCheck DIR [FROM TO]}: exit code 0 when equal,
 * 1 otherwise.
 */
public final class PeerCheck {

    /** The relative tolerance of a numerator or denominator. */
    public static final double TOLERANCE = 1e-9;

    /** The outcome: rows compared per indicator, and the differences found (each a line naming its row). */
    public record Outcome(Map<String, Integer> rowsPerIndicator, List<String> differences, int peerRows, int ourRows) {
        /** Whether the peer equals ours on every row. */
        public boolean equal() {
            return differences.isEmpty();
        }
    }

    /** An OK row's numerator and denominator (empty for a count). */
    record Numbers(double numerator, Double denominator) {}

    private PeerCheck() {}

    /** Runs ours (the command line, in this process) and the peer over {@code dir} and compares them. */
    public static Outcome check(Path dir, int from, int to) throws IOException, SQLException {
        Map<String, Numbers> ours = ours(dir, from, to);
        Map<String, Numbers> peer = new HashMap<>();
        try (Connection connection = Peer.open()) {
            Peer.load(connection, dir);
            for (Peer.Row row : Peer.rows(connection, from, to)) {
                Numbers before = peer.put(
                        row.indicator() + "," + row.area() + "," + row.period(),
                        new Numbers(row.numerator(), row.denominator()));
                if (before != null) {
                    throw new IllegalStateException("the peer gives two rows for " + row);
                }
            }
        }
        return compare(ours, peer);
    }

    private static Outcome compare(Map<String, Numbers> ours, Map<String, Numbers> peer) {
        Map<String, Integer> perIndicator = new TreeMap<>();
        List<String> differences = new ArrayList<>();
        for (Map.Entry<String, Numbers> entry : ours.entrySet()) {
            String key = entry.getKey();
            perIndicator.merge(key.substring(0, key.indexOf(',')), 1, Integer::sum);
            Numbers theirs = peer.get(key);
            if (theirs == null) {
                differences.add(key + ": ours " + entry.getValue() + ", the peer has no row");
            } else if (!same(entry.getValue().numerator(), theirs.numerator())
                    || !same(entry.getValue().denominator(), theirs.denominator())) {
                differences.add(key + ": ours " + entry.getValue() + ", the peer's " + theirs);
            }
        }
        for (Map.Entry<String, Numbers> entry : peer.entrySet()) {
            if (!ours.containsKey(entry.getKey())) {
                differences.add(entry.getKey() + ": the peer's " + entry.getValue() + ", ours is not OK (no data)");
            }
        }
        differences.sort(null);
        return new Outcome(perIndicator, differences, peer.size(), ours.size());
    }

    private static boolean same(Double a, Double b) {
        if (a == null || b == null) {
            return Objects.equals(a, b);
        }
        return Math.abs(a - b) <= TOLERANCE * Math.max(Math.abs(a), Math.abs(b));
    }

    /** Our OK rows from {@code welfare compute}, run in this process, by {@code indicator,area,period}. */
    static Map<String, Numbers> ours(Path dir, int from, int to) throws IOException {
        Path out = Files.createTempFile("welfare-peer-check", ".csv");
        try {
            StringWriter err = new StringWriter();
            int code = Welfare.run(
                    new String[] {
                        "compute", dir.toString(),
                        "--level", "neighbourhood",
                        "--period", "year",
                        "--from", Integer.toString(from),
                        "--to", Integer.toString(to),
                        "--disclosure", "none",
                        "--out", out.toString()
                    },
                    new PrintWriter(new StringWriter()),
                    new PrintWriter(err));
            if (code != 0) {
                throw new IllegalStateException("welfare compute failed (" + code + "): " + err);
            }
            return okRows(out);
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(out.resolveSibling(out.getFileName().toString().replace(".csv", ".resource.json")));
        }
    }

    /** The OK rows of a results CSV (tidy, comma-separated) by {@code indicator,area,period}. */
    static Map<String, Numbers> okRows(Path csv) throws IOException {
        Map<String, Numbers> rows = new HashMap<>();
        try (BufferedReader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            String header = reader.readLine();
            if (header == null
                    || !header.startsWith("indicator,area_code,area_level,period,status,numerator,denominator")) {
                throw new IllegalStateException("not a results table: " + header);
            }
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] f = line.split(",", 8);
                if (!f[4].equals("OK")) {
                    continue;
                }
                rows.put(
                        f[0] + "," + f[1] + "," + f[3],
                        new Numbers(Double.parseDouble(f[5]), f[6].isEmpty() ? null : Double.parseDouble(f[6])));
            }
        }
        return rows;
    }

    /** Checks {@code DIR [FROM TO]} (2018 to 2022 by default) and prints the outcome. */
    public static void main(String[] args) throws Exception {
        if (args.length != 1 && args.length != 3) {
            System.err.println("usage: PeerCheck DIR [FROM TO]");
            System.exit(2);
        }
        int from = args.length == 3 ? Integer.parseInt(args[1]) : 2018;
        int to = args.length == 3 ? Integer.parseInt(args[2]) : 2022;
        Outcome outcome = check(Path.of(args[0]), from, to);
        System.exit(print(outcome, new PrintWriter(System.out, true)) ? 0 : 1);
    }

    /** Prints the outcome (at most 40 differences) and returns whether the peer equals ours. */
    static boolean print(Outcome outcome, PrintWriter out) {
        out.println(
                "peer check: " + outcome.ourRows() + " OK rows of ours, " + outcome.peerRows() + " rows of the peer");
        outcome.rowsPerIndicator().forEach((id, n) -> out.printf("  %-36s %9d rows%n", id, n));
        if (outcome.equal()) {
            out.println("peer check: EQUAL on every row (relative tolerance " + TOLERANCE + ")");
        } else {
            out.println("peer check: " + outcome.differences().size() + " DIFFERENCES");
            Map<String, Integer> perIndicator = new TreeMap<>();
            outcome.differences().forEach(d -> perIndicator.merge(d.substring(0, d.indexOf(',')), 1, Integer::sum));
            perIndicator.forEach((id, n) -> out.printf("  %-36s %9d differences%n", id, n));
            // the first three of each indicator
            Map<String, Integer> shown = new HashMap<>();
            outcome.differences().stream()
                    .filter(d -> shown.merge(d.substring(0, d.indexOf(',')), 1, Integer::sum) <= 3)
                    .forEach(d -> out.println("  " + d));
        }
        out.flush();
        return outcome.equal();
    }
}
