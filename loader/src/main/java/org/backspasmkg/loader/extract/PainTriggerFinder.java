package org.backspasmkg.loader.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.backspasmkg.loader.diag.LoaderException;
import org.backspasmkg.loader.lexicon.TsvTable;
import org.backspasmkg.loader.nlp.EnglishModels;
import org.backspasmkg.loader.nlp.EnglishModels.Token;
import org.backspasmkg.loader.nlp.Gerund;

/**
 * Reads "it hurts when you bend, twist or get up from a chair" as the movements that bring the pain on, each
 * named "pain when bending", "pain when twisting", "pain when getting up from a chair"
 * (data/lexicon/pain-triggers.tsv).
 */
public final class PainTriggerFinder {
    public static final String FILE = "pain-triggers.tsv";
    /** A movement is its verb and at most this many words after it ("get up from a chair"). */
    private static final int MAX_WORDS = 5;
    /** The pain word is at most this many words before "when": "it bites hardest when you ...". */
    private static final int MAX_GAP = 3;
    private static final Set<String> FUNCTION = Set.of("DET", "ADP", "PRON", "AUX", "CCONJ", "SCONJ", "PART", "PUNCT", "NUM");
    private static final Set<String> SUBJECTS = Set.of("you", "i", "we", "they", "she", "he", "one");

    private final Set<String> painWords;
    private final Set<String> leads;
    private final Set<String> spreads;
    private final java.util.regex.Pattern mayHurt;
    private final EnglishModels nlp;

    private PainTriggerFinder(Set<String> painWords, Set<String> leads, Set<String> spreads, EnglishModels nlp) {
        this.painWords = Set.copyOf(painWords);
        this.leads = Set.copyOf(leads);
        this.spreads = Set.copyOf(spreads);
        // a cheap test before tagging: most clauses name no pain word at all ("bite" also matches "bites")
        this.mayHurt = java.util.regex.Pattern.compile("\\b(" + String.join("|", painWords.stream()
                .map(w -> java.util.regex.Pattern.quote(w.endsWith("e") ? w.substring(0, w.length() - 1) : w))
                .toList()) + ")", java.util.regex.Pattern.CASE_INSENSITIVE);
        this.nlp = nlp;
    }

    /**
     * "pain travelling into your left arm or jaw": the names of the pains the clause sends to body parts
     * ("left arm pain", "jaw pain"), for the caller to look up; a side word before the part is kept.
     */
    public List<String> painsSpreadingTo(String clause, List<org.backspasmkg.loader.lexicon.Mention> mentions) {
        if (!mayHurt.matcher(clause).find()) return List.of();
        List<Token> t = nlp.tokens(clause);
        int from = -1;
        boolean hurts = false;
        for (int i = 0; i + 1 < t.size(); i++) {
            String w = t.get(i).text().toLowerCase(Locale.ROOT);
            if (painWords.contains(t.get(i).lemmaOrText()) || painWords.contains(w)) hurts = true;
            if (hurts && spreads.contains(t.get(i).lemmaOrText())) {
                int j = i + 1;
                // "sweep round to the groin": a particle may come first
                if (j + 1 < t.size() && t.get(j).text().toLowerCase(Locale.ROOT).matches("round|around|out|over|back")) j++;
                String next = t.get(j).text().toLowerCase(Locale.ROOT);
                if (next.matches("to|into|down|toward|towards|up|through|across")) {
                    from = t.get(j).end();
                    break;
                }
            }
        }
        if (from < 0) return List.of();
        List<String> out = new ArrayList<>();
        int reach = from;
        for (org.backspasmkg.loader.lexicon.Mention m : mentions) {
            if (m.start() < reach || !m.concept().type().equals("BodyPart")) continue;
            // only a coordination of parts: "your left arm or jaw", "the buttock, thigh and foot"
            String between = clause.substring(reach, m.start()).toLowerCase(Locale.ROOT).strip();
            if (!between.matches("((your|the|one|both|a|an|or|and|,|left|right)\\s*)*")) break;
            String side = between.matches(".*\\b(left|right)$") ? between.replaceAll(".*\\b(left|right)$", "$1") + " " : "";
            out.add(side + m.concept().label() + " pain");
            if (!side.isEmpty()) out.add(m.concept().label() + " pain");
            reach = m.end();
        }
        return out;
    }

    public static PainTriggerFinder read(Path dir, String displayDir, EnglishModels nlp) {
        Map<String, Set<String>> words = new HashMap<>(
                Map.of("pain-word", new HashSet<>(), "lead", new HashSet<>(), "spread", new HashSet<>()));
        for (TsvTable.Row row : TsvTable.read(dir.resolve(FILE), displayDir + "/" + FILE, "kind", "word").rows()) {
            Set<String> bucket = words.get(row.required("kind"));
            if (bucket == null) {
                throw new LoaderException(row.location(),
                        "kind must be pain-word, lead or spread, not \"" + row.get("kind") + "\"");
            }
            bucket.add(row.required("word").toLowerCase(Locale.ROOT));
        }
        return new PainTriggerFinder(words.get("pain-word"), words.get("lead"), words.get("spread"), nlp);
    }

    /** The names of the pains the clause ties to movements, in order; empty when it ties none. */
    public List<String> painsWhen(String clause) {
        if (!mayHurt.matcher(clause).find()) return List.of();
        List<Token> t = nlp.tokens(clause);
        int lead = -1;
        int hurts = -1; // index of the last pain word
        for (int i = 0; i + 2 < t.size(); i++) {
            String w = t.get(i).text().toLowerCase(Locale.ROOT);
            if (painWords.contains(t.get(i).lemmaOrText()) || painWords.contains(w)) hurts = i;
            // "the pain does not ease when you move": a negation in between turns it round
            if (w.equals("not") || w.equals("n't") || w.equals("never")) hurts = -1;
            if (hurts >= 0 && i - hurts <= MAX_GAP && leads.contains(w)
                    && SUBJECTS.contains(t.get(i + 1).text().toLowerCase(Locale.ROOT))) {
                lead = i + 2;
                break;
            }
        }
        if (lead < 0) return List.of();
        List<String> out = new ArrayList<>();
        int i = lead;
        while (i < t.size()) {
            Token v = t.get(i);
            // "cough, sneeze or laugh": a lone word in the list of movements is a verb whatever its tag
            boolean lone = i + 1 >= t.size() || isBoundary(t.get(i + 1));
            if (!v.pos().equals("VERB") && !(i > lead && lone && v.text().matches("\\p{L}+") && !FUNCTION.contains(v.pos()))) {
                break;
            }
            StringBuilder name = new StringBuilder("pain when ").append(Gerund.of(v.lemmaOrText()));
            int j = i + 1;
            int words = 1;
            while (j < t.size() && words < MAX_WORDS && !isBoundary(t.get(j))) {
                name.append(' ').append(t.get(j).text().toLowerCase(Locale.ROOT));
                j++;
                words++;
            }
            out.add(name.toString().replaceAll("\\s+'", "'"));
            // the next movement follows a comma and/or "or"/"and"
            while (j < t.size() && isBoundary(t.get(j)) && !t.get(j).text().equals(".")) j++;
            i = j;
        }
        return out;
    }

    private static boolean isBoundary(Token t) {
        String w = t.text().toLowerCase(Locale.ROOT);
        return w.equals(",") || w.equals("or") || w.equals("and") || w.equals(".") || w.equals(";") || w.equals("–")
                || t.pos().equals("SCONJ");
    }
}
