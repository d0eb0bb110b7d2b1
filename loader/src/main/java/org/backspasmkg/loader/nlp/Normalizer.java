package org.backspasmkg.loader.nlp;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Turns text into comparable word stems with Lucene's English analysis (lower case, possessives, Krovetz
 * and plural stemming), so "spasms", "spasming" and "Spasm" meet. Function words listed in the lexicon's stop-word
 * file are dropped, so "spasm in the back" and "spasm in back" meet too.
 */
public final class Normalizer {
    private final Set<String> stopStems;
    private final Analyzer analyzer = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            StandardTokenizer source = new StandardTokenizer();
            TokenStream s = new EnglishPossessiveFilter(source);
            s = new LowerCaseFilter(s);
            // Krovetz undoes inflections without Porter's over-reach ("relaxes" must not meet "relaxant"); the
            // minimal plural stemmer catches the plurals its dictionary keeps ("cramps").
            s = new KStemFilter(s);
            s = new EnglishMinimalStemFilter(s);
            return new TokenStreamComponents(source, s);
        }
    };

    public Normalizer(Set<String> stopWords) {
        Set<String> stems = new java.util.HashSet<>();
        for (String w : stopWords) {
            for (Stem s : analyze(w, Set.of())) stems.add(s.stem());
        }
        this.stopStems = Set.copyOf(stems);
    }

    /** Stems of the text with their character offsets, function words removed. */
    public List<Stem> stems(String text) {
        return analyze(text, stopStems);
    }

    /** The stems joined by spaces: a key for comparing phrases. */
    public String key(String text) {
        return String.join(" ", stems(text).stream().map(Stem::stem).toList());
    }

    private List<Stem> analyze(String text, Set<String> drop) {
        String folded = fold(text);
        List<Stem> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("t", new StringReader(folded))) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                String stem = term.toString();
                if (!drop.contains(stem)) out.add(new Stem(stem, off.startOffset(), off.endOffset()));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Typographic quotes and dashes to ASCII, keeping the string's length so offsets stay valid. */
    public static String fold(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\u2018', '\u2019', '\u201B', '\u2032' -> sb.append('\'');
                case '\u201C', '\u201D', '\u201F', '\u2033' -> sb.append('"');
                case '\u2013', '\u2014', '\u2212' -> sb.append('-');
                case '\u00A0' -> sb.append(' ');
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** One word stem and where it came from in the text. */
    public record Stem(String stem, int start, int end) {}
}
