package org.backspasmkg.loader.mapping;

import java.util.Objects;
import java.util.OptionalDouble;
import org.backspasmkg.loader.diag.SourceLocation;

/**
 * One row of an SSSOM mapping set. Ids are CURIEs as written in the file; expand them with
 * {@link MappingSet#expand(String)}.
 *
 * @param objectSource the vocabulary the object belongs to (SSSOM {@code object_source}), or empty; it names the
 *     vocabulary that was searched when {@code objectId} is {@code sssom:NoTermFound}
 * @param confidence between 0 and 1, empty when the row gives none
 * @param source where the code was confirmed (SSSOM {@code see_also}), or empty
 * @param location file and line of the row, for messages
 */
public record Mapping(String subjectId, String subjectLabel, String predicateId, String objectId, String objectLabel,
        String objectSource, String justification, OptionalDouble confidence, String comment, String source,
        SourceLocation location) {

    /** The object id SSSOM uses for "this vocabulary was checked and has no matching term". */
    public static final String NO_TERM_FOUND = "sssom:NoTermFound";

    public Mapping {
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(predicateId, "predicateId");
        Objects.requireNonNull(objectId, "objectId");
        Objects.requireNonNull(location, "location");
        subjectLabel = nullToEmpty(subjectLabel);
        objectLabel = nullToEmpty(objectLabel);
        objectSource = nullToEmpty(objectSource);
        justification = nullToEmpty(justification);
        confidence = confidence == null ? OptionalDouble.empty() : confidence;
        comment = nullToEmpty(comment);
        source = nullToEmpty(source);
    }

    /** True when the row records a negative result rather than a code. */
    public boolean isNoTermFound() {
        return NO_TERM_FOUND.equals(objectId);
    }

    /** The prefix of the object id ({@code MESH} for {@code MESH:D013035}). */
    public String objectPrefix() {
        return MappingSet.prefixOf(objectId);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
