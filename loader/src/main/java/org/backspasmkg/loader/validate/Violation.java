package org.backspasmkg.loader.validate;

import java.util.Objects;
import org.apache.jena.graph.Node;

/**
 * One broken rule: the node it concerns, the property involved ("" when the rule is about the node as a
 * whole), a message for the person fixing the data, and the shapes file or check query that found it.
 */
public record Violation(Node focusNode, String path, String message, String source) {
    public Violation {
        Objects.requireNonNull(focusNode, "focusNode");
        path = path == null ? "" : path;
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(source, "source");
    }
}
