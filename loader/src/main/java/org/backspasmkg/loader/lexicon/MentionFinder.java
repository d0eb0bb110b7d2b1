package org.backspasmkg.loader.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.backspasmkg.loader.nlp.Normalizer.Stem;

/**
 * Finds lexicon concepts in a text by greedy longest match over word stems. A condition named by a body
 * part and a general term ("spasm in your back", "back muscle spasm") is resolved to the lexicon's
 * compound concept ("back spasm") when the lexicon has one.
 */
public final class MentionFinder {
    private final Lexicon lexicon;

    public MentionFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    public List<Mention> find(String text) {
        List<Stem> stems = lexicon.normalizer().stems(text);
        List<Mention> out = new ArrayList<>();
        int i = 0;
        while (i < stems.size()) {
            Mention best = null;
            int bestLen = 0;
            for (int len = Math.min(lexicon.longestPhrase(), stems.size() - i); len >= 1; len--) {
                Optional<Concept> c = lexicon.lookupKey(keyOf(stems, i, len));
                if (c.isPresent()) {
                    int s = stems.get(i).start();
                    int e = stems.get(i + len - 1).end();
                    best = new Mention(c.get(), s, e, text.substring(s, e));
                    bestLen = len;
                    break;
                }
            }
            if (best != null) {
                out.add(best);
                i += bestLen;
            } else {
                i++;
            }
        }
        return composeBodyPartConditions(out, text);
    }

    private List<Mention> composeBodyPartConditions(List<Mention> mentions, String text) {
        List<Mention> out = new ArrayList<>(mentions);
        for (int k = 0; k + 1 < out.size(); k++) {
            Mention a = out.get(k);
            Mention b = out.get(k + 1);
            Mention cond = isCondition(a) ? a : isCondition(b) ? b : null;
            Mention part = isBodyPart(a) ? a : isBodyPart(b) ? b : null;
            if (cond == null || part == null || cond == part) continue;
            String between = text.substring(a.end(), b.start());
            if (lexicon.normalizer().stems(between).size() > 1) continue; // adjacent, or joined by one word ("in")
            Optional<Concept> compound = compound(part.concept(), cond.concept());
            if (compound.isPresent()) {
                out.set(k, new Mention(compound.get(), a.start(), b.end(), text.substring(a.start(), b.end())));
                out.remove(k + 1);
            }
        }
        return out;
    }

    private Optional<Concept> compound(Concept part, Concept condition) {
        List<String> partNames = names(part);
        for (String p : partNames) {
            for (String c : names(condition)) {
                Optional<Concept> hit = lexicon.lookup(p + " " + c);
                if (hit.isPresent() && hit.get().type().equals("Condition")) return hit;
                String[] words = c.split("\\s+");
                hit = lexicon.lookup(p + " " + words[words.length - 1]);
                if (hit.isPresent() && hit.get().type().equals("Condition")) return hit;
            }
        }
        return Optional.empty();
    }

    private static List<String> names(Concept c) {
        List<String> n = new ArrayList<>();
        n.add(c.label());
        n.addAll(c.synonyms());
        return n;
    }

    private static boolean isCondition(Mention m) {
        return m.concept().type().equals("Condition");
    }

    private static boolean isBodyPart(Mention m) {
        return m.concept().type().equals("BodyPart");
    }

    private static String keyOf(List<Stem> stems, int from, int len) {
        StringBuilder sb = new StringBuilder();
        for (int j = from; j < from + len; j++) {
            if (j > from) sb.append(' ');
            sb.append(stems.get(j).stem());
        }
        return sb.toString();
    }
}
