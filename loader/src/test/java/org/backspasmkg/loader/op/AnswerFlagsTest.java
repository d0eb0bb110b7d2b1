package org.backspasmkg.loader.op;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.backspasmkg.loader.classify.ClassifiedQuestion;
import org.backspasmkg.loader.classify.Intent;
import org.backspasmkg.loader.classify.Segment;
import org.backspasmkg.loader.extract.Extraction;
import org.backspasmkg.loader.extract.Fact;
import org.backspasmkg.loader.op.AnswerFlags.Flag;
import org.backspasmkg.loader.parse.Question;
import org.backspasmkg.loader.parse.SourceLine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each fixture page's one answer gets exactly the flag a reader would give it, and a plain answer none. */
class AnswerFlagsTest {
    static final Path ROOT = Path.of(System.getProperty("kg.root", "..")).toAbsolutePath().normalize();
    static LoadOperation load;
    static AnswerFlags flags;

    @BeforeAll
    static void setUp() {
        load = new LoadOperation(ROOT);
        flags = AnswerFlags.read(load.knowledgeBase().dir(), KnowledgeBase.DIR);
    }

    /** The flags of the first answered question of a fixture page, through the real parse/classify/extract. */
    private static Set<Flag> flagsOf(String fixture) throws URISyntaxException {
        Path page = Path.of(AnswerFlagsTest.class.getResource("/fixtures/flags/" + fixture).toURI());
        Extraction e = load.extract(page);
        ClassifiedQuestion cq = e.page().questions().stream().filter(q -> q.question().isAnswered()).findFirst().orElseThrow();
        List<Fact> facts = e.facts().stream().filter(f -> f.question().equals(cq.question())).toList();
        return flags.flags(cq, facts);
    }

    @Test
    void answerCutOffAfterATitleIsTruncated() throws Exception {
        assertThat(flagsOf("truncated.txt")).containsExactly(Flag.TRUNCATED);
    }

    @Test
    void answerAboutAnotherConditionIsOffTopic() throws Exception {
        assertThat(flagsOf("off-topic.txt")).containsExactly(Flag.OFF_TOPIC);
    }

    @Test
    void bareListIsAListWithoutIntro() throws Exception {
        assertThat(flagsOf("list-without-intro.txt")).containsExactly(Flag.LIST_WITHOUT_INTRO);
    }

    @Test
    void plainAnswerIsNotFlagged() throws Exception {
        assertThat(flagsOf("normal.txt")).isEmpty();
    }

    @Test
    void openEndingsAreCaseSensitiveSoVitaminAEndsASentence() {
        assertThat(flags.flags(sentenceAnswer("Low levels of vitamin A."), List.of())).isEmpty();
        assertThat(flags.flags(sentenceAnswer("Rest, ice and"), List.of())).containsExactly(Flag.TRUNCATED);
    }

    @Test
    void proseWithoutFinalPunctuationIsTruncatedButAListItemIsNot() {
        assertThat(flags.flags(sentenceAnswer("Most spasms settle within a few"), List.of())).containsExactly(Flag.TRUNCATED);
        Question q = new Question("How?", 1, List.of(new SourceLine("Rest first:", 2), new SourceLine("- Heat therapy", 3)));
        ClassifiedQuestion listed = new ClassifiedQuestion(q, Intent.OTHER, "back-spasm", List.of(
                new Segment("Rest first:", 2, Segment.Kind.INTRO, -1), new Segment("Heat therapy", 3, Segment.Kind.ITEM, 0)));
        assertThat(flags.flags(listed, List.of())).isEmpty();
    }

    @Test
    void anIntroWhoseListNeverComesIsTruncated() {
        Question q = new Question("How?", 1, List.of(new SourceLine("Try these:", 2)));
        ClassifiedQuestion cq = new ClassifiedQuestion(q, Intent.OTHER, "back-spasm",
                List.of(new Segment("Try these:", 2, Segment.Kind.INTRO, -1)));
        assertThat(flags.flags(cq, List.of())).containsExactly(Flag.TRUNCATED);
    }

    @Test
    void unansweredQuestionHasNoFlags() {
        ClassifiedQuestion cq = new ClassifiedQuestion(new Question("Why?", 1, List.of()), Intent.OTHER, "back-spasm", List.of());
        assertThat(flags.flags(cq, List.of())).isEmpty();
    }

    private static ClassifiedQuestion sentenceAnswer(String text) {
        Question q = new Question("Why?", 1, List.of(new SourceLine(text, 2)));
        return new ClassifiedQuestion(q, Intent.OTHER, "back-spasm", List.of(new Segment(text, 2, Segment.Kind.SENTENCE, -1)));
    }
}
