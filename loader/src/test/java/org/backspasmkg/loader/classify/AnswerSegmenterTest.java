package org.backspasmkg.loader.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.backspasmkg.loader.classify.Segment.Kind.DETAIL;
import static org.backspasmkg.loader.classify.Segment.Kind.HEADING;
import static org.backspasmkg.loader.classify.Segment.Kind.INTRO;
import static org.backspasmkg.loader.classify.Segment.Kind.ITEM;
import static org.backspasmkg.loader.classify.Segment.Kind.SENTENCE;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.api.ListAssert;
import org.assertj.core.groups.Tuple;
import org.backspasmkg.loader.nlp.EnglishModels;
import org.backspasmkg.loader.parse.PageReader;
import org.backspasmkg.loader.parse.SourceLine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every answer layout of the pages, cut into segments (kind, line, text, intro index). The source page supplies
 * the real shapes; small fixtures under fixtures/segment/ cover the edges (things that must NOT be split).
 */
class AnswerSegmenterTest {
    private static final Path ROOT = Path.of(System.getProperty("kg.root", "."));
    private static List<SourceLine> source;
    private static AnswerSegmenter segmenter;

    @BeforeAll
    static void load() {
        source = PageReader.readLines(ROOT.resolve("data/back-spasm-faq.txt"), "data/back-spasm-faq.txt");
        segmenter = new AnswerSegmenter(new EnglishModels());
    }

    /** Segments of the source page's lines first..last (1-based, inclusive). */
    private static ListAssert<Tuple> sourceLines(int first, int last) {
        return assertSegments(segmenter.segment(source.subList(first - 1, last)));
    }

