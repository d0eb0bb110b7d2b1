package org.backspasmkg.loader.classify;

import java.util.Objects;

/**
 * A question type, aligned with MedQuAD's.
 *
 * @param candidateType ontology class for unknown list items under this intent, or empty for none
 */
public record Intent(String id, String medquadType, String candidateType) {
    public Intent {
        Objects.requireNonNull(id, "id");
        candidateType = candidateType == null ? "" : candidateType;
    }

    public static final Intent OTHER = new Intent("other", "other", "");
}
