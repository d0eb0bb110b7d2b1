package org.backspasmkg.loader.op;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.backspasmkg.loader.extract.Extraction;
import org.backspasmkg.loader.extract.Fact;

/** Counts a user sees after a load: pages, questions, distinct facts by relation, candidates, triples. */
public record LoadSummary(int pages, int questions, int answered, Map<String, Integer> factsByRelation,
        int candidates, long triples) {
    public LoadSummary {
        factsByRelation = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(factsByRelation));
    }

    static LoadSummary of(List<Extraction> extractions, long triples) {
        int questions = 0;
        int answered = 0;
        java.util.Set<String> candidates = new java.util.HashSet<>();
        for (Extraction e : extractions) {
            questions += e.page().questions().size();
            answered += (int) e.page().page().answeredCount();
            candidates.addAll(e.candidates().keySet());
        }
        return new LoadSummary(extractions.size(), questions, answered, factsByRelation(extractions), candidates.size(), triples);
    }

    /** Distinct statements per relation: a fact stated on several pages (or twice on one) counts once. */
    static Map<String, Integer> factsByRelation(List<Extraction> extractions) {
        Map<String, Integer> byRelation = new TreeMap<>();
        java.util.Set<String> statements = new java.util.HashSet<>();
        for (Extraction e : extractions) {
            for (Fact f : e.facts()) {
                if (statements.add(f.statementKey())) byRelation.merge(f.relation(), 1, Integer::sum);
            }
        }
        return byRelation;
    }

    public int facts() {
        return factsByRelation.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The summary as lines for a terminal. */
    public String render() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("pages: %d%nquestions: %d (%d answered, %d unanswered)%nfacts: %d%n",
                pages, questions, answered, questions - answered, facts()));
        factsByRelation.forEach((r, n) -> sb.append(String.format("  %-20s %d%n", r, n)));
        sb.append(String.format("candidates: %d%ntriples: %d%n", candidates, triples));
        return sb.toString();
    }
}