    private static ListAssert<Tuple> fixture(String name) {
        Path file;
        try {
            file = Path.of(AnswerSegmenterTest.class.getResource("/fixtures/segment/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return assertSegments(segmenter.segment(PageReader.readLines(file, name)));
    }

    private static ListAssert<Tuple> assertSegments(List<Segment> segments) {
        return assertThat(segments.stream().map(s -> tuple(s.kind(), s.line(), s.text(), s.intro())).toList());
    }

    // ---- shapes on the source page

    @Test
    void dashListWithIntroLine() {
        sourceLines(7, 13).containsExactly(
                tuple(INTRO, 7, "Some effective treatments include:", -1),
                tuple(ITEM, 8, "Short period of rest", 0),
                tuple(DETAIL, 8, "A painful back muscle spasm can make it difficult to perform daily activities or even move.", -1),
                tuple(ITEM, 9, "Cold therapy", 0),
                tuple(ITEM, 10, "Heat therapy", 0),
                tuple(ITEM, 11, "Comfortable inclined position", 0),
                tuple(ITEM, 12, "Over-the-counter pain relievers", 0),
                tuple(ITEM, 13, "Muscle relaxants", 0));
    }

    @Test
    void dashListAfterATitleLineWithoutColonTakesItAsIntro() {
        sourceLines(33, 38).containsExactly(
                tuple(INTRO, 33, "Top 5 Sleeping Positions for Back Pain", -1),
                tuple(ITEM, 34, "Lying on your side in a fetal position", 0),
                tuple(ITEM, 35, "Lying on your back in a reclined position", 0),
                tuple(ITEM, 36, "Lying on your side with a pillow supporting your knees", 0),
                tuple(ITEM, 37, "Lying on your stomach with a pillow below your pelvis and lower abdomen", 0),
                tuple(ITEM, 38, "Lying flat on your back with a pillow underneath your knees", 0));
    }

    @Test
    void enDashInlineList() {
        sourceLines(47, 47).containsExactly(
                tuple(ITEM, 47, "Rest", -1),
                tuple(ITEM, 47, "Alternating heat and ice", -1),
                tuple(ITEM, 47, "Stretching", -1),
                tuple(ITEM, 47, "Walking or very light exercise", -1),
                tuple(ITEM, 47, "Physical therapy", -1),
                tuple(ITEM, 47, "Relaxation techniques, such as meditation and deep breathing", -1),
                tuple(ITEM, 47, "Chiropractic care", -1),
                tuple(ITEM, 47, "Massage Therapy", -1));
    }

    @Test
    void commaFragmentsWithoutSpacesGiveFourItems() {
        sourceLines(45, 45).containsExactly(
                tuple(ITEM, 45, "belts", -1),
                tuple(ITEM, 45, "corsets", -1),
                tuple(ITEM, 45, "foot orthotics", -1),
                tuple(ITEM, 45, "shoes with \u201Crocker\u201D soles", -1));
    }

    @Test
    void numberedFragmentIsAnItemWithItsExplanation() {
        sourceLines(51, 51).containsExactly(
                tuple(ITEM, 51, "Dehydration and Bad Nutrition", -1),
                tuple(DETAIL, 51, "Muscles need nutrients,water and electrolytes to work properly.", -1));
    }

    @Test
    void headingGluedToItsTextIsSplitOff() {
        sourceLines(17, 17).containsExactly(
                tuple(HEADING, 17, "Walk At A Moderate Pace", -1),
                tuple(SENTENCE, 17, "The simple movement of walking is one of the best things we can do for chronic lower back pain.", -1),
                tuple(SENTENCE, 17, "Ten to fifteen minutes of walking twice a day will help ease lower back pain.", -1),
                tuple(SENTENCE, 17, "Substitute this activity for a more vigorous type of exercise if you prefer and/or are able.", -1));
    }

    @Test
    void lowerCaseHeadingGluedToItsTextIsSplitOff() {
        sourceLines(28, 28).containsExactly(
                tuple(HEADING, 28, "Stretches for lower back spasms", -1),
                tuple(SENTENCE, 28, "Stretching reduces muscle tension and can stop muscle spasms.", -1),
                tuple(SENTENCE, 28, "Many people experiencing sudden spasms are reluctant to move, but simply getting up and walking may help.", -1));
    }

    @Test
    void colonInsideParagraphIntroducesSentenceFragments() {
        sourceLines(30, 30).containsExactly(
                tuple(SENTENCE, 30, "Muscle cramps usually disappear on their own and are rarely serious enough to require medical care.", -1),
                tuple(INTRO, 30, "However, see your doctor if your cramps:", -1),
                tuple(ITEM, 30, "Cause severe discomfort", 1),
                tuple(ITEM, 30, "Are associated with leg swelling, redness or skin changes", 1));
    }

    @Test
    void colonAfterFirstSentenceIntroducesWarningItems() {
        sourceLines(3, 3).containsExactly(
                tuple(SENTENCE, 3, "A back spasm may feel mild like a dull ache or twitch, or it can get so sharp and painful that it\u2019s debilitating.", -1),
                tuple(INTRO, 3, "If you experience any of the following symptoms in addition to back spasms, you should see your healthcare provider right away:", -1),
                tuple(ITEM, 3, "Loss of bladder or bowel control", 1),
                tuple(ITEM, 3, "Muscle weakness in arms or legs", 1));
    }

    @Test
    void plainParagraphGivesOneSegmentPerSentence() {
        sourceLines(49, 49).containsExactly(
                tuple(SENTENCE, 49, "In addition, back spasms generally subside rather quickly, meaning that they go away almost as suddenly as they came.", -1),
                tuple(SENTENCE, 49, "You will feel a tightening of the upper or lower back area (and may even feel a bulge just below the skin when the muscle is in full contraction).", -1),
                tuple(SENTENCE, 49, "You may even have the urge to stretch the muscle in an attempt to get it to release.", -1));
    }

    @Test
    void innerQuestionIsASentenceOfTheParagraph() {
        sourceLines(15, 15).containsExactly(
                tuple(SENTENCE, 15, "Spasms can turn the muscles in your back into a hard, painful knot.", -1),
                tuple(SENTENCE, 15, "What can I do to relieve the pain?", -1),
                tuple(SENTENCE, 15, "Given time, most injuries to the ligaments and muscles will heal on their own within six weeks.", -1),
                tuple(SENTENCE, 15, "The key to recovery is staying active, within limits.", -1));
    }

    // ---- edges, in fixtures

    @Test
    void dashItemsKeepTheirIntroAndAParagraphAfterwardsEndsTheList() {
        fixture("intro-then-items-then-paragraph.txt").containsExactly(
                tuple(INTRO, 1, "Ways to calm a spasm:", -1),
                tuple(ITEM, 2, "Apply heat", 0),
                tuple(ITEM, 3, "Stretch slowly", 0),
                tuple(DETAIL, 3, "Hold each stretch for half a minute.", -1),
                tuple(SENTENCE, 4, "Most spasms settle within days.", -1));
    }

    @Test
    void dashListWithoutAnyIntroHasNone() {
        fixture("list-without-intro.txt").containsExactly(
                tuple(ITEM, 1, "Keep moving gently", -1),
                tuple(ITEM, 2, "Sleep on your side", -1));
    }

    @Test
    void numberedFragmentsWithDashOrDot() {
        fixture("numbered-fragments.txt").containsExactly(
                tuple(ITEM, 1, "Too little water", -1),
                tuple(DETAIL, 1, "Muscles cramp when the body is dry.", -1),
                tuple(ITEM, 2, "Long hours at a desk", -1));
    }

    @Test
    void commaFragmentsDropTheFinalOr() {
        fixture("comma-fragments-with-or.txt").containsExactly(
                tuple(ITEM, 1, "ice packs", -1),
                tuple(ITEM, 1, "heating pads", -1),
                tuple(ITEM, 1, "a warm bath", -1));
    }

    @Test
    void commaSeparatedSentenceStaysProse() {
        fixture("comma-prose.txt").containsExactly(
                tuple(SENTENCE, 1, "Rest, ice, gentle stretching and time usually settle it.", -1));
    }

    @Test
    void enDashInsideASentenceIsNotAList() {
        fixture("en-dash-inside-sentence.txt").containsExactly(
                tuple(SENTENCE, 1, "Heat helps a stiff back \u2013 but not on the first day.", -1));
    }

    @Test
    void properNounsInMidSentenceAreNotHeadings() {
        fixture("proper-noun-mid-sentence.txt").containsExactly(
                tuple(SENTENCE, 1, "Doctors at Mayo Clinic say gentle movement helps.", -1),
                tuple(SENTENCE, 1, "Runners in Boston often use ice.", -1));
    }
}
