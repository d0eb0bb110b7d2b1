package org.backspasmkg.loader.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.backspasmkg.loader.lexicon.Concept;
import org.backspasmkg.loader.lexicon.Lexicon;

/**
 * Scores extracted facts against a gold table: a fact matches a row when relation, condition and object
 * agree, names compared after the loader's own normalisation against every name the concept has.
 */
final class ExtractionScorer {
    record Score(int gold, int found, int extracted, int correct, List<String> missed, List<String> wrong) {
        double recall() {
            return gold == 0 ? 1 : (double) found / gold;
        }

        double precision() {
            return extracted == 0 ? 1 : (double) correct / extracted;
        }
    }

    private final Lexicon lexicon;

    ExtractionScorer(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    Score score(Extraction extraction, GoldTable gold) {
        Map<String, Fact> statements = new LinkedHashMap<>();
        // The outlook sentence (bskg:prognosis) is text, not a fact the tables annotate.
        for (Fact f : extraction.facts()) if (!f.relation().equals("prognosis")) statements.putIfAbsent(f.statementKey(), f);
        Set<String> matchedStatements = new HashSet<>();
        List<String> missed = new ArrayList<>();
        int found = 0;
        for (GoldTable.Row row : gold.rows()) {
            boolean hit = false;
            for (Map.Entry<String, Fact> e : statements.entrySet()) {
                if (matches(e.getValue(), row, extraction)) {
                    matchedStatements.add(e.getKey());
                    hit = true;
                }
            }
            if (hit) found++;
            else missed.add(row.conditions().get(0) + " " + row.relation() + " " + row.objects() + " @" + row.line());
        }
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Fact> e : statements.entrySet()) {
            if (!matchedStatements.contains(e.getKey())) {
                Fact f = e.getValue();
                wrong.add(f.conditionId() + " " + f.relation() + " " + (f.objectId().isEmpty() ? f.literal() : f.objectId())
                        + " @" + f.line() + " \"" + f.evidence() + "\"");
            }
        }
        return new Score(gold.rows().size(), found, statements.size(), matchedStatements.size(), missed, wrong);
    }

    private boolean matches(Fact f, GoldTable.Row row, Extraction extraction) {
        if (!f.relation().equals(row.relation())) return false;
        if (!conditionMatches(f.conditionId(), row.conditions(), extraction)) return false;
        if (f.objectId().isEmpty()) return row.objects().stream().anyMatch(o -> sameDuration(o, f.literal()));
        if (anyNameMatches(names(f.objectId(), extraction), row.objects())) return true;
        // A candidate is named in the page's own words, which an annotator may trim differently.
        Concept candidate = extraction.candidates().get(f.objectId());
        return candidate != null && row.objects().stream().anyMatch(o -> overlap(candidate.label(), o) >= CANDIDATE_OVERLAP);
    }

    /** Word overlap (Dice) at which a candidate's label and an annotator's wording name the same thing. */
    static final double CANDIDATE_OVERLAP = 0.75;

    private double overlap(String a, String b) {
        Set<String> x = stems(a);
        Set<String> y = stems(b);
        if (x.isEmpty() || y.isEmpty()) return 0;
        Set<String> both = new HashSet<>(x);
        both.retainAll(y);
        return 2.0 * both.size() / (x.size() + y.size());
    }

    private Set<String> stems(String text) {
        Set<String> s = new HashSet<>();
        lexicon.normalizer().stems(text).forEach(st -> s.add(st.stem()));
        return s;
    }

    /**
     * The annotator names the condition in words; the loader may file the fact under a narrower or broader
     * concept of the same line ("night leg cramp" for "leg cramp"), which counts as the same condition.
     */
    private boolean conditionMatches(String id, List<String> gold, Extraction extraction) {
        if (anyNameMatches(names(id, extraction), gold)) return true;
        for (String g : gold) {
            var c = lexicon.lookup(g);
            if (c.isPresent() && lexicon.related(c.get().id(), id)) return true;
        }
        return false;
    }

    /** Annotators write ISO 8601 weeks (P6W); xsd:duration has none, so the loader writes days (P42D). */
    static boolean sameDuration(String gold, String extracted) {
        java.util.regex.Matcher w = java.util.regex.Pattern.compile("P(\\d+)W").matcher(gold);
        String g = w.matches() ? "P" + Integer.parseInt(w.group(1)) * 7 + "D" : gold;
        return g.equals(extracted);
    }

    private List<String> names(String id, Extraction extraction) {
        Concept c = lexicon.get(id).orElse(extraction.candidates().get(id));
        if (c == null) return List.of(id.replace('-', ' '));
        List<String> n = new ArrayList<>(c.synonyms());
        n.add(c.label());
        return n;
    }

    private boolean anyNameMatches(List<String> names, List<String> gold) {
        Set<String> keys = new HashSet<>();
        for (String n : names) keys.add(lexicon.normalizer().key(n));
        for (String g : gold) if (keys.contains(lexicon.normalizer().key(g))) return true;
        return false;
    }
}
