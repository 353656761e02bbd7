package nl.welfare.adapters.files.json;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import nl.welfare.adapters.files.internal.io.FaultLog;
import nl.welfare.adapters.files.internal.io.Node;
import nl.welfare.adapters.files.internal.io.Paths;
import nl.welfare.domain.value.Violation;

/**
 * The properties of one JSON object, read with the faults they have: a property the object does not take is reported
 * when the object is opened, a required one that is absent (or {@code null}) when it is asked for, a value of the
 * wrong JSON type when it is read. A read that fails gives none; the fault is in {@link FaultLog}.
 */
final class Fields {

    private final FaultLog faults;
    private final Node node;
    private final String path;

    private Fields(FaultLog faults, Node node, String path) {
        this.faults = faults;
        this.node = node;
        this.path = path;
    }

    /** The object {@code node} that takes the properties {@code allowed}, or none if it is not an object. */
    static Option<Fields> of(FaultLog faults, Node node, String path, String... allowed) {
        if (!node.is(Node.Type.OBJECT)) {
            faults.add(JsonRules.NOT_AN_OBJECT, path, node, node.shown());
            return Option.none();
        }
        Set<String> takes = Set.of(allowed);
        for (Node.Member m : node.members().values()) {
            if (!takes.contains(m.name())) {
                faults.add(
                        JsonRules.UNKNOWN_PROPERTY,
                        Paths.member(path, m.name()),
                        m.line(),
                        m.column(),
                        Optional.of(m.name()));
            }
        }
        return Option.some(new Fields(faults, node, path));
    }

    /** The object itself. */
    Node node() {
        return node;
    }

    /** The object's path. */
    String path() {
        return path;
    }

    /** The path of the property {@code name}. */
    String path(String name) {
        return Paths.member(path, name);
    }

    /** The value of {@code name}, if it is given and not {@code null}. */
    Option<Node> optional(String name) {
        Node.Member member = node.members().get(name);
        return member == null || member.value().is(Node.Type.NULL) ? Option.none() : Option.some(member.value());
    }

    /** The value of {@code name}, or none with the fault that it is missing. */
    Option<Node> required(String name) {
        Option<Node> value = optional(name);
        if (value.isEmpty()) {
            faults.add(JsonRules.MISSING_PROPERTY, path(name), node.line(), node.column(), Optional.empty());
        }
        return value;
    }

    /** The string {@code name}, required. */
    Option<String> text(String name) {
        return required(name).flatMap(v -> text(v, path(name)));
    }

    /** The string {@code name}, or {@code absent} when it is not given. */
    Option<String> optionalText(String name, String absent) {
        return optional(name).map(v -> text(v, path(name))).getOrElse(Option.some(absent));
    }

    /** The string {@code name}, required, parsed by a domain type; a violation is reported at the value. */
    <T> Option<T> parsed(String name, Function<String, Validation<Seq<Violation>, T>> parse) {
        return required(name).flatMap(v -> parsed(v, path(name), parse));
    }

    /** {@code true} or {@code false} for {@code name}, or {@code absent} when it is not given. */
    Option<Boolean> optionalBoolean(String name, boolean absent) {
        Option<Node> value = optional(name);
        if (value.isEmpty()) {
            return Option.some(absent);
        }
        if (!value.get().is(Node.Type.BOOLEAN)) {
            faults.add(
                    JsonRules.NOT_A_BOOLEAN,
                    path(name),
                    value.get(),
                    value.get().shown());
            return Option.none();
        }
        return Option.some(value.get().text().equals("true"));
    }

    /** The whole number {@code name}, required, within the range of an {@code int}. */
    Option<Integer> integer(String name) {
        return required(name).flatMap(v -> {
            if (v.is(Node.Type.INTEGER)
                    && v.integer().map(i -> i.bitLength() < 32).orElse(false)) {
                return Option.some(v.integer().get().intValueExact());
            }
            faults.add(v.isNumber() ? JsonRules.NOT_AN_INTEGER : JsonRules.NOT_A_NUMBER, path(name), v, v.shown());
            return Option.none();
        });
    }

    /** The number {@code name}, required; it may be infinite when written too large. */
    Option<Double> number(String name) {
        return required(name).flatMap(v -> {
            if (v.isNumber()) {
                return Option.some(v.number());
            }
            faults.add(JsonRules.NOT_A_NUMBER, path(name), v, v.shown());
            return Option.none();
        });
    }

    /** The string {@code value} at {@code path}, or none with the fault that it is not one. */
    Option<String> text(Node value, String path) {
        if (!value.is(Node.Type.STRING)) {
            faults.add(JsonRules.NOT_A_STRING, path, value, value.shown());
            return Option.none();
        }
        return Option.some(value.text());
    }

    /** The string {@code value} at {@code path} parsed by a domain type; a violation is reported at the value. */
    <T> Option<T> parsed(Node value, String path, Function<String, Validation<Seq<Violation>, T>> parse) {
        return text(value, path).flatMap(text -> {
            Validation<Seq<Violation>, T> result = parse.apply(text);
            if (result.isInvalid()) {
                faults.add(result.getError(), path, value);
                return Option.none();
            }
            return Option.some(result.get());
        });
    }
}
