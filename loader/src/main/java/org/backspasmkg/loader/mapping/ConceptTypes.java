package org.backspasmkg.loader.mapping;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.backspasmkg.loader.lexicon.TsvTable;

/**
 * The lexicon's concept ids and their types, which is all the mapping checks need from
 * {@code data/lexicon/concepts.tsv} (read without the NLP set-up the full lexicon needs).
 *
 * @param typeById concept id to its type (Condition, Symptom, ...), in file order
 */
public record ConceptTypes(Map<String, String> typeById) {
    public ConceptTypes {
        typeById = Collections.unmodifiableMap(new LinkedHashMap<>(typeById));
    }

    public static ConceptTypes read(Path conceptsFile, String display) {
        Map<String, String> types = new LinkedHashMap<>();
        for (TsvTable.Row row : TsvTable.read(conceptsFile, display, "id", "type").rows()) {
            types.put(row.required("id"), row.required("type"));
        }
        return new ConceptTypes(types);
    }

    public boolean contains(String id) {
        return typeById.containsKey(id);
    }
}
