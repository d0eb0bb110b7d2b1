package org.backspasmkg.loader.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.backspasmkg.loader.lexicon.TsvTable;
import org.backspasmkg.loader.nlp.Normalizer;

/** Finds the cue phrases of data/lexicon/cues.tsv in a text, after normalisation. */
public final class CueFinder {
    public static final String FILE = "cues.tsv";

    /**
     * A cue phrase and what it signals.
     *
     * @param subjectIsEffect the sentence's subject is what is caused, not the cause ("X is caused by ..."), so
     *     a condition named as the subject is what the sentence talks about (cues.tsv column {@code subject})
     */
    public record Cue(String effect, String phrase, String key, boolean subjectIsEffect) {
        public Cue(String effect, String phrase, String key) {
            this(effect, phrase, key, false);
        }
    }

    private final List<Cue> cues;
    private final Normalizer normalizer;

    private CueFinder(List<Cue> cues, Normalizer normalizer) {
        this.cues = List.copyOf(cues);
        this.normalizer = normalizer;
    }

    /** The effects the extractor acts on; a cue with another effect would silently do nothing. */
    public static final java.util.Set<String> EFFECTS = java.util.Set.of("warning", "not-recommended", "avoid", "cause",
            "cause-active", "risk", "treatment", "symptom", "recovery", "negation");

    public static CueFinder read(Path dir, String displayDir, Normalizer normalizer) {
        TsvTable table = TsvTable.read(dir.resolve(FILE), displayDir + "/" + FILE, "effect", "phrase");
        List<Cue> cues = new ArrayList<>();
        for (TsvTable.Row row : table.rows()) {
            if (!EFFECTS.contains(row.required("effect"))) {
                throw new org.backspasmkg.loader.diag.LoaderException(row.location(),
                        "unknown effect \"" + row.get("effect") + "\"; expected one of " + new java.util.TreeSet<>(EFFECTS));
            }
            String phrase = row.required("phrase");
            String key = normalizer.key(phrase);
            // Keep a cue made only of stop words ("no") by its plain lower-case form.
            String subject = row.get("subject");
            if (!subject.isEmpty() && !subject.equals("effect")) {
                throw new org.backspasmkg.loader.diag.LoaderException(row.location(),
                        "subject must be empty or \"effect\", not \"" + subject + "\"");
            }
            cues.add(new Cue(row.required("effect"), phrase, key.isEmpty() ? phrase.toLowerCase() : key,
                    subject.equals("effect")));
        }
        return new CueFinder(cues, normalizer);
    }

    /** Cues present in the text, in file order. */
    public List<Cue> find(String text) {
        return findAt(text).stream().map(Found::cue).toList();
    }

    /** A cue found in a text, with the character offsets where it starts and ends. */
    public record Found(Cue cue, int start, int end) {}

    /** Cues present in the text with where they end, in file order. */
    public List<Found> findAt(String text) {
        List<Normalizer.Stem> stems = normalizer.stems(text);
        String plain = " " + Normalizer.fold(text).toLowerCase().replaceAll("[^a-z0-9']", " ") + " ";
        List<Found> out = new ArrayList<>();
        for (Cue c : cues) {
            // An imperative is matched as written: "do not" must not meet "does not" through the stemmer.
            List<int[]> spans = c.effect().equals("avoid") ? plainSpans(plain, c.phrase().toLowerCase())
                    : spansOf(stems, c.key().split(" "));
            if (spans.isEmpty()) {
                int at = plain.indexOf(" " + c.key() + " ");
                if (at >= 0) spans = List.of(new int[] {at, at + c.key().length()});
            }
            for (int[] span : spans) out.add(new Found(c, span[0], span[1]));
        }
        // "recommended" inside "no longer recommended" is not a cue of its own.
        List<Found> kept = new ArrayList<>();
        for (Found f : out) {
            boolean inside = out.stream().anyMatch(g -> g != f && g.start() <= f.start() && g.end() >= f.end()
                    && (g.end() - g.start()) > (f.end() - f.start()));
            if (!inside) kept.add(f);
        }
        return kept;
    }

    private static List<int[]> plainSpans(String plain, String phrase) {
        String p = " " + Normalizer.fold(phrase).replaceAll("[^a-z0-9']", " ").strip() + " ";
        List<int[]> out = new ArrayList<>();
        for (int at = plain.indexOf(p); at >= 0; at = plain.indexOf(p, at + 1)) {
            out.add(new int[] {at, at + p.length() - 2}); // plain has a leading space: offsets line up with the text
        }
        return out;
    }

    private static List<int[]> spansOf(List<Normalizer.Stem> stems, String[] key) {
        List<int[]> out = new ArrayList<>();
        outer:
        for (int i = 0; i + key.length <= stems.size(); i++) {
            for (int j = 0; j < key.length; j++) {
                if (!stems.get(i + j).stem().equals(key[j])) continue outer;
            }
            out.add(new int[] {stems.get(i).start(), stems.get(i + key.length - 1).end()});
        }
        return out;
    }

    public static Set<String> effects(List<Cue> cues) {
        Set<String> out = new LinkedHashSet<>();
        for (Cue c : cues) out.add(c.effect());
        return out;
    }
}
