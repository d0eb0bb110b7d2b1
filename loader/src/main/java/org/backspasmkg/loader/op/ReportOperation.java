package org.backspasmkg.loader.op;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.backspasmkg.loader.classify.ClassifiedQuestion;
import org.backspasmkg.loader.classify.Segment;
import org.backspasmkg.loader.extract.Extraction;
import org.backspasmkg.loader.extract.Fact;
import org.backspasmkg.loader.lexicon.Concept;
import org.backspasmkg.loader.lexicon.Lexicon;
import org.backspasmkg.loader.lexicon.MentionFinder;
import org.backspasmkg.loader.op.CorpusReport.CandidateEntry;
import org.backspasmkg.loader.op.CorpusReport.ConceptRef;
import org.backspasmkg.loader.op.CorpusReport.Counts;
import org.backspasmkg.loader.op.CorpusReport.Evidence;
import org.backspasmkg.loader.op.CorpusReport.FlaggedAnswer;
import org.backspasmkg.loader.op.CorpusReport.PageReport;
import org.backspasmkg.loader.op.CorpusReport.QuestionRef;
import org.backspasmkg.loader.op.CorpusReport.SegmentRef;
import org.backspasmkg.loader.parse.Question;
import org.backspasmkg.loader.parse.SourceLine;

/** Builds a {@link CorpusReport} from what a load extracted; reads nothing but the lexicon it is given. */
public final class ReportOperation {
    private final Lexicon lexicon;
    private final AnswerFlags flags;

    public ReportOperation(KnowledgeBase kb) {
        this(kb.lexicon(), AnswerFlags.read(kb.dir(), KnowledgeBase.DIR));
    }

    public ReportOperation(Lexicon lexicon, AnswerFlags flags) {
        this.lexicon = lexicon;
        this.flags = flags;
    }

    /** Loads the pages (files or folders) with the project's data and reports on them. */
    public static CorpusReport run(Path projectRoot, List<Path> pages) {
        LoadOperation load = new LoadOperation(projectRoot);
        return new ReportOperation(load.knowledgeBase()).report(load.run(pages, p -> {}));
    }

    public CorpusReport report(LoadResult result) {
        List<Extraction> extractions = result.extractions();
        List<PageReport> pages = new ArrayList<>();
        List<FlaggedAnswer> flagged = new ArrayList<>();
        for (Extraction e : extractions) {
            List<FlaggedAnswer> pageFlags = flagged(e);
            flagged.addAll(pageFlags);
            pages.add(page(e, pageFlags.size()));
        }
        Map<String, CandidateEntry> candidates = candidates(extractions);
        return new CorpusReport(pages, total(extractions, pages, candidates.size(), flagged.size()),
                List.copyOf(candidates.values()), flagged, unseen(extractions));
    }

    private PageReport page(Extraction e, int flaggedAnswers) {
        List<SegmentRef> silent = new ArrayList<>();
        int segments = 0;
        for (ClassifiedQuestion cq : e.page().questions()) {
            Set<String> yielding = new HashSet<>();
            factsOf(e, cq.question()).forEach(f -> yielding.add(f.line() + "\n" + f.evidence()));
            for (Segment s : cq.segments()) {
                segments++;
                if (!yielding.contains(s.line() + "\n" + s.text())) {
                    silent.add(new SegmentRef(s.line(), s.kind().name().toLowerCase(Locale.ROOT), s.text()));
                }
            }
        }
        List<QuestionRef> unanswered = e.page().page().questions().stream().filter(q -> !q.isAnswered())
                .map(q -> new QuestionRef(q.line(), q.text(),
                        e.paraphraseOf().containsKey(q) ? e.paraphraseOf().get(q).text() : ""))
                .toList();
        Counts counts = new Counts(e.page().questions().size(), (int) e.page().page().answeredCount(),
                e.paraphraseOf().size(), segments, segments - silent.size(), LoadSummary.factsByRelation(List.of(e)),
                (int) e.candidates().values().stream().filter(Concept::candidate).count(), flaggedAnswers);
        return new PageReport(e.page().page().file(), e.page().conditionId(), counts, unanswered, silent);
    }

