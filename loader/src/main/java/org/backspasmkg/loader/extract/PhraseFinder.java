package org.backspasmkg.loader.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.backspasmkg.loader.lexicon.WordList;
import org.backspasmkg.loader.diag.LoaderException;
import org.backspasmkg.loader.diag.SourceLocation;
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
    private static final Set<String> SKIP = Set.of("DET", "ADV", "PRON");
    private static final Set<String> MODIFIER = Set.of("ADJ", "NOUN", "PROPN", "NUM");

    private final Set<String> generic;
    private final EnglishModels nlp;

    private PhraseFinder(Set<String> generic, EnglishModels nlp) {
        this.generic = generic;
        this.nlp = nlp;
    }

    public static PhraseFinder read(Path dir, String displayDir, EnglishModels nlp) {
        Set<String> words = WordList.read(dir.resolve(FILE), displayDir + "/" + FILE).texts().stream()
                .map(l -> l.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        return new PhraseFinder(words, nlp);
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
