package org.backspasmkg.loader.extract;

import java.nio.file.Path;
import java.util.ArrayList;
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
 * Reads "your foot feels numb or weak" as the complaints of that body part ("foot numbness", "foot weakness"),
 * from data/lexicon/body-part-states.tsv. The caller keeps the names the lexicon knows.
 */
public final class BodyPartStateFinder {
    public static final String FILE = "body-part-states.tsv";
    /** Words allowed between the part and the link verb ("your legs suddenly go numb"). */
    private static final int MAX_GAP = 2;

    private final Set<String> links;
    private final Map<String, String> states;
    private final EnglishModels nlp;

    private BodyPartStateFinder(Set<String> links, Map<String, String> states, EnglishModels nlp) {
        this.links = Set.copyOf(links);
        this.states = Map.copyOf(states);
        this.nlp = nlp;
    }

    public static BodyPartStateFinder read(Path dir, String displayDir, EnglishModels nlp) {
        Set<String> links = new HashSet<>();
        Map<String, String> states = new HashMap<>();
        for (TsvTable.Row row : TsvTable.read(dir.resolve(FILE), displayDir + "/" + FILE, "kind", "word").rows()) {
            String word = row.required("word").toLowerCase(Locale.ROOT);
            switch (row.required("kind")) {
                case "link" -> links.add(word);
                case "state" -> states.put(word, row.required("noun").toLowerCase(Locale.ROOT));
                default -> throw new LoaderException(row.location(), "kind must be link or state, not \"" + row.get("kind") + "\"");
            }
        }
        return new BodyPartStateFinder(links, states, nlp);
    }

    /** "<part label> <noun>" for each state the clause gives a body part named in it, in order. */
    public List<String> states(String clause, List<Mention> mentions) {
        List<String> out = new ArrayList<>();
        for (Mention part : mentions) {
            if (!part.concept().type().equals("BodyPart")) continue;
            List<Token> t = nlp.tokens(clause.substring(part.end()));
            int i = 0;
            while (i < t.size() && i < MAX_GAP && !links.contains(t.get(i).lemmaOrText())) i++;
            if (i >= t.size() || !links.contains(t.get(i).lemmaOrText())) continue;
            for (int j = i + 1; j < t.size(); j++) {
                String w = t.get(j).text().toLowerCase(Locale.ROOT);
                String noun = states.get(w);
                if (noun != null) {
                    out.add(part.concept().label() + " " + noun);
                } else if (!w.equals("or") && !w.equals("and") && !w.equals(",") && !w.equals("very")
                        && !w.equals("really") && !w.equals("suddenly")) {
                    break;
                }
            }
        }
        return out;
    }
}
