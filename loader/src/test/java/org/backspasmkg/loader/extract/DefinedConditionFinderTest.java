package org.backspasmkg.loader.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.backspasmkg.loader.lexicon.Concept;
import org.backspasmkg.loader.lexicon.Lexicon;
import org.backspasmkg.loader.nlp.EnglishModels;
import org.backspasmkg.loader.op.LoadOperation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Conditions the lexicon lacks, found where an answer defines them. */
class DefinedConditionFinderTest {
    private static final Path ROOT = Path.of(System.getProperty("kg.root", "..")).toAbsolutePath().normalize();
    private static DefinedConditionFinder finder;

    @BeforeAll
    static void setUp() {
        Lexicon lexicon = new LoadOperation(ROOT).knowledgeBase().lexicon();
        finder = DefinedConditionFinder.read(ROOT.resolve("data/lexicon"), "data/lexicon", lexicon, new EnglishModels());
    }

    @Test
    void aSubjectDefinedByAClassNounIsACandidateCondition() {
        Concept c = finder.defined("Periodic paralysis (hypokalaemic periodic paralysis) is a rare muscle disorder in"
                + " which attacks of weakness follow exercise.").orElseThrow();

        assertThat(c.label()).isEqualTo("periodic paralysis");
        assertThat(c.type()).isEqualTo("Condition");
        assertThat(c.candidate()).isTrue();
    }

    @Test
    void aFormOfAKnownConditionIsNarrowerThanIt() {
        Concept c = finder.defined("Pseudogout is a form of arthritis caused by crystals in a joint.").orElseThrow();

        assertThat(c.broader()).isEqualTo("arthritis");
    }

    @Test
    void knownThingsAndOtherSentencesDefineNothing() {
        assertThat(finder.defined("A back spasm is a muscle problem.")).isEmpty();
        assertThat(finder.defined("Stretching is a good way to loosen the muscle.")).isEmpty();
        assertThat(finder.defined("Poor posture is a common condition of office life.")).isEmpty();
    }
}
