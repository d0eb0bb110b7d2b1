package org.backspasmkg.loader.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.util.Span;
import org.backspasmkg.loader.classify.Segment.Kind;
import org.backspasmkg.loader.nlp.EnglishModels;
import org.backspasmkg.loader.parse.SourceLine;

/**
 * Cuts an answer into sentences and list items, following the layouts these pages use: a paragraph, an
 * intro line with "- " items, an inline list separated by en dashes, a comma-separated fragment list, a
 * numbered fragment "1- ...", a heading glued to its text, and "...if you have: A. B." fragments.
 */
public final class AnswerSegmenter {
    private static final Pattern BULLET = Pattern.compile("^[-\u2022*]\\s+(.*)$");
    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,2})\\s*[-.)]\\s*(.+)$");
    private static final Pattern EN_DASH = Pattern.compile("\\s*\u2013\\s*");
    private static final Pattern COLON_BREAK = Pattern.compile(":\\s+(?=[\\p{Lu}\"\u201C])");
    /** A fragment list item is short; a longer comma-separated line is prose. */
    private static final int MAX_FRAGMENT_WORDS = 8;
    /** Headings are short; a capital further into a sentence is a name or an acronym. */
    private static final int MAX_HEADING_WORDS = 9;

    private final EnglishModels nlp;

    public AnswerSegmenter(EnglishModels nlp) {
        this.nlp = nlp;
    }

    public List<Segment> segment(List<SourceLine> lines) {
        List<Segment> out = new ArrayList<>();
        int currentIntro = -1;
        for (SourceLine sl : lines) {
            String text = sl.text().strip();
            int line = sl.line();
            Matcher m;
            if ((m = BULLET.matcher(text)).matches()) {
                currentIntro = introForList(out, currentIntro, line);
                addItem(out, m.group(1), line, currentIntro);
            } else if (text.startsWith("\u2013") || EN_DASH.split(text).length >= 4) {
                // an inline list, not a sentence with one aside between two dashes
                for (String part : EN_DASH.split(text)) {
                    if (!part.isBlank()) addItem(out, part, line, currentIntro);
                }
            } else if ((m = NUMBERED.matcher(text)).matches()) {
                addItem(out, m.group(2), line, currentIntro);
            } else if (isFragmentList(text)) {
                for (String part : splitFragments(text)) addItem(out, part, line, currentIntro);
            } else if (text.endsWith(":")) {
                // "Sleeping badly is the usual reason. Other triggers include:" - only the last sentence introduces.
                List<String> sentences = sentences(text);
                for (int i = 0; i + 1 < sentences.size(); i++) out.add(splitHeading(sentences.get(i), line, out));
                out.add(new Segment(sentences.isEmpty() ? text : sentences.get(sentences.size() - 1), line, Kind.INTRO, -1));
                currentIntro = out.size() - 1;
            } else {
                currentIntro = -1;
                addParagraph(out, text, line);
            }
        }
        return out;
    }

    /** A one-sentence line right before a list introduces it even without a colon ("Top 5 positions"). */
    private static int introForList(List<Segment> out, int currentIntro, int line) {
        if (currentIntro >= 0 || out.isEmpty()) return currentIntro;
        int last = out.size() - 1;
        Segment prev = out.get(last);
        boolean singleSentenceLine = prev.line() == line - 1
                && (last == 0 || out.get(last - 1).line() != prev.line() || out.get(last - 1).kind() == Kind.HEADING);
        if (prev.kind() == Kind.SENTENCE && singleSentenceLine) {
            out.set(last, new Segment(prev.text(), prev.line(), Kind.INTRO, -1));
            return last;
        }
        return currentIntro;
    }

    /** An item's first sentence is the item; later sentences explain it. */
    private void addItem(List<Segment> out, String text, int line, int intro) {
        List<String> sentences = sentences(text.strip());
        if (sentences.isEmpty()) return;
        out.add(new Segment(trimEnd(sentences.get(0)), line, Kind.ITEM, intro));
        for (int i = 1; i < sentences.size(); i++) out.add(new Segment(sentences.get(i), line, Kind.DETAIL, -1));
    }

    /** Sentences of a paragraph; a sentence ending in ":" makes the rest of the line its items. */
    private void addParagraph(List<Segment> out, String text, int line) {
        String[] parts = COLON_BREAK.split(text, 2);
        for (String s : sentences(parts[0])) {
            out.add(splitHeading(s, line, out));
        }
        if (parts.length == 2) {
            int intro = out.size() - 1;
            out.set(intro, new Segment(out.get(intro).text() + ":", line, Kind.INTRO, -1));
            for (String s : sentences(parts[1])) out.add(new Segment(trimEnd(s), line, Kind.ITEM, intro));
        }
    }

    /**
     * A heading glued to its text ("Swim Twice A Week Regular swimming keeps ...") shows as a capitalised
     * word in mid-sentence, after a word with no punctuation, followed by a lower-case word: the start of
     * the real sentence. Proper nouns ("Dr. Smith says") do not count.
     */
    private Segment splitHeading(String sentence, int line, List<Segment> out) {
        List<EnglishModels.Token> tokens = nlp.tokens(sentence);
        for (int i = 2; i < Math.min(tokens.size() - 1, MAX_HEADING_WORDS + 1); i++) {
            EnglishModels.Token t = tokens.get(i);
            EnglishModels.Token prev = tokens.get(i - 1);
            EnglishModels.Token next = tokens.get(i + 1);
            boolean capital = Character.isUpperCase(t.text().charAt(0)) && !t.text().equals("I");
            boolean prevWord = Character.isLetterOrDigit(prev.text().charAt(prev.text().length() - 1));
            boolean nextLower = Character.isLowerCase(next.text().charAt(0)) && proseFollows(tokens, i + 1);
            if (capital && prevWord && nextLower && !"PROPN".equals(t.pos())) {
                out.add(new Segment(sentence.substring(0, t.start()).strip(), line, Kind.HEADING, -1));
                return new Segment(sentence.substring(t.start()), line, Kind.SENTENCE, -1);
            }
        }
        return new Segment(sentence, line, Kind.SENTENCE, -1);
    }

    /** Most of the next few words are lower case: prose, not the rest of a title-case heading. */
    private static boolean proseFollows(List<EnglishModels.Token> tokens, int from) {
        int lower = 0;
        int seen = 0;
        for (int j = from; j < Math.min(tokens.size(), from + 3); j++, seen++) {
            if (Character.isLowerCase(tokens.get(j).text().charAt(0))) lower++;
        }
        return lower * 2 > seen;
    }

    static boolean isFragmentList(String text) {
        if (text.endsWith(".") || text.endsWith(":") || !text.contains(",")) return false;
        List<String> parts = splitFragments(text);
        if (parts.size() < 3) return false;
        return parts.stream().allMatch(p -> p.split("\\s+").length <= MAX_FRAGMENT_WORDS);
    }

    /** "ice,rest,gentle stretches and a brace" gives ice / rest / gentle stretches / a brace. */
    static List<String> splitFragments(String text) {
        List<String> parts = new ArrayList<>();
        String[] commas = text.split("\\s*,\\s*");
        for (int i = 0; i < commas.length; i++) {
            String p = commas[i].strip();
            if (i == commas.length - 1) {
                p = p.replaceFirst("^(and|or)\\s+", "");
                String[] last = p.split("\\s+(?:and|or)\\s+", 2);
                for (String q : last) if (!q.isBlank()) parts.add(q.strip());
            } else if (!p.isEmpty()) {
                parts.add(p);
            }
        }
        return parts;
    }

    private List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        for (Span s : nlp.sentenceSpans(text)) {
            String sentence = s.getCoveredText(text).toString().strip();
            if (!sentence.isEmpty()) out.add(sentence);
        }
        return out;
    }

    private static String trimEnd(String s) {
        return s.replaceAll("[.;,\\s]+$", "");
    }
}
