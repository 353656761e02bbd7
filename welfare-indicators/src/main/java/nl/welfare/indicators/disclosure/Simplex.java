package nl.welfare.indicators.disclosure;

import java.util.Arrays;

/**
 * A dense two-phase primal simplex over {@code A x = b} and {@code A x <= b} rows with {@code x >= 0}, made once and then
 * minimised for many objectives in turn: the first phase finds a feasible basis once, and each objective starts from
 * the optimal basis of the one before (a warm start), which is what an audit needs (the smallest and the largest value
 * of every suppressed count under the same constraints).
 *
 * <p>Pivoting takes the most negative reduced cost (Dantzig) and falls back to Bland's rule, which cannot cycle, after a
 * run of degenerate pivots; a pivot costs {@code O(rows * (columns + rows))}.
 */
final class Simplex {

    private static final double EPS = 1e-9;
    private static final double FEASIBILITY = 1e-7;
    private static final int DEGENERATE_RUN = 50;
    private static final int MAX_PIVOTS = 5_000_000;

    private final int structural;
    private final int width;
    private final int rhs;
    private final double[][] t;
    private final int[] basis;
    private final boolean[] allowed;
    private final boolean feasible;

    /**
     * The constraints {@code a[i] x = b[i]} (where {@code equal[i]}) or {@code a[i] x <= b[i]}, over {@code columns}
     * variables, each at least 0.
     */
    Simplex(int columns, double[][] a, boolean[] equal, double[] b) {
        int m = a.length;
        this.structural = columns;
        int slacks = 0;
        for (int i = 0; i < m; i++) {
            if (!equal[i]) {
                slacks++;
            }
        }
        int artificials = 0;
        for (int i = 0; i < m; i++) {
            if (equal[i] || b[i] < 0) {
                artificials++;
            }
        }
        this.width = columns + slacks + artificials;
        this.rhs = width;
        this.t = new double[m + 1][width + 1];
        this.basis = new int[m];
        this.allowed = new boolean[width];
        Arrays.fill(allowed, 0, columns + slacks, true);
        int slack = columns;
        int artificial = columns + slacks;
        for (int i = 0; i < m; i++) {
            double sign = b[i] < 0 ? -1 : 1;
            for (int j = 0; j < columns; j++) {
                t[i][j] = sign * a[i][j];
            }
            t[i][rhs] = sign * b[i];
            if (!equal[i]) {
                t[i][slack] = sign;
                if (sign > 0) {
                    basis[i] = slack;
                }
                slack++;
            }
            if (equal[i] || b[i] < 0) {
                t[i][artificial] = 1;
                basis[i] = artificial;
                artificial++;
            }
        }
        double[] z = t[m];
        for (int i = 0; i < m; i++) {
            if (basis[i] >= columns + slacks) {
                for (int k = 0; k <= rhs; k++) {
                    if (k < columns + slacks || k == rhs) {
                        z[k] -= t[i][k];
                    }
                }
            }
        }
        if (artificials > 0) {
            iterate();
        }
        this.feasible = -z[rhs] <= FEASIBILITY * Math.max(1, scale(b));
        if (feasible) {
            for (int i = 0; i < m; i++) {
                if (basis[i] >= columns + slacks) {
                    for (int j = 0; j < columns + slacks; j++) {
                        if (Math.abs(t[i][j]) > EPS) {
                            pivot(i, j);
                            break;
                        }
                    }
                }
            }
        }
    }

    private static double scale(double[] b) {
        double s = 0;
        for (double v : b) {
            s = Math.max(s, Math.abs(v));
        }
        return s;
    }

    /** Whether the constraints have a solution. */
    boolean isFeasible() {
        return feasible;
    }

    /**
     * The minimum of {@code c · x} (one coefficient per structural column), or {@link Double#NEGATIVE_INFINITY} when
     * it is unbounded below; the basis is left at the optimum, from which {@link #value} reads the solution.
     *
     * @throws IllegalStateException when the constraints have no solution
     */
    double minimise(double[] c) {
        if (!feasible) {
            throw new IllegalStateException("the constraints have no solution");
        }
        int m = basis.length;
        double[] z = t[m];
        Arrays.fill(z, 0);
        System.arraycopy(c, 0, z, 0, structural);
        for (int i = 0; i < m; i++) {
            int b = basis[i];
            if (b < structural && c[b] != 0) {
                double cost = c[b];
                double[] row = t[i];
                for (int k = 0; k <= rhs; k++) {
                    z[k] -= cost * row[k];
                }
            }
        }
        if (!iterate()) {
            return Double.NEGATIVE_INFINITY;
        }
        return -z[rhs];
    }

    /** The value of structural column {@code j} in the current basic solution. */
    double value(int j) {
        for (int i = 0; i < basis.length; i++) {
            if (basis[i] == j) {
                return Math.max(0, t[i][rhs]);
            }
        }
        return 0;
    }

    /** The current basic solution's structural values. */
    double[] solution() {
        double[] x = new double[structural];
        for (int i = 0; i < basis.length; i++) {
            if (basis[i] < structural) {
                x[basis[i]] = Math.max(0, t[i][rhs]);
            }
        }
        return x;
    }

    /** Pivots until no allowed column improves; false when the objective is unbounded below. */
    private boolean iterate() {
        int m = basis.length;
        double[] z = t[m];
        int degenerate = 0;
        for (int pivots = 0; pivots < MAX_PIVOTS; pivots++) {
            boolean bland = degenerate >= DEGENERATE_RUN;
            int enter = -1;
            double best = -EPS;
            for (int j = 0; j < width; j++) {
                if (allowed[j] && z[j] < best) {
                    enter = j;
                    if (bland) {
                        break;
                    }
                    best = z[j];
                }
            }
            if (enter < 0) {
                return true;
            }
            int leave = -1;
            double ratio = Double.POSITIVE_INFINITY;
            for (int i = 0; i < m; i++) {
                double a = t[i][enter];
                if (a > EPS) {
                    double r = t[i][rhs] / a;
                    if (r < ratio - EPS || (r <= ratio + EPS && leave >= 0 && basis[i] < basis[leave])) {
                        ratio = Math.min(ratio, r);
                        leave = i;
                    }
                }
            }
            if (leave < 0) {
                return false;
            }
            degenerate = ratio <= EPS ? degenerate + 1 : 0;
            pivot(leave, enter);
        }
        throw new IllegalStateException("the simplex did not end within " + MAX_PIVOTS + " pivots");
    }

    private void pivot(int row, int column) {
        double[] pivotRow = t[row];
        double p = pivotRow[column];
        int[] nonzero = new int[rhs + 1];
        int count = 0;
        for (int k = 0; k <= rhs; k++) {
            if (pivotRow[k] != 0) {
                pivotRow[k] /= p;
                nonzero[count++] = k;
            }
        }
        pivotRow[column] = 1;
        for (int i = 0; i < t.length; i++) {
            if (i != row) {
                double[] r = t[i];
                double f = r[column];
                if (f != 0) {
                    for (int n = 0; n < count; n++) {
                        int k = nonzero[n];
                        r[k] -= f * pivotRow[k];
                    }
                    r[column] = 0;
                }
            }
        }
        basis[row] = column;
    }
}
