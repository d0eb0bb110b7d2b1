package org.backspasmkg.loader.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import org.backspasmkg.loader.lexicon.Lexicon;
import org.backspasmkg.loader.lexicon.Mention;
import org.backspasmkg.loader.lexicon.MentionFinder;
import org.backspasmkg.loader.nlp.EnglishModels;
import org.backspasmkg.loader.op.LoadOperation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The project's body-part-locations.tsv applied to sentences that describe a condition. */
class BodyPartLocatorTest {
    private static final Path ROOT = Path.of(System.getProperty("kg.root", "..")).toAbsolutePath().normalize();
    private static Lexicon lexicon;
    private static BodyPartLocator locator;

    @BeforeAll
    static void setUp() {
        lexicon = new LoadOperation(ROOT).knowledgeBase().lexicon();
        locator = BodyPartLocator.read(ROOT.resolve("data/lexicon"), "data/lexicon", new EnglishModels());
    }

    private static boolean places(String sentence, String partId) {
        Mention part = new MentionFinder(lexicon).find(sentence).stream()
                .filter(m -> m.concept().id().equals(partId)).findFirst().orElseThrow();
        return locator.placesComplaint(sentence, part);
    }

    @Test
    void aPartAfterALocatingPrepositionIsWhereTheComplaintIs() {
        assertThat(places("It is pain that runs from the lower back down your leg to the foot.", "lower-back")).isTrue();
        assertThat(places("It is pain that runs from the lower back down your leg to the foot.", "foot")).isTrue();
    }

    @Test
    void aPartThatIsOnlyNamedIsNot() {
        assertThat(places("Turning your head hurts.", "head")).isFalse();
    }

    @Test
    void tissuesAndSidesOfOtherPartsAreNotPlaces() {
        assertThat(places("You may see a bulge in the muscle.", "muscle")).isFalse();
        // the mention finder already drops "back" here; the locator holds the same rule for a mention it is given
        String sentence = "The pain runs down the back of the thigh.";
        int at = sentence.indexOf("back");
        Mention back = new Mention(lexicon.get("back").orElseThrow(), at, at + 4, "back");
        assertThat(locator.placesComplaint(sentence, back)).isFalse();
    }

    @Test
    void onlySentencesThatDescribeTheConditionCount() {
        assertThat(locator.describes(Set.of(), "symptoms")).isTrue();
        assertThat(locator.describes(Set.of("symptom"), "treatment")).isTrue();
        assertThat(locator.describes(Set.of(), "treatment")).isFalse();
        assertThat(locator.describes(Set.of("cause"), "symptoms")).isFalse();
        assertThat(locator.describes(Set.of("symptom", "warning"), "symptoms")).isFalse();
    }
}
