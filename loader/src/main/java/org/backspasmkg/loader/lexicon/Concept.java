package org.backspasmkg.loader.lexicon;

import java.util.List;
import java.util.Objects;

/**
 * A concept of the lexicon, or a candidate found in a page that the lexicon lacks.
 *
 * @param type the local name of its ontology class (Condition, Symptom, SelfCare, ...)
 * @param bodyPart id of the body part it is located in, or empty
 * @param broader id of a broader concept, or empty
 * @param candidate true for a concept found in a page but not (yet) curated into the lexicon
 */
public record Concept(String id, String label, String type, List<String> synonyms, String bodyPart, String broader,
        String definition, boolean candidate) {
    public Concept {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(type, "type");
        synonyms = List.copyOf(synonyms);
        bodyPart = bodyPart == null ? "" : bodyPart;
        broader = broader == null ? "" : broader;
        definition = definition == null ? "" : definition;
    }

    public static Concept candidate(String id, String label, String type) {
        return new Concept(id, label, type, List.of(), "", "", "", true);
    }
}
