package nl.welfare.adapters.files.internal.io;

import java.util.regex.Pattern;

/** JSON paths as faults name them: {@code definitions[3].measure.proportion.condition.and[1].equals.attribute}. */
public final class Paths {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private Paths() {}

    /** The path of the property {@code name} of the object at {@code path}; an odd name in brackets and quotes. */
    public static String member(String path, String name) {
        if (PLAIN.matcher(name).matches()) {
            return path.isEmpty() ? name : path + "." + name;
        }
        return path + "[\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
    }

    /** The path of element {@code index} (from 0) of the array at {@code path}. */
    public static String element(String path, int index) {
        return path + "[" + index + "]";
    }
}
