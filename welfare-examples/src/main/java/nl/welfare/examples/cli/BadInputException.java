package nl.welfare.examples.cli;

/**
 * Bad input found by a command itself (a file that does not exist, an option value the library rejects), reported as
 * its message alone with exit code {@link Welfare#BAD_INPUT}.
 */
public final class BadInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** An exception whose {@code message} names the input and what is wrong with it. */
    public BadInputException(String message) {
        super(message);
    }
}
