package org.backspasmkg.loader.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.backspasmkg.loader.lexicon.Lexicon;
import org.backspasmkg.loader.lexicon.MentionFinder;
import org.backspasmkg.loader.nlp.EnglishModels;
import org.backspasmkg.loader.op.LoadOperation;
import org.junit.jupiter.api.Test;

/** How a body part is said to feel, with the project's body-part-states.tsv. */
class BodyPartStateFinderTest {
    private static final Path ROOT = Path.of(System.getProperty("kg.root", "..")).toAbsolutePath().normalize();
    private final Lexicon lexicon = new LoadOperation(ROOT).knowledgeBase().lexicon();
    private final BodyPartStateFinder finder =
            BodyPartStateFinder.read(ROOT.resolve("data/lexicon"), "data/lexicon", new EnglishModels());

    private java.util.List<String> states(String clause) {
        return finder.states(clause, new MentionFinder(lexicon).find(clause));
    }

    @Test
    void eachStateOfAPartIsItsComplaint() {
        assertThat(states("if your foot feels numb or weak")).containsExactly("foot numbness", "foot weakness");
    }

    @Test
    void aPartWithoutALinkVerbStatesNothing() {
        assertThat(states("stretch your foot until the cramp eases")).isEmpty();
    }
}