    /** Sums of the pages' counts, except facts and candidates, which count distinct things over all pages. */
    private static Counts total(List<Extraction> extractions, List<PageReport> pages, int candidates, int flagged) {
        int questions = 0;
        int answered = 0;
        int links = 0;
        int segments = 0;
        int withFacts = 0;
        for (PageReport p : pages) {
            questions += p.counts().questions();
            answered += p.counts().answered();
            links += p.counts().paraphraseLinks();
            segments += p.counts().segments();
            withFacts += p.counts().segmentsWithFacts();
        }
        return new Counts(questions, answered, links, segments, withFacts, LoadSummary.factsByRelation(extractions), candidates, flagged);
    }

    /**
     * Candidates merged over pages by id, which the extractor derives from the normalised label ("belts" and
     * "belt" share one); as in the graph, the last page's label and type win.
     */
    private static Map<String, CandidateEntry> candidates(List<Extraction> extractions) {
        Map<String, Concept> byId = new LinkedHashMap<>();
        Map<String, List<Evidence>> evidence = new HashMap<>();
        for (Extraction e : extractions) {
            e.candidates().values().stream().filter(Concept::candidate).forEach(c -> byId.put(c.id(), c));
            for (Fact f : e.facts()) {
                for (String id : new HashSet<>(List.of(f.conditionId(), f.objectId()))) {
                    evidence.computeIfAbsent(id, k -> new ArrayList<>()).add(new Evidence(
                            e.page().page().file(), f.line(), f.conditionId(), f.relation(), f.evidence()));
                }
            }
        }
        Map<String, CandidateEntry> out = new TreeMap<>();
        byId.values().forEach(c -> out.put(c.id(),
                new CandidateEntry(c.id(), c.label(), c.type(), evidence.getOrDefault(c.id(), List.of()))));
        return out;
    }

    private List<FlaggedAnswer> flagged(Extraction e) {
        List<FlaggedAnswer> out = new ArrayList<>();
        for (ClassifiedQuestion cq : e.page().questions()) {
            Set<AnswerFlags.Flag> found = flags.flags(cq, factsOf(e, cq.question()));
            if (found.isEmpty()) continue;
            out.add(new FlaggedAnswer(e.page().page().file(), cq.question().line(), cq.question().text(),
                    found.stream().map(AnswerFlags.Flag::label).toList()));
        }
        return out;
    }

    /** Lexicon concepts that no page names (title, question or answer) and no fact or classification uses. */
    private List<ConceptRef> unseen(List<Extraction> extractions) {
        MentionFinder finder = new MentionFinder(lexicon);
        Set<String> seen = new HashSet<>();
        for (Extraction e : extractions) {
            List<String> texts = new ArrayList<>(List.of(e.page().page().title()));
            for (Question q : e.page().page().questions()) {
                texts.add(q.text());
                q.answerLines().stream().map(SourceLine::text).forEach(texts::add);
            }
            texts.forEach(t -> finder.find(t).forEach(m -> seen.add(m.concept().id())));
            seen.add(e.page().conditionId());
            e.page().questions().forEach(q -> seen.add(q.conditionId()));
            e.facts().forEach(f -> seen.addAll(List.of(f.conditionId(), f.objectId())));
        }
        return lexicon.concepts().stream().filter(c -> !seen.contains(c.id()))
                .map(c -> new ConceptRef(c.id(), c.label(), c.type()))
                .sorted(java.util.Comparator.comparing(ConceptRef::id)).toList();
    }

    private static List<Fact> factsOf(Extraction e, Question q) {
        return e.facts().stream().filter(f -> f.question().equals(q)).toList();
    }
}
