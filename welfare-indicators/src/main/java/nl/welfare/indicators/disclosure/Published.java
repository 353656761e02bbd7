package nl.welfare.indicators.disclosure;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A published cell (gepubliceerde cel): the counts to publish and to compute values and intervals from, one per count
 * of the {@link Cell}, and a share's numerator. When the rules round, these are the rounded counts (one draw per count,
 * whichever cell publishes it), so that nothing computed from them undoes the rounding.
 *
 * <pre>{@code
 * Published p = result.published(key).get();
 * double share = (double) p.numerator().orElseThrow() / p.counts().get(0);
 * }</pre>
 */
@Value.Immutable
public abstract class Published extends CellOutcome {

    Published() {}

    @Override
    public abstract CellKey key();

    /** The counts to publish, in the order of the cell's counts (none for a cell about things). */
    public abstract List<Long> counts();

    /** For a share, the numerator to publish; never above the first count. */
    public abstract Optional<Long> numerator();

    /** Whether the counts were randomly rounded. */
    public abstract boolean rounded();

    /** Always {@link CellStatus#PUBLISHED}. */
    @Override
    public CellStatus status() {
        return CellStatus.PUBLISHED;
    }

    /** The published cell with the given counts. */
    public static Published of(CellKey key, List<Long> counts, Optional<Long> numerator, boolean rounded) {
        return ImmutablePublished.builder()
                .key(key)
                .rounded(rounded)
                .addAllCounts(counts)
                .numerator(numerator)
                .build();
    }

    /** The cell as {@code key: PUBLISHED 37/52} or {@code key: PUBLISHED [52, 30]}. */
    @Override
    public String toString() {
        String counts = counts().size() == 1 ? counts().get(0).toString() : counts().toString();
        return key() + ": PUBLISHED " + numerator().map(n -> n + "/").orElse("") + counts
                + (rounded() ? " (rounded)" : "");
    }
}
