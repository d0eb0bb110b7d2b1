package org.backspasmkg.loader.extract;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.backspasmkg.loader.lexicon.WordList;
import org.backspasmkg.loader.nlp.EnglishModels;
import org.backspasmkg.loader.nlp.EnglishModels.Token;

/**
 * Cuts the noun phrase that follows a point in a sentence from OpenNLP's part-of-speech tags (Apache's
 * English models have no chunker): optional adjectives, nouns, then an "of ..." or "to <verb> ..."
 * complement ("a lump", "the need to rub the calf"). Phrases headed by a word of
 * data/lexicon/generic-nouns.txt ("the following symptoms") are not names of things.
 */
public final class PhraseFinder {
    public static final String FILE = "generic-nouns.txt";
    public static final String LIGHT_VERBS_FILE = "light-verbs.txt";
    private static final Set<String> SKIP = Set.of("DET", "ADV", "PRON");
    private static final Set<String> MODIFIER = Set.of("ADJ", "NOUN", "PROPN", "NUM");
    /** Where the object of a verb can start: "take large doses", "wear a collar", "use your arm". */
    private static final Set<String> OBJECT_START = Set.of("DET", "ADJ", "NOUN", "PROPN", "NUM", "PRON");

    private final Set<String> generic;
    private final Set<String> lightVerbs;
    private final EnglishModels nlp;

    private PhraseFinder(Set<String> generic, Set<String> lightVerbs, EnglishModels nlp) {
        this.generic = generic;
        this.lightVerbs = lightVerbs;
        this.nlp = nlp;
    }

    public static PhraseFinder read(Path dir, String displayDir, EnglishModels nlp) {
        return new PhraseFinder(words(dir, displayDir, FILE), words(dir, displayDir, LIGHT_VERBS_FILE), nlp);
    }

    private static Set<String> words(Path dir, String displayDir, String file) {
        return WordList.read(dir.resolve(file), displayDir + "/" + file).texts().stream()
                .map(l -> l.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    /** The noun phrase starting after character {@code from}, or "" when none starts there. */
    public String nounPhraseAfter(String text, int from) {
        String rest = text.substring(Math.min(from, text.length()));
        List<Token> t = nlp.tokens(rest);
        // Only an object introduced by a determiner ("feel a lump", "have the need"): "feel sore" is a predicate.
        int i = 0;
        while (i < t.size() && t.get(i).pos().equals("ADV") && i < 2) i++;
        if (i >= t.size() || !t.get(i).pos().equals("DET")) return "";
        while (i < t.size() && SKIP.contains(t.get(i).pos()) && i < 4) i++;
        int start = i;
        while (i < t.size() && MODIFIER.contains(t.get(i).pos())) i++;
        int headEnd = i; // exclusive
        if (headEnd == start || !isNoun(t.get(headEnd - 1))) return "";
        if (generic.contains(t.get(headEnd - 1).lemmaOrText()) || generic.contains(t.get(headEnd - 1).text().toLowerCase(Locale.ROOT))) {
            return "";
        }
        int end = headEnd;
        if (i + 1 < t.size() && t.get(i).text().equalsIgnoreCase("to") && t.get(i + 1).pos().equals("VERB")) {
            end = complementEnd(t, i + 2);
        } else if (i + 1 < t.size() && t.get(i).text().equalsIgnoreCase("of")) {
            end = complementEnd(t, i + 1);
        }
        return rest.substring(t.get(start).start(), t.get(end - 1).end());
    }

    /** A piece of a sentence with its character span. */
    public record Part(String text, int start, int end) {}

    /** The text from {@code from} to the end of its clause: the next comma, semicolon, colon or subordinating word. */
    public String untilClauseEnd(String text, int from) {
        String rest = text.substring(Math.min(from, text.length()));
        for (Token t : nlp.tokens(rest)) {
            if (t.pos().equals("SCONJ") || t.text().matches("[,;:.!?]")) return rest.substring(0, t.start());
        }
        return rest;
    }

    /** The parts of a phrase joined by "and" / "or" (by part of speech), with spans offset by {@code offset}. */
    public List<Part> coordinated(String phrase, int offset) {
        List<Part> out = new java.util.ArrayList<>();
        int start = 0;
        for (Token t : nlp.tokens(phrase)) {
            if (t.pos().equals("CCONJ")) {
                addPart(out, phrase, start, t.start(), offset);
                start = t.end();
            }
        }
        addPart(out, phrase, start, phrase.length(), offset);
        return out;
    }

    private static void addPart(List<Part> out, String phrase, int from, int to, int offset) {
        String s = phrase.substring(from, to);
        String trimmed = s.strip();
        if (trimmed.isEmpty()) return;
        int lead = s.indexOf(trimmed);
        out.add(new Part(trimmed, offset + from + lead, offset + from + lead + trimmed.length()));
    }

    /**
     * What a part after "avoid" names: an activity ("falling asleep on a heating pad", "lifting"), or the
     * object of a verb that only takes one ("take large doses of supplements" gives "large doses of
     * supplements"); empty when it names nothing (a pronoun, an adverb).
     */
    public Optional<Part> activity(Part part) {
        List<Token> t = nlp.tokens(part.text());
        if (t.isEmpty()) return Optional.empty();
        Token first = t.get(0);
        boolean gerund = first.text().toLowerCase(Locale.ROOT).endsWith("ing");
        if (first.pos().equals("VERB") && !gerund && t.size() > 1 && OBJECT_START.contains(t.get(1).pos())
                && lightVerbs.contains(first.lemmaOrText())) {
            int i = 1;
            while (i < t.size() && SKIP.contains(t.get(i).pos())) i++;
            // "let anyone crack it", "put it on bare skin": no noun phrase object, nothing to name
            if (i >= t.size() || !MODIFIER.contains(t.get(i).pos())) return Optional.empty();
            return Optional.of(nounPart(part, t, i));
        }
        // An activity keeps its whole phrase ("falling asleep on a heating pad", "sleep on your stomach").
        if (first.pos().equals("VERB")) return Optional.of(part);
        if (MODIFIER.contains(first.pos())) return Optional.of(nounPart(part, t, 0));
        return Optional.empty();
    }

    /** A noun phrase from token i, without a trailing prepositional phrase ("sit-ups during a flare"); "of" stays. */
    private static Part nounPart(Part part, List<Token> t, int i) {
        int end = t.size();
        for (int j = i + 1; j < t.size(); j++) {
            if (t.get(j).pos().equals("ADP") && !t.get(j).text().equalsIgnoreCase("of")) {
                end = j;
                break;
            }
        }
        int s = t.get(i).start();
        int e = t.get(end - 1).end();
        return new Part(part.text().substring(s, e), part.start() + s, part.start() + e);
    }

    /** The object after "to stretch" / "of": determiners, adjectives, nouns. */
    private static int complementEnd(List<Token> t, int from) {
        int i = from;
        while (i < t.size() && (t.get(i).pos().equals("DET") || MODIFIER.contains(t.get(i).pos()))) i++;
        return i > from && isNoun(t.get(i - 1)) ? i : from - 1;
    }

    private static boolean isNoun(Token t) {
        return t.pos().equals("NOUN") || t.pos().equals("PROPN");
    }
}
