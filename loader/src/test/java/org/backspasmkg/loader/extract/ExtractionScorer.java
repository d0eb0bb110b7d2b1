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
        for (Fact f : extraction.facts()) statements.putIfAbsent(f.statementKey(), f);
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
        if (!anyNameMatches(names(f.conditionId(), extraction), row.conditions())) return false;
        if (f.objectId().isEmpty()) return row.objects().contains(f.literal());
        return anyNameMatches(names(f.objectId(), extraction), row.objects());
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
