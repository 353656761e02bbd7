package nl.welfare.adapters.files.json;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import nl.welfare.adapters.files.internal.io.FaultLog;
import nl.welfare.adapters.files.internal.io.Node;
import nl.welfare.adapters.files.internal.io.Paths;

/** The list a file holds: the document itself when it is an array, or the array under its one property. */
final class Lists {

    /** An element of the list and its path. */
    record Element(Node node, String path) {}

    private Lists() {}

    /**
     * The elements of {@code root}: an array ({@code [...]}, paths {@code [0]}, {@code [1]}) or an object whose only
     * property {@code property} is one ({@code {"definitions": [...]}}, paths {@code definitions[0]}); none, with the
     * fault, otherwise.
     */
    static Seq<Element> elements(FaultLog faults, Node root, String property) {
        if (root.is(Node.Type.ARRAY)) {
            return List.ofAll(root.elements()).zipWithIndex().map(e -> new Element(e._1, Paths.element("", e._2)));
        }
        if (!root.is(Node.Type.OBJECT)) {
            faults.add(JsonRules.NOT_A_LIST, "", root, root.shown());
            return List.empty();
        }
        return Fields.of(faults, root, "", property)
                .flatMap(f -> f.required(property))
                .map(array -> {
                    if (!array.is(Node.Type.ARRAY)) {
                        faults.add(JsonRules.NOT_AN_ARRAY, property, array, array.shown());
                        return List.<Element>empty();
                    }
                    return List.ofAll(array.elements())
                            .zipWithIndex()
                            .map(e -> new Element(e._1, Paths.element(property, e._2)));
                })
                .getOrElse(List.empty());
    }
}
