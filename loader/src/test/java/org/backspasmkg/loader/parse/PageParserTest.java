package org.backspasmkg.loader.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import org.backspasmkg.loader.diag.LoaderException;
import org.junit.jupiter.api.Test;

/** Lines to title and questions with their answer lines, on the source page and one fixture per quirk. */
class PageParserTest {
    private static final Path ROOT = Path.of(System.getProperty("kg.root", "."));
    private static final String SOURCE = "data/back-spasm-faq.txt";

    private static Page parseFixture(String name) {
        return PageParser.parse(PageReaderTest.fixture(name), "fixtures/parse/" + name);
    }

    private static List<Integer> answerLines(Question q) {
        return q.answerLines().stream().map(SourceLine::line).toList();
    }

    // ---- the source page

    @Test
    void sourcePageHas22QuestionsOf17Answered() {
        Page page = PageParser.parse(ROOT.resolve(SOURCE), SOURCE);

        assertThat(page.file()).isEqualTo(SOURCE);
        assertThat(page.slug()).isEqualTo("back-spasm-faq");
        assertThat(page.title()).isEqualTo("What does a spasm in back feel like?");
        assertThat(page.titleLine()).isEqualTo(1);
        assertThat(page.questions()).hasSize(22);
        assertThat(page.answeredCount()).isEqualTo(17);
        assertThat(page.questions().get(0).line()).isEqualTo(2);
        assertThat(page.questions()).filteredOn(q -> !q.isAnswered()).extracting(Question::line)
                .containsExactly(26, 31, 41, 42, 43);
    }

    @Test
    void sourcePageLastQuestionIsAnsweredOnTheNextLine() {
        Page page = PageParser.parse(ROOT.resolve(SOURCE), SOURCE);

        Question last = page.questions().get(21);
        assertThat(last.text()).isEqualTo("What causes severe back spasms?");
        assertThat(last.line()).isEqualTo(50);
        assertThat(answerLines(last)).containsExactly(51);
        assertThat(last.answerText()).startsWith("1- Dehydration and Bad Nutrition.");
    }

    @Test
    void sourcePageListAnswerKeepsAllItsLines() {
        Page page = PageParser.parse(ROOT.resolve(SOURCE), SOURCE);

        Question treatments = questionAt(page, 6);
        assertThat(treatments.text()).isEqualTo("How do you get rid of spasms in your back?");
        assertThat(answerLines(treatments)).containsExactly(7, 8, 9, 10, 11, 12, 13);
        // line 15 holds "What can I do to relieve the pain?" mid-paragraph: still the answer to line 14
        assertThat(answerLines(questionAt(page, 14))).containsExactly(15);
    }

    @Test
    void sourcePageQuestionLinesAreExactlyTheLinesEndingInAQuestionMark() {
        Page page = PageParser.parse(ROOT.resolve(SOURCE), SOURCE);

        assertThat(page.questions()).extracting(Question::line).containsExactly(
                2, 4, 6, 14, 16, 18, 20, 22, 24, 26, 27, 29, 31, 32, 39, 41, 42, 43, 44, 46, 48, 50);
    }

    // ---- one quirk per fixture

    @Test
    void crlfPage() {
        Page page = parseFixture("crlf.txt");

        assertThat(page.title()).isEqualTo("Why does my neck lock up?");
        assertThat(page.questions()).extracting(Question::text, Question::line, Question::answerText).containsExactly(
                tuple("Why does my neck lock up?", 2, "A muscle in the neck can tighten without warning."),
                tuple("How is it eased?", 4, "Gentle heat and slow turning of the head."),
                tuple("Does it last long?", 6, ""));
        assertThat(page.answeredCount()).isEqualTo(2);
    }

    @Test
    void bomPageTitleStartsWithTheFirstLetter() {
        Page page = parseFixture("bom.txt");

        assertThat(page.title()).isEqualTo("What is a calf cramp?");
        assertThat(page.questions()).extracting(Question::text, Question::line)
                .containsExactly(tuple("What is a calf cramp?", 2), tuple("Can stretching help?", 4));
        assertThat(page.answeredCount()).isEqualTo(2);
    }

    @Test
    void lastAnswerWithoutFinalNewlineIsKept() {
        Page page = parseFixture("no-final-newline.txt");

        Question last = page.questions().get(1);
        assertThat(last.text()).isEqualTo("When should it ease?");
        assertThat(last.answerLines()).containsExactly(new SourceLine("Usually within half an hour of moving about.", 5));
    }

    @Test
    void typographicQuotesStayInQuestionAndAnswerText() {
        Page page = parseFixture("typographic-quotes.txt");

        assertThat(page.title()).isEqualTo("What does \u201Cthrowing out your back\u201D mean?");
        assertThat(page.questions()).extracting(Question::text, Question::line).containsExactly(
                tuple("What does \u201Cthrowing out your back\u201D mean?", 2),
                tuple("Is it \u2018just a strain\u2019?", 4));
        assertThat(page.questions().get(0).answerText())
                .isEqualTo("It\u2019s a common way to say a back muscle went into sudden spasm.");
        assertThat(page.questions().get(1).answerText())
                .isEqualTo("Often it is \u2013 but a \u201Cpop\u201D with numbness needs a doctor.");
    }

