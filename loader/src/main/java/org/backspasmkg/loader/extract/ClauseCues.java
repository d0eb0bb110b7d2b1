package org.backspasmkg.loader.extract;

import static org.backspasmkg.loader.extract.Terms.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.backspasmkg.loader.extract.CueFinder.Cue;
import org.backspasmkg.loader.lexicon.Lexicon;
import org.backspasmkg.loader.lexicon.Mention;
import org.backspasmkg.loader.lexicon.MentionFinder;
import org.backspasmkg.loader.nlp.EnglishModels;

/**
 * Reads the cue phrases of a clause as the sentence means them: "rarely helps" advises against, "X can
 * cause ..." names a cause only when the condition follows the verb, and "never ..." is advice only when
 * addressed to the reader.
 */
final class ClauseCues {
    /** Pronouns for the reader, the subject of advice ("you should avoid ..."); grammar, not domain knowledge. */
    static final Set<String> READER = Set.of("you", "we", "i");

    private final CueFinder finder;
    private final MentionFinder mentions;
    private final Lexicon lexicon;
    private final PhraseFinder phrases;
    private final EnglishModels nlp;

    ClauseCues(CueFinder finder, MentionFinder mentions, Lexicon lexicon, PhraseFinder phrases, EnglishModels nlp) {
        this.finder = finder;
        this.mentions = mentions;
        this.lexicon = lexicon;
        this.phrases = phrases;
        this.nlp = nlp;
    }

    /** Where each cue is, as found (before reading). */
    List<CueFinder.Found> findAt(String text) {
        return finder.findAt(text);
    }

    /**
     * Advice is given to the reader: "never fall asleep on it", "you should avoid lifting"; not "so it
     * never touches the skin", where a third party is the subject.
     */
    boolean addressesReader(String clause, int cueStart) {
        List<EnglishModels.Token> before = nlp.tokens(clause.substring(0, cueStart));
        for (int i = before.size() - 1; i >= 0; i--) {
            EnglishModels.Token t = before.get(i);
            if (t.pos().equals("CCONJ") || t.pos().equals("SCONJ") || t.text().matches("[,;:]")) break;
            if (t.pos().equals("NOUN") || t.pos().equals("PROPN")) return false;
            if (t.pos().equals("PRON") && !READER.contains(t.text().toLowerCase(Locale.ROOT))) return false;
        }
        return true;
    }

    /** Where the advice against runs: from each "avoid" to the end of its clause ("..., which twists" is not). */
    List<int[]> avoidScopes(String clause) {
        List<int[]> out = new ArrayList<>();
        for (CueFinder.Found f : finder.findAt(clause)) {
            if (f.cue().effect().equals(AVOID) && addressesReader(clause, f.start())) out.add(new int[] {f.end(), f.end() + phrases.untilClauseEnd(clause, f.end()).length()});
        }
        return out;
    }

    /**
     * The cues of a text, where a verb that causes ("X can cause ...") counts only when what follows it
     * is the condition or a pronoun for it.
     */
    List<Cue> cues(String text, String condition) {
        List<Cue> out = new ArrayList<>();
        List<CueFinder.Found> found = finder.findAt(text);
        for (CueFinder.Found f : found) {
            if (f.cue().effect().equals(AVOID) && !addressesReader(text, f.start())) {
                continue; // "so it never touches the skin" advises nothing
            } else if (f.cue().effect().equals(TREATMENT_EFFECT) && negated(f, found, text)) {
                // "rarely helps", "does not help": advice against, not for
                out.add(new Cue(NOT_RECOMMENDED, f.cue().phrase(), f.cue().key(), f.cue().subjectIsEffect()));
            } else if (!f.cue().effect().equals(CAUSE_ACTIVE)) {
                out.add(f.cue());
            } else if (conditionFollows(text, f.end(), condition)) {
                out.add(new Cue(CAUSE, f.cue().phrase(), f.cue().key(), f.cue().subjectIsEffect()));
            }
        }
        return out;
    }

    /** A negation cue ends within a word or two before this cue starts. */
    private boolean negated(CueFinder.Found cue, List<CueFinder.Found> found, String text) {
        return found.stream().anyMatch(n -> n.cue().effect().equals(NEGATION) && n.end() <= cue.start()
                && text.substring(n.end(), cue.start()).strip().split("\\s+").length <= 2);
    }

    private boolean conditionFollows(String text, int from, String condition) {
        String rest = text.substring(Math.min(from, text.length()));
        for (Mention m : mentions.find(rest)) {
            if (m.concept().type().equals(CONDITION) && lexicon.sameTopic(m.concept().id(), m.surface(), condition)) {
                return true;
            }
        }
        List<EnglishModels.Token> tokens = nlp.tokens(rest);
        return !tokens.isEmpty() && tokens.stream().limit(3).anyMatch(t -> t.pos().equals("PRON"));
    }
}
