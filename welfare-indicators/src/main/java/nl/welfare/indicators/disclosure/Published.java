package nl.welfare.indicators.disclosure;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A published cell (gepubliceerde cel): the counts to publish and to compute values and intervals from. When the rules
 * round, these are the rounded counts, so that nothing computed from them undoes the rounding.
 *
 * <pre>{@code
 * Published p = (Published) result.outcome(key).get();
 * double share = (double) p.numerator().orElseThrow() / p.count();
 * }</pre>
 */
@Value.Immutable
public abstract class Published extends CellOutcome {

    Published() {}

    @Override
    public abstract CellKey key();

    /** The count to publish: the denominator of a share; rounded when {@link #rounded()}. */
    public abstract long count();

    /** For a share, the numerator to publish; rounded when {@link #rounded()}, and never above {@link #count()}. */
    public abstract Optional<Long> numerator();

    /** Whether the counts were randomly rounded. */
    public abstract boolean rounded();

    /** Always {@link CellStatus#PUBLISHED}. */
    @Override
    public CellStatus status() {
        return CellStatus.PUBLISHED;
    }

    /** The published cell with the given counts. */
    public static Published of(CellKey key, long count, Optional<Long> numerator, boolean rounded) {
        return ImmutablePublished.builder()
                .key(key)
                .count(count)
                .rounded(rounded)
                .numerator(numerator)
                .build();
    }

    /** The cell as {@code key: PUBLISHED 37/52} or {@code key: PUBLISHED 52}. */
    @Override
    public String toString() {
        return key() + ": PUBLISHED " + numerator().map(n -> n + "/").orElse("") + count()
                + (rounded() ? " (rounded)" : "");
    }
}
