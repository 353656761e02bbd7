package nl.welfare.adapters.files.internal.io;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One JSON value as read, with the line and column where it starts, so that every fault found while converting it
 * can name its place. Objects keep their members in the order of the file, each with the place of its name.
 */
public final class Node {

    /** The JSON types, with integers and numbers with a fraction or exponent told apart. */
    public enum Type {
        OBJECT("an object"),
        ARRAY("an array"),
        STRING("a string"),
        INTEGER("a whole number"),
        DECIMAL("a number"),
        BOOLEAN("true or false"),
        NULL("null");

        private final String words;

        Type(String words) {
            this.words = words;
        }

        /** The type in words, for a rejected value: {@code an array}. */
        public String words() {
            return words;
        }
    }

    /** A member of an object: its name, the place of the name, and its value. */
    public record Member(String name, long line, int column, Node value) {}

    private final Type type;
    private final long line;
    private final int column;
    private final String text;
    private final Optional<BigInteger> integer;
    private final double number;
    private final Map<String, Member> members;
    private final List<Node> elements;

    private Node(
            Type type,
            long line,
            int column,
            String text,
            Optional<BigInteger> integer,
            double number,
            Map<String, Member> members,
            List<Node> elements) {
        this.type = type;
        this.line = line;
        this.column = column;
        this.text = text;
        this.integer = integer;
        this.number = number;
        this.members = members;
        this.elements = elements;
    }

    /** A string, {@code true}, {@code false} or {@code null}, whose text is the value (or the token). */
    public static Node scalar(Type type, long line, int column, String text) {
        return new Node(type, line, column, text, Optional.empty(), 0, Map.of(), List.of());
    }

    /** A whole number as written. */
    public static Node integer(long line, int column, String text, BigInteger value) {
        return new Node(Type.INTEGER, line, column, text, Optional.of(value), value.doubleValue(), Map.of(), List.of());
    }

    /** A number with a fraction or an exponent as written; {@code value} may be infinite when it is too large. */
    public static Node decimal(long line, int column, String text, double value) {
        return new Node(Type.DECIMAL, line, column, text, Optional.empty(), value, Map.of(), List.of());
    }

    /** An object with its members in file order. */
    public static Node object(long line, int column, LinkedHashMap<String, Member> members) {
        return new Node(
                Type.OBJECT, line, column, "", Optional.empty(), 0, Collections.unmodifiableMap(members), List.of());
    }

    /** An array with its elements. */
    public static Node array(long line, int column, ArrayList<Node> elements) {
        return new Node(
                Type.ARRAY, line, column, "", Optional.empty(), 0, Map.of(), Collections.unmodifiableList(elements));
    }

    /** The value's JSON type. */
    public Type type() {
        return type;
    }

    /** The line the value starts on, from 1. */
    public long line() {
        return line;
    }

    /** The column the value starts at, from 1. */
    public int column() {
        return column;
    }

    /** The text of a string, or the number, {@code true}, {@code false} or {@code null} as written. */
    public String text() {
        return text;
    }

    /** The value of a whole number. */
    public Optional<BigInteger> integer() {
        return integer;
    }

    /** The value of a number, whole or not. */
    public double number() {
        return number;
    }

    /** The members of an object, in file order; none for any other value. */
    public Map<String, Member> members() {
        return members;
    }

    /** The elements of an array; none for any other value. */
    public List<Node> elements() {
        return elements;
    }

    /** Whether the value is of the type {@code wanted}. */
    public boolean is(Type wanted) {
        return type == wanted;
    }

    /** Whether the value is a number, whole or not. */
    public boolean isNumber() {
        return type == Type.INTEGER || type == Type.DECIMAL;
    }

    /** The value as a short text for a fault: a scalar as written, an object or array in compact JSON. */
    public String shown() {
        StringBuilder out = new StringBuilder();
        show(out);
        return out.toString();
    }

    private void show(StringBuilder out) {
        if (out.length() > 100) {
            return;
        }
        switch (type) {
            case OBJECT:
                out.append('{');
                String separator = "";
                for (Member m : members.values()) {
                    out.append(separator).append(quoted(m.name())).append(": ");
                    m.value().show(out);
                    separator = ", ";
                }
                out.append('}');
                return;
            case ARRAY:
                out.append('[');
                for (int i = 0; i < elements.size(); i++) {
                    out.append(i == 0 ? "" : ", ");
                    elements.get(i).show(out);
                }
                out.append(']');
                return;
            case STRING:
                out.append(quoted(text));
                return;
            default:
                out.append(text);
        }
    }

    private static String quoted(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
