package org.backspasmkg.loader.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.backspasmkg.loader.diag.LoaderException;
import org.backspasmkg.loader.diag.SourceLocation;

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
        try {
            List<String> lines = Files.readAllLines(dir.resolve(FILE), StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String l = lines.get(i);
                if (l.isBlank() || l.startsWith("#")) continue;
                try {
                    Pattern.compile(l);
                } catch (PatternSyntaxException e) {
                    throw new LoaderException(new SourceLocation(display, i + 1), "invalid pattern: " + e.getDescription());
                }
                alternatives.add("(?:" + l + ")");
            }
        } catch (IOException e) {
            throw new LoaderException(SourceLocation.wholeFile(display), "cannot read: " + e.getMessage(), e);
        }
        return new ClauseSplitter(Pattern.compile(String.join("|", alternatives), Pattern.CASE_INSENSITIVE));
    }

    public List<String> split(String sentence) {
        List<String> out = new ArrayList<>();
        for (String part : breaks.split(sentence)) if (!part.isBlank()) out.add(part.strip());
        return out.isEmpty() ? List.of(sentence) : out;
    }
}
