package nl.welfare.indicators.disclosure;

/**
 * A small dense two-phase simplex with Bland's rule, enough to audit the suppression of one output: minimise
 * {@code c·x} subject to {@code A x = b}, {@code x >= 0}. Bland's rule cannot cycle, so it always ends; each pivot costs
 * {@code O(rows * (columns + rows))}.
 */
final class LinearProgram {

    private static final double EPS = 1e-9;
    private static final double FEASIBILITY = 1e-6;
    private static final int MAX_PIVOTS = 1_000_000;

    private LinearProgram() {}

    /**
     * The minimum of {@code c·x} subject to {@code a x = b} and {@code x >= 0}: {@link Double#NEGATIVE_INFINITY} when
     * unbounded below, {@link Double#NaN} when infeasible.
     */
    static double minimise(double[][] a, double[] b, double[] c) {
        int m = a.length;
        int n = c.length;
        int rhs = n + m;
        double[][] t = new double[m + 1][n + m + 1];
        int[] basis = new int[m];
        for (int i = 0; i < m; i++) {
            double sign = b[i] < 0 ? -1 : 1;
            for (int j = 0; j < n; j++) {
                t[i][j] = sign * a[i][j];
            }
            t[i][n + i] = 1;
            t[i][rhs] = sign * b[i];
            basis[i] = n + i;
        }
        double[] z = t[m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                z[j] -= t[i][j];
            }
            z[rhs] -= t[i][rhs];
        }
        iterate(t, basis, n + m);
        if (-z[rhs] > FEASIBILITY) {
            return Double.NaN;
        }
        for (int i = 0; i < m; i++) {
            if (basis[i] >= n) {
                for (int j = 0; j < n; j++) {
                    if (Math.abs(t[i][j]) > EPS) {
                        pivot(t, basis, i, j);
                        break;
                    }
                }
            }
        }
        java.util.Arrays.fill(z, 0);
        System.arraycopy(c, 0, z, 0, n);
        for (int i = 0; i < m; i++) {
            if (basis[i] < n && c[basis[i]] != 0) {
                double cost = c[basis[i]];
                for (int k = 0; k <= rhs; k++) {
                    z[k] -= cost * t[i][k];
                }
            }
        }
        if (!iterate(t, basis, n)) {
            return Double.NEGATIVE_INFINITY;
        }
        return -z[rhs];
    }

    /** Pivots until no column below {@code columns} improves; false when the objective is unbounded. */
    private static boolean iterate(double[][] t, int[] basis, int columns) {
        int m = basis.length;
        int rhs = t[0].length - 1;
        double[] z = t[m];
        for (int pivots = 0; pivots < MAX_PIVOTS; pivots++) {
            int enter = -1;
            for (int j = 0; j < columns; j++) {
                if (z[j] < -EPS) {
                    enter = j;
                    break;
                }
            }
            if (enter < 0) {
                return true;
            }
            int leave = -1;
            double best = Double.POSITIVE_INFINITY;
            for (int i = 0; i < m; i++) {
                if (t[i][enter] > EPS) {
                    double ratio = t[i][rhs] / t[i][enter];
                    if (ratio < best - EPS || (ratio <= best + EPS && leave >= 0 && basis[i] < basis[leave])) {
                        best = Math.min(best, ratio);
                        leave = i;
                    }
                }
            }
            if (leave < 0) {
                return false;
            }
            pivot(t, basis, leave, enter);
        }
        throw new IllegalStateException("the simplex did not end within " + MAX_PIVOTS + " pivots");
    }

    private static void pivot(double[][] t, int[] basis, int row, int column) {
        double[] pivotRow = t[row];
        double p = pivotRow[column];
        for (int k = 0; k < pivotRow.length; k++) {
            pivotRow[k] /= p;
        }
        for (int i = 0; i < t.length; i++) {
            if (i != row) {
                double f = t[i][column];
                if (f != 0) {
                    for (int k = 0; k < pivotRow.length; k++) {
                        t[i][k] -= f * pivotRow[k];
                    }
                }
            }
        }
        basis[row] = column;
    }
}
