package org.backspasmkg.loader.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.backspasmkg.loader.lexicon.TsvTable;
import org.backspasmkg.loader.nlp.EnglishModels;
import org.backspasmkg.loader.nlp.Normalizer;

/**
 * Finds the items of a list inside a sentence, after an opener such as "like" or "including":
 * "Habits such as A, B, or C can bring on a cramp" gives A, B, C. The list ends where the sentence's verb
 * resumes (by part of speech) or at the end of the sentence.
 */
public final class InlineListFinder {
    public static final String FILE = "list-openers.tsv";
    /** Items of an inline list are short noun or gerund phrases. */
    static final int MAX_ITEM_WORDS = 6;
    private static final Set<String> VERBAL = Set.of("AUX", "VERB");

    private final Pattern opener;
    private final EnglishModels nlp;

    private InlineListFinder(List<String> openers, EnglishModels nlp) {
        this.opener = openers.isEmpty() ? Pattern.compile("(?!)") // no openers configured: no inline lists
                : Pattern.compile("\\b(?:" + String.join("|", openers.stream().map(Pattern::quote).toList()) + ")[\\s:]+",
                        Pattern.CASE_INSENSITIVE);
        this.nlp = nlp;
    }

    public static InlineListFinder read(Path dir, String displayDir, EnglishModels nlp) {
        List<String> openers = new ArrayList<>();
        for (TsvTable.Row row : TsvTable.read(dir.resolve(FILE), displayDir + "/" + FILE, "phrase").rows()) {
            openers.add(row.required("phrase").toLowerCase(Locale.ROOT));
        }
        return new InlineListFinder(openers, nlp);
    }

    /** The list items, or none when the sentence has no opener followed by at least two items. */
    public List<String> items(String sentence) {
        return list(sentence).items();
    }

    /** Items of an inline list and where its opener starts (-1 when there is none). */
    public record InlineList(int start, List<String> items) {}

    public InlineList list(String sentence) {
        String text = Normalizer.fold(sentence);
        Matcher m = opener.matcher(text);
        if (!m.find()) return new InlineList(-1, List.of());
        List<String> found = itemsAfter(text, m);
        return new InlineList(found.isEmpty() ? -1 : m.start(), found);
    }

    private List<String> itemsAfter(String text, Matcher m) {
        String rest = text.substring(m.end()).replaceAll("[.!?;]+\\s*$", "");
        if (!rest.contains(",") && !rest.matches(".*\\s(?:and|or)\\s.*")) return List.of();
        List<String> parts = new ArrayList<>();
        String[] commas = rest.split("\\s*,\\s*");
        for (int i = 0; i < commas.length; i++) {
            String p = commas[i].strip().replaceFirst("^(?:and|or)\\s+", "");
            if (i == commas.length - 1) {
                // the last item runs to the verb, and may hold the final "A and B"
                for (String q : cutAtVerb(p).split("\\s+(?:and|or)\\s+")) if (!q.isBlank()) parts.add(q.strip());
            } else if (!p.isEmpty()) {
                parts.add(p);
            }
        }
        // The last item may run on into the rest of the sentence: it is dropped rather than the list.
        if (!parts.isEmpty() && parts.get(parts.size() - 1).split("\\s+").length > MAX_ITEM_WORDS) parts.remove(parts.size() - 1);
        if (parts.size() < 2 || parts.stream().anyMatch(p -> p.split("\\s+").length > MAX_ITEM_WORDS)) return List.of();
        return parts;
    }

    /**
     * "sitting can sometimes cause a spasm" gives "sitting": the list ends where a finite verb starts a
     * clause (a verb as last word, as in "skin changes", is the noun's part-of-speech ambiguity, not a clause).
     */
    private String cutAtVerb(String phrase) {
        List<EnglishModels.Token> tokens = nlp.tokens(phrase);
        for (int i = 1; i < tokens.size() - 1; i++) {
            EnglishModels.Token t = tokens.get(i);
            if (VERBAL.contains(t.pos()) && !t.text().toLowerCase(Locale.ROOT).endsWith("ing")) {
                return phrase.substring(0, t.start()).strip();
            }
        }
        return phrase.strip();
    }
}
