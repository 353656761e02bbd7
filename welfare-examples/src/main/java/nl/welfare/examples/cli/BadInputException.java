package nl.welfare.examples.cli;

/**
 * Bad input found by a command itself (a file that does not exist, years outside the package's facts), reported as
 * its message alone with exit code {@link Welfare#BAD_INPUT}; an option value a command does not take is wrong usage
 * instead (a picocli {@code ParameterException}, exit code {@link Welfare#USAGE}).
 */
public final class BadInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** An exception whose {@code message} names the input and what is wrong with it. */
    public BadInputException(String message) {
        super(message);
    }
}
