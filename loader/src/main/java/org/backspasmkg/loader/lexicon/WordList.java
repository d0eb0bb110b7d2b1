package org.backspasmkg.loader.lexicon;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.backspasmkg.loader.diag.LoaderException;
import org.backspasmkg.loader.diag.SourceLocation;

/** A curated one-entry-per-line data file: blank lines and "#" comments skipped, line numbers kept. */
public record WordList(String file, List<Entry> entries) {
    public WordList {
        entries = List.copyOf(entries);
    }

    /** One entry and where it is. */
    public record Entry(String text, SourceLocation location) {}

    public static WordList read(Path path, String display) {
        try {
            List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
            List<Entry> out = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                String l = lines.get(i).strip();
                if (!l.isEmpty() && !l.startsWith("#")) out.add(new Entry(l, new SourceLocation(display, i + 1)));
            }
            return new WordList(display, out);
        } catch (IOException e) {
            throw new LoaderException(SourceLocation.wholeFile(display), "cannot read: " + e.getMessage(), e);
        }
    }

    /** The entries as a set, in file order. */
    public Set<String> texts() {
        Set<String> s = new LinkedHashSet<>();
        entries.forEach(e -> s.add(e.text()));
        return s;
    }
}
