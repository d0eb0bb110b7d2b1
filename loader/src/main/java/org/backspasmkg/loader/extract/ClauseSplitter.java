package org.backspasmkg.loader.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.backspasmkg.loader.lexicon.WordList;
import org.backspasmkg.loader.diag.LoaderException;

/** Splits a sentence into the clauses its cues apply to, at the breaks listed in data/lexicon/clause-breaks.txt. */
public final class ClauseSplitter {
    public static final String FILE = "clause-breaks.txt";

    private final Pattern breaks;

    private ClauseSplitter(Pattern breaks) {
        this.breaks = breaks;
    }

    public static ClauseSplitter read(Path dir, String displayDir) {
        String display = displayDir + "/" + FILE;
        List<String> alternatives = new ArrayList<>();
        for (WordList.Entry e : WordList.read(dir.resolve(FILE), display).entries()) {
            // Patterns keep their own spacing: the entry is read as written, not stripped.
            try {
                Pattern.compile(e.text());
            } catch (PatternSyntaxException ex) {
                throw new LoaderException(e.location(), "invalid pattern: " + ex.getDescription());
            }
            alternatives.add("(?:" + e.text() + ")");
        }
        // No breaks configured: a pattern that never matches, so a sentence stays one clause.
        return new ClauseSplitter(alternatives.isEmpty() ? Pattern.compile("(?!)")
                : Pattern.compile(String.join("|", alternatives), Pattern.CASE_INSENSITIVE));
    }

    public List<String> split(String sentence) {
        List<String> out = new ArrayList<>();
        for (String part : breaks.split(sentence)) if (!part.isBlank()) out.add(part.strip());
        return out.isEmpty() ? List.of(sentence) : out;
    }
}
