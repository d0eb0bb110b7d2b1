package org.backspasmkg.loader.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.backspasmkg.loader.op.LoadOperation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Mentions found with the project's lexicon, including conditions composed from a body part and a complaint. */
class MentionFinderTest {
    private static Lexicon lexicon;

    @BeforeAll
    static void setUp() {
        Path root = Path.of(System.getProperty("kg.root", "..")).toAbsolutePath().normalize();
        lexicon = new LoadOperation(root).knowledgeBase().lexicon();
    }

    private static Concept only(String text) {
        List<Mention> mentions = new MentionFinder(lexicon).find(text);
        assertThat(mentions).hasSize(1);
        return mentions.get(0).concept();
    }

    @Test
    void aLexiconCompoundIsFoundWhateverTheWordOrder() {
        assertThat(only("a spasm in your back").id()).isEqualTo("back-spasm");
    }

    @Test
    void aComposedConditionIsNamedByThePartsPreferredLabelAndKeepsThePagesWording() {
        // "rib muscle" is a synonym of the intercostal muscle; the lexicon has no spasm of it
        Concept c = only("a rib muscle spasm");

        assertThat(c.candidate()).isTrue();
        assertThat(c.label()).isEqualTo("intercostal muscle spasm");
        assertThat(c.synonyms()).containsExactly("rib muscle spasm");
        assertThat(c.bodyPart()).isEqualTo("intercostal-muscle");
        assertThat(c.broader()).isEqualTo("muscle-spasm");
    }

    @Test
    void noAlternativeLabelWhenThePageUsesThePreferredName() {
        assertThat(only("an intercostal muscle spasm").synonyms()).isEmpty();
    }

    @Test
    void coordinatedPartsBeforeAComplaintEachNameIt() {
        List<Mention> mentions = new MentionFinder(lexicon).find("Why do my feet and toes cramp at night?");

        assertThat(mentions).extracting(m -> m.concept().id()).containsExactly("foot-cramp", "toe-cramp");
    }

    @Test
    void aPartFollowedByOfAnotherPartNamesASideOfIt() {
        List<Mention> mentions = new MentionFinder(lexicon).find("Which muscles cramp in the back of the thigh?");

        assertThat(mentions).extracting(m -> m.concept().id()).doesNotContain("back-spasm", "back").contains("thigh");
    }
}
