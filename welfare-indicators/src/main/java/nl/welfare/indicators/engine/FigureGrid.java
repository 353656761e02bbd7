package nl.welfare.indicators.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The figures a {@link FigureSource} gives for one {@link FigureCover}: per definition, cell and period, the
 * {@link Figures} of the result, or none where the result has no data (a resource the package does not have, a rate
 * without a population). Built by {@link #of(FigureCover)} and filled with {@link #put}; a definition from facts that
 * was never {@link #declare declared} or put into is a fault of the source, reported by the engine.
 */
public final class FigureGrid {

    private final FigureCover cover;
    private final @Nullable Figures[][] figures;
    private final List<Optional<double[]>> scales;

    private FigureGrid(FigureCover cover, @Nullable Figures[][] figures, List<Optional<double[]>> scales) {
        this.cover = cover;
        this.figures = figures;
        this.scales = scales;
    }

    /** An empty grid for {@code cover}: every slot without data until {@link #put}. */
    public static FigureGrid of(FigureCover cover) {
        int size = cover.definitions().size();
        List<Optional<double[]>> scales = new ArrayList<>();
        for (int d = 0; d < size; d++) {
            scales.add(Optional.empty());
        }
        return new FigureGrid(cover, new Figures[size][], scales);
    }

    /** The grid of the in-memory passes, without copying their arrays. */
    static FigureGrid of(FigureCover cover, FactPasses passes) {
        @Nullable Figures[][] figures = passes.figures();
        List<Optional<double[]>> scales = new ArrayList<>();
        for (int d = 0; d < cover.definitions().size(); d++) {
            scales.add(passes.scale(d));
        }
        return new FigureGrid(cover, figures, scales);
    }

    /**
     * Declares that definition {@code d} was evaluated: every slot not {@link #put} has no data. A definition from facts
     * that is never declared (nor put into) makes the engine throw.
     */
    public FigureGrid declare(int d) {
        if (figures[d] == null) {
            figures[d] = new Figures[cover.cellCount() * cover.periods().size()];
        }
        return this;
    }

    /** Sets the figures of definition {@code d} in {@code cell} and period {@code period} (indexes of the cover). */
    public FigureGrid put(int d, int cell, int period, Figures f) {
        declare(d);
        @Nullable Figures[] slots = figures[d];
        if (slots == null) {
            throw new IllegalStateException("declared above");
        }
        slots[cell * cover.periods().size() + period] = f;
        return this;
    }

    /**
     * For a mean: the smallest and largest value averaged in any cell and period, and the largest weight (disclosure
     * control bounds a mean's sum by them).
     */
    public FigureGrid scale(int d, double smallest, double largest, double heaviest) {
        scales.set(d, Optional.of(new double[] {smallest, largest, heaviest}));
        return this;
    }

    /** The figures per definition and slot {@code cell * periods + period}, checked complete. */
    @Nullable
    Figures[][] figures() {
        for (int d = 0; d < figures.length; d++) {
            if (cover.fromFacts(d) && figures[d] == null) {
                throw new IllegalStateException("the figure source gave no figures for "
                        + cover.definitions().get(d).id().value());
            }
        }
        return figures;
    }

    /** The scales of the means, per definition. */
    List<Optional<double[]>> scales() {
        return scales;
    }
}
