package org.backspasmkg.loader.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.backspasmkg.loader.nlp.EnglishModels;
import org.junit.jupiter.api.Test;

/** Pains tied to movements, with the project's pain-triggers.tsv. */
class PainTriggerFinderTest {
    private static final Path LEXICON =
            Path.of(System.getProperty("kg.root", "..")).toAbsolutePath().normalize().resolve("data/lexicon");
    private final PainTriggerFinder finder = PainTriggerFinder.read(LEXICON, "data/lexicon", new EnglishModels());

    @Test
    void eachMovementAfterWhenYouIsAPain() {
        assertThat(finder.painsWhen("It gets sharply worse when you bend, twist or get up from a chair."))
                .containsExactly("pain when bending", "pain when twisting", "pain when getting up from a chair");
    }

    @Test
    void loneWordsInTheListAreMovementsToo() {
        assertThat(finder.painsWhen("It bites hardest when you breathe in deeply, cough, sneeze or laugh."))
                .containsExactly("pain when breathing in deeply", "pain when coughing", "pain when sneezing",
                        "pain when laughing");
    }

    @Test
    void aNegatedOrDistantPainWordTiesNothing() {
        assertThat(finder.painsWhen("The pain is constant and does not ease when you move.")).isEmpty();
        assertThat(finder.painsWhen("See a doctor if the pain follows a fall or if you notice numbness.")).isEmpty();
    }

    @Test
    void painSentToBodyPartsNamesTheirPains() {
        String clause = "pain travelling into your left arm or jaw";
        var lexicon = new org.backspasmkg.loader.op.LoadOperation(
                Path.of(System.getProperty("kg.root", "..")).toAbsolutePath().normalize()).knowledgeBase().lexicon();
        var mentions = new org.backspasmkg.loader.lexicon.MentionFinder(lexicon).find(clause);

        assertThat(finder.painsSpreadingTo(clause, mentions)).containsExactly("left arm pain", "arm pain", "jaw pain");
    }
}
