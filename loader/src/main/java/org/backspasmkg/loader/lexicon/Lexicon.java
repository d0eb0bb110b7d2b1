package org.backspasmkg.loader.lexicon;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.backspasmkg.loader.diag.LoaderException;
import org.backspasmkg.loader.nlp.Normalizer;

/** The curated concepts (data/lexicon/concepts.tsv) and an index from normalised phrases to them. */
public final class Lexicon {
    public static final String FILE = "concepts.tsv";
    private static final String[] COLUMNS = {"id", "label", "type", "synonyms", "body_part", "broader", "definition"};

    private final Map<String, Concept> byId;
    private final Map<String, String> idByKey;
    private final int longestPhrase;
    private final Normalizer normalizer;

    private Lexicon(Map<String, Concept> byId, Normalizer normalizer) {
        this.byId = Map.copyOf(byId);
        this.normalizer = normalizer;
        Map<String, String> keys = new HashMap<>();
        int longest = 1;
        for (Concept c : byId.values()) {
            List<String> phrases = new ArrayList<>(c.synonyms());
            phrases.add(0, c.label());
            for (String p : phrases) {
                String key = normalizer.key(p);
                if (key.isEmpty()) continue;
                // The preferred label wins over another concept's synonym.
                if (!keys.containsKey(key) || p.equals(c.label())) keys.put(key, c.id());
                longest = Math.max(longest, key.split(" ").length);
            }
        }
        this.idByKey = Map.copyOf(keys);
        this.longestPhrase = longest;
    }

    public static Lexicon read(Path dir, String displayDir, Normalizer normalizer, Set<String> knownTypes) {
        TsvTable table = TsvTable.read(dir.resolve(FILE), displayDir + "/" + FILE, COLUMNS);
        Map<String, Concept> byId = new LinkedHashMap<>();
        for (TsvTable.Row row : table.rows()) {
            String id = row.required("id");
            if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                throw new LoaderException(row.location(), "concept id \"" + id + "\" is not kebab-case ASCII");
            }
            String type = row.required("type");
            if (!knownTypes.contains(type)) {
                throw new LoaderException(row.location(), "unknown type \"" + type + "\"; expected one of " + knownTypes);
            }
            List<String> synonyms = Arrays.stream(row.get("synonyms").split("\\|"))
                    .map(String::strip).filter(s -> !s.isEmpty()).toList();
            Concept c = new Concept(id, row.required("label"), type, synonyms, row.get("body_part"), row.get("broader"),
                    row.get("definition"), false);
            if (byId.put(id, c) != null) throw new LoaderException(row.location(), "duplicate concept id \"" + id + "\"");
        }
        for (TsvTable.Row row : table.rows()) {
            Concept c = byId.get(row.get("id"));
            for (String ref : List.of(c.bodyPart(), c.broader())) {
                if (!ref.isEmpty() && !byId.containsKey(ref)) {
                    throw new LoaderException(row.location(), "\"" + ref + "\" is not the id of a concept in the lexicon");
                }
            }
        }
        return new Lexicon(byId, normalizer);
    }

    public Optional<Concept> get(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Collection<Concept> concepts() {
        return byId.values();
    }

    public Normalizer normalizer() {
        return normalizer;
    }

    /** The concept whose label or synonym normalises to exactly this phrase. */
    public Optional<Concept> lookup(String phrase) {
        return Optional.ofNullable(idByKey.get(normalizer.key(phrase))).map(byId::get);
    }

    Optional<Concept> lookupKey(String key) {
        return Optional.ofNullable(idByKey.get(key)).map(byId::get);
    }

    int longestPhrase() {
        return longestPhrase;
    }

    /** True when {@code ancestor} is reachable from {@code id} through broader links (or is the same). */
    public boolean isSameOrBroader(String id, String ancestor) {
        String cur = id;
        for (int guard = 0; cur != null && !cur.isEmpty() && guard < 20; guard++) {
            if (cur.equals(ancestor)) return true;
            Concept c = byId.get(cur);
            cur = c == null ? null : c.broader();
        }
        return false;
    }

    public boolean related(String a, String b) {
        return isSameOrBroader(a, b) || isSameOrBroader(b, a);
    }
}
