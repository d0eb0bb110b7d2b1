package org.backspasmkg.loader.extract;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.backspasmkg.loader.diag.LoaderException;
import org.backspasmkg.loader.lexicon.Mention;
import org.backspasmkg.loader.lexicon.TsvTable;
import org.backspasmkg.loader.nlp.EnglishModels;
import org.backspasmkg.loader.nlp.EnglishModels.Token;

/**
 * Tells whether a body part named in a sentence that describes a condition is placed as where the complaint is
 * ("pain running down the back of the leg") rather than merely named ("turn your head"), from
 * data/lexicon/body-part-locations.tsv.
 */
public final class BodyPartLocator {
    public static final String FILE = "body-part-locations.tsv";
    /** Words that may stand between the preposition and the part: "in your back", "down the back of one leg". */
    private static final Set<String> BETWEEN = Set.of("DET", "PRON", "ADJ", "NUM");
    private static final List<String> KINDS =
            List.of("preposition", "tissue", "intent", "cue", "not-with-cue", "any-part-intent");

    private final Set<String> prepositions;
    private final Set<String> tissues;
    private final Set<String> intents;
    private final Set<String> cues;
    private final Set<String> blockingCues;
    private final Set<String> anyPartIntents;
    private final EnglishModels nlp;

    private BodyPartLocator(Map<String, Set<String>> words, EnglishModels nlp) {
        this.prepositions = Set.copyOf(words.get("preposition"));
        this.tissues = Set.copyOf(words.get("tissue"));
        this.intents = Set.copyOf(words.get("intent"));
        this.cues = Set.copyOf(words.get("cue"));
        this.blockingCues = Set.copyOf(words.get("not-with-cue"));
        this.anyPartIntents = Set.copyOf(words.get("any-part-intent"));
        this.nlp = nlp;
    }

    public static BodyPartLocator read(Path dir, String displayDir, EnglishModels nlp) {
        Map<String, Set<String>> words = new HashMap<>();
        for (String kind : KINDS) words.put(kind, new HashSet<>());
        for (TsvTable.Row row : TsvTable.read(dir.resolve(FILE), displayDir + "/" + FILE, "kind", "word").rows()) {
            Set<String> bucket = words.get(row.required("kind"));
            if (bucket == null) {
                throw new LoaderException(row.location(), "kind must be one of " + KINDS + ", not \""
                        + row.get("kind") + "\"");
            }
            bucket.add(row.required("word").toLowerCase(Locale.ROOT));
        }
        return new BodyPartLocator(words, nlp);
    }

    /** True when a sentence with these cue effects, under a question of this intent, describes the condition. */
    public boolean describes(Set<String> effects, String intent) {
        if (effects.stream().anyMatch(blockingCues::contains)) return false;
        return intents.contains(intent) || anyPartIntents.contains(intent) || effects.stream().anyMatch(cues::contains);
    }

    /** True when every body part named under a question of this intent is affected ("What muscles spasm ...?"). */
    public boolean namesParts(String intent) {
        return anyPartIntents.contains(intent);
    }

    /** True when the part is a place (not a tissue) and a locating preposition comes right before it. */
    public boolean placesComplaint(String clause, Mention part) {
        if (tissues.contains(part.concept().id())) return false;
        // "the back of one leg": the part names a side of what follows, not a place of its own
        if (clause.substring(part.end()).matches("(?is)\\s+of\\b.*")) return false;
        List<Token> before = nlp.tokens(clause.substring(0, part.start()));
        int i = before.size() - 1;
        while (i >= 0 && BETWEEN.contains(before.get(i).pos())) i--;
        return i >= 0 && prepositions.contains(before.get(i).text().toLowerCase(Locale.ROOT));
    }
}