    @Test
    void questionMarksInsideAnswersDoNotStartQuestions() {
        Page page = parseFixture("question-mark-inside-answer.txt");

        assertThat(page.questions()).extracting(Question::text, Question::line).containsExactly(
                tuple("Can a back spasm come back?", 2), tuple("What helps prevent it?", 4));
        // line 5 has an inner "?", line 6 is a 36-word rhetorical question, line 7 a list item ending in "?"
        assertThat(answerLines(page.questions().get(1))).containsExactly(5, 6, 7);
        assertThat(page.questions().get(0).answerText()).contains("Why does that happen?");
    }

    @Test
    void unansweredQuestionsAreKeptInPageOrder() {
        Page page = parseFixture("unanswered-questions.txt");

        assertThat(page.questions()).extracting(Question::line, Question::isAnswered).containsExactly(
                tuple(2, true), tuple(4, false), tuple(5, false), tuple(6, true), tuple(8, false), tuple(9, false));
        assertThat(page.questions()).hasSize(6);
        assertThat(page.answeredCount()).isEqualTo(2);
        assertThat(page.questions().get(3).text()).isEqualTo("How do you stop a side stitch?");
        assertThat(answerLines(page.questions().get(3))).containsExactly(7);
    }

    @Test
    void titleNotRepeatedIsAnsweredDirectly() {
        Page page = parseFixture("title-not-repeated.txt");

        assertThat(page.titleLine()).isEqualTo(1);
        assertThat(page.questions()).extracting(Question::text, Question::line, Question::answerText).containsExactly(
                tuple("What is a charley horse?", 1, "A charley horse is a painful cramp, most often in the calf."),
                tuple("How long does one last?", 3, "Seconds to a few minutes."));
    }

    @Test
    void titleThatIsNotAQuestionIsOnlyTheTitle() {
        Page page = parseFixture("title-not-a-question.txt");

        assertThat(page.title()).isEqualTo("Lower back spasm: questions and answers");
        assertThat(page.questions()).extracting(Question::text, Question::line)
                .containsExactly(tuple("What is a lower back spasm?", 2));
        assertThat(answerLines(page.questions().get(0))).containsExactly(3);
    }

    @Test
    void blankLinesAreSkippedButLineNumbersAreTheFileLines() {
        Page page = parseFixture("blank-lines.txt");

        assertThat(page.questions()).extracting(Question::text, Question::line).containsExactly(
                tuple("Is heat or ice better for a spasm?", 3), tuple("How often should ice be used?", 8));
        assertThat(answerLines(page.questions().get(0))).containsExactly(6);
        assertThat(answerLines(page.questions().get(1))).containsExactly(10);
    }

    @Test
    void singleQuestionLineIsAPageWithOneUnansweredQuestion() {
        Page page = PageParser.parse(List.of(new SourceLine("Why does my back hurt?", 1)), "one.txt");

        assertThat(page.questions()).extracting(Question::text, Question::line, Question::isAnswered)
                .containsExactly(tuple("Why does my back hurt?", 1, false));
    }

    // ---- bad input

    @Test
    void emptyFileIsRefusedAtLine1() {
        LoaderException e = refused("empty.txt");

        assertThat(e.location().file()).isEqualTo("fixtures/parse/empty.txt");
        assertThat(e.location().line()).isEqualTo(1);
        assertThat(e.getMessage()).isEqualTo(
                "fixtures/parse/empty.txt:1: error: empty page: expected a title question on line 1");
    }

    @Test
    void whitespaceOnlyFileIsRefusedAsEmpty() {
        LoaderException e = refused("whitespace-only.txt");

        assertThat(e.location().line()).isEqualTo(1);
        assertThat(e.getMessage()).contains("whitespace-only.txt:1: error: empty page");
    }

    @Test
    void textWithoutAnyQuestionIsRefusedAsSuch() {
        LoaderException e = refused("no-question.txt");

        assertThat(e.location().line()).isEqualTo(1);
        assertThat(e.getMessage()).contains("no-question.txt:1: error: no question in the page", "\"?\"");
    }

    @Test
    void answerBeforeAnyQuestionIsRefusedAtThatLine() {
        LoaderException e = refused("answer-before-question.txt");

        assertThat(e.location().line()).isEqualTo(2);
        assertThat(e.getMessage()).contains("answer-before-question.txt:2: error: answer text before any question");
    }

    private static LoaderException refused(String fixture) {
        try {
            Page page = parseFixture(fixture);
            throw new AssertionError("expected a LoaderException, got " + page.questions().size() + " questions");
        } catch (LoaderException e) {
            return e;
        }
    }

    private static Question questionAt(Page page, int line) {
        return page.questions().stream().filter(q -> q.line() == line).findFirst().orElseThrow();
    }
}
