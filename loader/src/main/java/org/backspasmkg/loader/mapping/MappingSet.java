package org.backspasmkg.loader.mapping;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An SSSOM mapping set: its metadata block, its CURIE map and its rows, all immutable.
 *
 * <pre>{@code
 * MappingSet set = SssomReader.read(Path.of("ontology/mappings/backspasm.sssom.tsv"));
 * for (Mapping m : set.mappings()) {
 *     String subject = set.expand(m.subjectId());     // https://w3id.org/backspasm-kg/concept/back-spasm
 *     String object = set.expand(m.objectId());       // http://purl.bioontology.org/ontology/ICD10CM/M62.830
 * }
 * }</pre>
 *
 * @param file the file it was read from, as shown in messages
 * @param metadata the YAML header (mapping_set_id, license, ...), without the curie_map
 * @param curieMap prefix to namespace IRI, in file order
 */
public record MappingSet(String file, Map<String, Object> metadata, Map<String, String> curieMap,
        List<Mapping> mappings) {

    public MappingSet {
        Objects.requireNonNull(file, "file");
        metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
        curieMap = Collections.unmodifiableMap(new LinkedHashMap<>(curieMap));
        mappings = List.copyOf(mappings);
    }

    /** The prefix of a CURIE: the part before the first colon, or empty if there is none. */
    public static String prefixOf(String curie) {
        int colon = curie.indexOf(':');
        return colon < 0 ? "" : curie.substring(0, colon);
    }

    /** The local part of a CURIE: the part after the first colon. */
    public static String localOf(String curie) {
        int colon = curie.indexOf(':');
        return colon < 0 ? curie : curie.substring(colon + 1);
    }

    /**
     * The IRI of a CURIE ({@code HP:0003394} to {@code http://purl.obolibrary.org/obo/HP_0003394}).
     *
     * @throws IllegalArgumentException if the CURIE has no prefix or its prefix is not in the curie map
     */
    public String expand(String curie) {
        String prefix = prefixOf(curie);
        String namespace = curieMap.get(prefix);
        if (prefix.isEmpty() || namespace == null) {
            throw new IllegalArgumentException("unknown prefix in \"" + curie + "\"; known: " + curieMap.keySet());
        }
        return namespace + localOf(curie);
    }

    /**
     * The CURIE of an IRI, using the longest namespace of the curie map that starts the IRI (the first such prefix
     * in file order if two prefixes share a namespace); empty if no namespace fits.
     */
    public Optional<String> compact(String iri) {
        String bestPrefix = null;
        String bestNamespace = "";
        for (Map.Entry<String, String> e : curieMap.entrySet()) {
            String ns = e.getValue();
            if (iri.startsWith(ns) && ns.length() > bestNamespace.length()) {
                bestPrefix = e.getKey();
                bestNamespace = ns;
            }
        }
        return bestPrefix == null ? Optional.empty()
                : Optional.of(bestPrefix + ":" + iri.substring(bestNamespace.length()));
    }

    /** The rows whose subject is the given CURIE, in file order. */
    public List<Mapping> mappingsOf(String subjectId) {
        List<Mapping> out = new ArrayList<>();
        for (Mapping m : mappings) {
            if (m.subjectId().equals(subjectId)) out.add(m);
        }
        return out;
    }
}
