package org.backspasmkg.loader.mapping;

import java.util.Objects;
import org.backspasmkg.loader.diag.SourceLocation;

/** A rule violation found in a mapping set, at a file and line. */
public record MappingProblem(SourceLocation location, String message) {
    public MappingProblem {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
    }

    /** Compiler style: {@code ontology/mappings/x.sssom.tsv:12: error: ...}. */
    @Override
    public String toString() {
        return location + ": error: " + message;
    }
}
