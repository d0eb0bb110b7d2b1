package org.backspasmkg.loader.op;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a set of pages yields, for a curator deciding what to fix next: per page and in total, questions
 * answered or not, paraphrase links, segments with and without facts, facts by relation; across pages, the
 * candidates with their evidence, the answers a reader would flag, and the lexicon concepts no page names.
 */
public record CorpusReport(List<PageReport> pages, Counts total, List<CandidateEntry> candidates,
        List<FlaggedAnswer> flaggedAnswers, List<ConceptRef> unseenConcepts) {
    public CorpusReport {
        pages = List.copyOf(pages);
        candidates = List.copyOf(candidates);
        flaggedAnswers = List.copyOf(flaggedAnswers);
        unseenConcepts = List.copyOf(unseenConcepts);
    }

    /**
     * Counts for one page or the whole set. Facts are distinct statements (condition, relation, object), so the
     * total is not the sum of the pages when two pages state the same thing; candidates likewise count ids.
     */
    public record Counts(int questions, int answered, int paraphraseLinks, int segments, int segmentsWithFacts,
            Map<String, Integer> factsByRelation, int candidates, int flaggedAnswers) {
        public Counts {
            factsByRelation = Collections.unmodifiableMap(new TreeMap<>(factsByRelation));
        }

        public int unanswered() {
            return questions - answered;
        }

        public int segmentsWithoutFacts() {
            return segments - segmentsWithFacts;
        }

        public int facts() {
            return factsByRelation.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** One page: its counts, its unanswered questions and the segments that yielded no fact. */
    public record PageReport(String file, String conditionId, Counts counts, List<QuestionRef> unanswered,
            List<SegmentRef> segmentsWithoutFacts) {
        public PageReport {
            unanswered = List.copyOf(unanswered);
            segmentsWithoutFacts = List.copyOf(segmentsWithoutFacts);
        }
    }

    /** An unanswered question, and the text of the answered one it paraphrases (empty when none). */
    public record QuestionRef(int line, String text, String paraphraseOf) {}

    /** A sentence, list item or intro of an answer; kind is the segment kind in lower case. */
    public record SegmentRef(int line, String kind, String text) {}

    /** A concept the lexicon lacks, with every piece of evidence for it, over all pages. */
    public record CandidateEntry(String id, String label, String type, List<Evidence> evidence) {
        public CandidateEntry {
            evidence = List.copyOf(evidence);
        }

        public List<String> files() {
            return evidence.stream().map(Evidence::file).distinct().toList();
        }
    }

    /** A fact's source: the page, line and sentence, and what the fact said. */
    public record Evidence(String file, int line, String conditionId, String relation, String text) {}

    /** An answer with the reasons to read it with care (the bskg:answerFlag literals). */
    public record FlaggedAnswer(String file, int questionLine, String question, List<String> flags) {
        public FlaggedAnswer {
            flags = List.copyOf(flags);
        }
    }

    /** A lexicon concept by id, label and type. */
    public record ConceptRef(String id, String label, String type) {}
}
