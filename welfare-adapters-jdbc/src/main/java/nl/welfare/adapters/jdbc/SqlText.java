package nl.welfare.adapters.jdbc;

/**
 * The text of one SQL statement, with {@code ?} where values go. Instances are made only in static initializers
 * ({@code static final} fields), which the architecture test checks: a static initializer runs once and sees no
 * argument of any call, so no value can end up in the text of a statement; values are bound as parameters.
 */
final class SqlText {

    private final String text;

    private SqlText(String text) {
        this.text = text;
    }

    /** The statement {@code text}; call it only to initialise a {@code static final} field. */
    static SqlText of(String text) {
        return new SqlText(text);
    }

    /**
     * The statement made of {@code parts} one after the other. Every part is itself a {@code SqlText}, so a composed
     * statement (the evaluator's, {@code SqlFigures}) holds nothing but texts made in static initializers: its
     * identifiers come from fixed tables of them, its values are bound at the {@code ?} of its parts.
     */
    static SqlText join(Iterable<SqlText> parts) {
        StringBuilder text = new StringBuilder();
        for (SqlText part : parts) {
            text.append(part.text);
        }
        return new SqlText(text.toString());
    }

    /** The statement's text, for the driver. */
    String text() {
        return text;
    }

    @Override
    public String toString() {
        return text;
    }
}
