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
    public static final String HEADS_FILE = "condition-heads.txt";
    private static final String[] COLUMNS = {"id", "label", "type", "synonyms", "body_part", "broader", "definition"};

    private final Map<String, Concept> byId;
    private final Map<String, String> idByKey;
    private final int longestPhrase;
    private final Normalizer normalizer;

    private final Set<String> conditionHeads;

    private Lexicon(Map<String, Concept> byId, Set<String> conditionHeads, Normalizer normalizer) {
        // File order, so the graph and its dumps come out the same on every run.
        this.byId = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byId));
        this.conditionHeads = Set.copyOf(conditionHeads);
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
        Set<String> heads = new java.util.HashSet<>();
        for (WordList.Entry e : WordList.read(dir.resolve(HEADS_FILE), displayDir + "/" + HEADS_FILE).entries()) {
            if (!byId.containsKey(e.text())) {
                throw new LoaderException(e.location(), "\"" + e.text() + "\" is not the id of a concept in the lexicon");
            }
            heads.add(e.text());
        }
        return new Lexicon(byId, heads, normalizer);
    }

    /** Whether this cause names a condition of its own once a body part is attached ("shoulder strain"). */
    public boolean isConditionHead(String id) {
        return conditionHeads.contains(id);
    }

    public Optional<Concept> get(String id) {
        return Optional.ofNullable(byId.get(id)).or(() -> Optional.ofNullable(minted.get(id)));
    }

    /**
     * Conditions composed from a body part and a general condition while reading pages ("shoulder strain"),
     * remembered so the hierarchy (broader, body part) of what the loader itself named is known.
     */
    private final Map<String, Concept> minted = new java.util.concurrent.ConcurrentHashMap<>();

    public void remember(Concept candidate) {
        if (!byId.containsKey(candidate.id())) minted.putIfAbsent(candidate.id(), candidate);
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
            Concept c = get(cur).orElse(null);
            cur = c == null ? null : c.broader();
        }
        return false;
    }

    public boolean related(String a, String b) {
        return isSameOrBroader(a, b) || isSameOrBroader(b, a);
    }

    /**
     * Whether a condition named in a text ({@code mentioned}, worded {@code surface}) is the condition being
     * discussed ({@code current}) rather than another one: a broader or narrower form of it, or a relative in
     * the hierarchy called by the same head word ("the cramp" on a leg-cramp page, but not "muscle cramps"
     * on a back-spasm page).
     */
    public boolean sameTopic(String mentioned, String surface, String current) {
        if (related(mentioned, current)) return true;
        if (isComplaintAt(mentioned, current) || isComplaintAt(current, mentioned)) return true;
        Concept c = get(current).orElse(null);
        if (c == null || !shareAncestor(mentioned, current)) return false;
        String head = lastStem(surface);
        return !head.isEmpty() && head.equals(lastStem(c.label()));
    }

    /**
     * The body part that sets this condition apart from its broader one (back spasm: the back, where a
     * muscle spasm is in a muscle); none when it is the broader condition's own (a muscle cramp's muscle).
     */
    public Optional<String> distinctiveBodyPart(String id) {
        Optional<Concept> c = get(id);
        if (c.isEmpty() || c.get().bodyPart().isEmpty()) return Optional.empty();
        Optional<Concept> broader = get(c.get().broader());
        if (broader.isPresent() && broader.get().bodyPart().equals(c.get().bodyPart())) return Optional.empty();
        return Optional.of(c.get().bodyPart());
    }

    /** Whether the condition is named after a symptom ("back pain", "neck stiffness"). */
    public boolean isComplaint(String id) {
        Optional<Concept> c = get(id);
        if (c.isEmpty() || !c.get().type().equals("Condition")) return false;
        Optional<Concept> head = lookupKey(lastStem(c.get().label()));
        return head.isPresent() && head.get().type().equals("Symptom");
    }

    /**
     * A condition named after a symptom ("neck pain", "back pain") in the body part of the other condition:
     * on a neck-spasm page, a question about neck pain asks about the neck spasm.
     */
    private boolean isComplaintAt(String complaint, String other) {
        Optional<Concept> a = get(complaint);
        Optional<Concept> b = get(other);
        if (a.isEmpty() || b.isEmpty() || a.get().bodyPart().isEmpty() || b.get().bodyPart().isEmpty()) return false;
        if (!related(a.get().bodyPart(), b.get().bodyPart())) return false;
        Optional<Concept> head = lookupKey(lastStem(a.get().label()));
        return head.isPresent() && (head.get().type().equals("Symptom"));
    }

    private boolean shareAncestor(String a, String b) {
        java.util.Set<String> up = new java.util.HashSet<>();
        for (String cur = a; cur != null && !cur.isEmpty() && up.size() < 20; cur = get(cur).map(Concept::broader).orElse(null)) {
            up.add(cur);
        }
        for (String cur = b; cur != null && !cur.isEmpty(); cur = get(cur).map(Concept::broader).orElse(null)) {
            if (up.contains(cur)) return true;
            if (up.size() > 40) break;
        }
        return false;
    }

    private String lastStem(String text) {
        var stems = normalizer.stems(text);
        return stems.isEmpty() ? "" : stems.get(stems.size() - 1).stem();
    }
}
