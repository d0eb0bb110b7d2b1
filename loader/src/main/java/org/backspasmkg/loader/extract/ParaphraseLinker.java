package org.backspasmkg.loader.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.backspasmkg.loader.classify.ClassifiedQuestion;
import org.backspasmkg.loader.nlp.Normalizer;
import org.backspasmkg.loader.parse.Question;

/**
 * Links each unanswered question to the answered question it paraphrases: same intent and condition
 * count most, then the overlap of their word stems.
 */
public final class ParaphraseLinker {
    /** Below this score two questions are not taken as asking the same thing. */
    static final double THRESHOLD = 0.6;

    private final Normalizer normalizer;

    public ParaphraseLinker(Normalizer normalizer) {
        this.normalizer = normalizer;
    }

    public Map<Question, Question> link(List<ClassifiedQuestion> questions) {
        Map<Question, Question> out = new HashMap<>();
        for (ClassifiedQuestion u : questions) {
            if (u.question().isAnswered()) continue;
            ClassifiedQuestion best = null;
            double bestScore = THRESHOLD;
            for (ClassifiedQuestion a : questions) {
                if (!a.question().isAnswered()) continue;
                double score = score(u, a);
                if (score > bestScore) {
                    best = a;
                    bestScore = score;
                }
            }
            if (best != null) out.put(u.question(), best.question());
        }
        return out;
    }

    double score(ClassifiedQuestion u, ClassifiedQuestion a) {
        boolean sameIntent = u.intent().id().equals(a.intent().id()) && !u.intent().id().equals("other");
        boolean sameCondition = !u.conditionId().isEmpty() && u.conditionId().equals(a.conditionId());
        return jaccard(stems(u.question().text()), stems(a.question().text()))
                + (sameIntent ? 0.35 : 0) + (sameCondition ? 0.15 : 0);
    }

    private Set<String> stems(String text) {
        Set<String> s = new HashSet<>();
        normalizer.stems(text).forEach(st -> s.add(st.stem()));
        return s;
    }

    static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) return 0;
        Set<String> inter = new HashSet<>(a);
        inter.retainAll(b);
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        return (double) inter.size() / union.size();
    }
}
