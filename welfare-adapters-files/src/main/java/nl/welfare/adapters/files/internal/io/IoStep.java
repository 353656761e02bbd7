package nl.welfare.adapters.files.internal.io;

import java.io.IOException;

/**
 * A step of writing that may fail with an {@link IOException}: what a visitor of a sealed kind answers when each kind is
 * written in its own way, so that the visitor stays exhaustive and the writing runs after it.
 */
@FunctionalInterface
public interface IoStep {
    /** Runs the step. */
    void run() throws IOException;
}
