package org.backspasmkg.loader.op;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.backspasmkg.loader.lexicon.WordList;
import org.backspasmkg.loader.classify.ClassifiedQuestion;
import org.backspasmkg.loader.classify.Segment;
import org.backspasmkg.loader.extract.Fact;

/**
 * Marks answers a careful reader would not take at face value: cut off mid-sentence, about another condition
 * than the one asked about, or a bare list with nothing saying what it lists. Emitted as bskg:answerFlag.
 */
public final class AnswerFlags {
    public static final String FILE = "open-endings.txt";
    /** Sentence-final punctuation, then any closing quotes or brackets. */
    private static final Pattern ENDS_SENTENCE = Pattern.compile(".*[.!?\u2026][\"'\u201D\u2019)\\]]*$", Pattern.DOTALL);
    private static final Pattern LAST_WORD = Pattern.compile("(\\S+)\\s*$");

    /** A reason to read an answer with care; {@link #label()} is the literal emitted. */
    public enum Flag {
        TRUNCATED("truncated"),
        OFF_TOPIC("off-topic"),
        LIST_WITHOUT_INTRO("list-without-intro");

        private final String label;

        Flag(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private final Set<String> openEndings;

    /** @param openEndings words as written (case matters), without a final ".", that cannot end an answer */
    public AnswerFlags(Set<String> openEndings) {
        this.openEndings = Set.copyOf(openEndings);
    }

    public static AnswerFlags read(Path lexiconDir, String displayDir) {
        return new AnswerFlags(WordList.read(lexiconDir.resolve(FILE), displayDir + "/" + FILE).texts().stream()
                .map(AnswerFlags::withoutFinalDot)
                .collect(Collectors.toUnmodifiableSet()));
    }

    /** The flags of a question's answer, given the facts extracted from it; none for an unanswered question. */
    public Set<Flag> flags(ClassifiedQuestion question, List<Fact> facts) {
        Set<Flag> out = EnumSet.noneOf(Flag.class);
        if (!question.question().isAnswered()) return out;
        List<Segment> segs = question.segments();
        if (isTruncated(segs, question.question().answerText())) out.add(Flag.TRUNCATED);
        if (isOffTopic(question.conditionId(), facts)) out.add(Flag.OFF_TOPIC);
        if (!segs.isEmpty() && segs.get(0).kind() == Segment.Kind.ITEM && segs.get(0).intro() < 0) {
            out.add(Flag.LIST_WITHOUT_INTRO);
        }
        return out;
    }

    /**
     * Cut off: it ends on an intro whose list never comes, on a word that needs more after it, or (for prose;
     * list items carry no final punctuation) without sentence-final punctuation.
     */
    private boolean isTruncated(List<Segment> segs, String answerText) {
        Segment last = segs.isEmpty() ? null : segs.get(segs.size() - 1);
        String text = (last == null ? answerText : last.text()).strip();
        if (text.isEmpty()) return false;
        if (last != null && last.kind() == Segment.Kind.INTRO) return true;
        var m = LAST_WORD.matcher(text);
        if (m.find() && openEndings.contains(withoutFinalDot(m.group(1)))) return true;
        boolean prose = last == null || last.kind() == Segment.Kind.SENTENCE || last.kind() == Segment.Kind.DETAIL;
        return prose && !ENDS_SENTENCE.matcher(text).matches();
    }

    /** Most of its facts are about a condition other than the one the question asks about. */
    private static boolean isOffTopic(String askedCondition, List<Fact> facts) {
        if (askedCondition.isEmpty() || facts.isEmpty()) return false;
        long elsewhere = facts.stream().filter(f -> !f.conditionId().equals(askedCondition)).count();
        return elsewhere * 2 > facts.size();
    }

    private static String withoutFinalDot(String word) {
        return word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
    }
}
