package org.backspasmkg.loader.op;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDFS;
import org.backspasmkg.loader.op.CorpusReport.CandidateEntry;
import org.backspasmkg.loader.op.CorpusReport.FlaggedAnswer;
import org.backspasmkg.loader.vocab.Vocab;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The report's counts on the source page, and how a folder of pages shares concepts and merges candidates. */
class ReportOperationTest {
    static final Path ROOT = Path.of(System.getProperty("kg.root", "..")).toAbsolutePath().normalize();
    static LoadOperation load;
    static ReportOperation reporter;
    static LoadResult source;
    static CorpusReport sourceReport;

    @BeforeAll
    static void loadSourcePage() {
        load = new LoadOperation(ROOT);
        reporter = new ReportOperation(load.knowledgeBase());
        source = load.run(List.of(ROOT.resolve("data/back-spasm-faq.txt")), p -> {});
        sourceReport = reporter.report(source);
    }

    @Test
    void sourcePageCounts() {
        CorpusReport.Counts c = sourceReport.total();
        assertThat(c.questions()).isEqualTo(22);
        assertThat(c.answered()).isEqualTo(17);
        assertThat(c.unanswered()).isEqualTo(5);
        assertThat(c.paraphraseLinks()).isEqualTo(5);
        assertThat(sourceReport.pages()).hasSize(1);
        assertThat(sourceReport.pages().get(0).counts()).isEqualTo(c);
        assertThat(sourceReport.pages().get(0).unanswered()).hasSize(5)
                .allSatisfy(q -> assertThat(q.paraphraseOf()).isNotEmpty());
    }

    @Test
    void segmentsSplitIntoWithAndWithoutFactsAndFactsAgreeWithTheLoadSummary() {
        CorpusReport.Counts c = sourceReport.total();
        assertThat(c.segmentsWithFacts()).isPositive();
        assertThat(c.segmentsWithoutFacts()).isPositive().isEqualTo(sourceReport.pages().get(0).segmentsWithoutFacts().size());
        // The question inside an answer states nothing.
        assertThat(sourceReport.pages().get(0).segmentsWithoutFacts())
                .anySatisfy(s -> assertThat(s.text()).isEqualTo("What can I do to relieve the pain?"));
        assertThat(c.factsByRelation()).isEqualTo(source.summary().factsByRelation());
    }

    @Test
    void flaggedAnswersAreListedAndEmitted() {
        Map<Integer, List<String>> byLine = sourceReport.flaggedAnswers().stream()
                .collect(Collectors.toMap(FlaggedAnswer::questionLine, FlaggedAnswer::flags));
        assertThat(byLine.get(39)).as("ends with 'says Dr.'").contains("truncated");
        assertThat(byLine.get(29)).as("asked about spasms, answered about cramps").contains("off-topic");
        assertThat(byLine.get(44)).as("bare comma list").contains("list-without-intro");
        assertThat(byLine).as("intro and items").doesNotContainKey(6);
        long emitted = source.graph().find(Node.ANY, Vocab.ANSWER_FLAG, Node.ANY)
                .filterKeep(t -> t.getSubject().getURI().endsWith("/answer")).toList().size();
        long listed = sourceReport.flaggedAnswers().stream().mapToLong(f -> f.flags().size()).sum();
        assertThat(emitted).isEqualTo(listed);
    }

    @Test
    void candidatesCarryTheirEvidence() {
        assertThat(sourceReport.candidates()).isNotEmpty()
                .allSatisfy(c -> assertThat(c.evidence()).isNotEmpty());
        assertThat(sourceReport.candidates()).extracting(CandidateEntry::id).contains("belt");
    }

    @Test
    void unseenConceptsAreLexiconConceptsNoPageNames() {
        Set<String> unseen = sourceReport.unseenConcepts().stream().map(CorpusReport.ConceptRef::id).collect(Collectors.toSet());
        assertThat(unseen).doesNotContain("back-spasm", "heat-therapy", "dehydration").isNotEmpty();
        assertThat(unseen).allSatisfy(id -> assertThat(load.knowledgeBase().lexicon().get(id)).isPresent());
    }

    @Test
    void folderOfTwoPagesSharesConceptsAndMergesCandidates() throws Exception {
        Path folder = Path.of(getClass().getResource("/fixtures/report/two-pages").toURI());
        LoadResult two = load.run(List.of(folder), p -> {});
        CorpusReport r = reporter.report(two);

        assertThat(r.pages()).hasSize(2);
        // "Hammocks" and "A hammock": one candidate with evidence from both pages, one node with one label.
        CandidateEntry hammock = r.candidates().stream().filter(c -> c.id().equals("hammock")).findFirst().orElseThrow();
        assertThat(hammock.files()).hasSize(2);
        assertThat(r.total().candidates()).isEqualTo(1);
        Graph g = two.graph();
        assertThat(g.find(Vocab.concept("hammock"), RDFS.label.asNode(), Node.ANY).toList()).hasSize(1);
        assertThat(g.contains(Vocab.concept("hammock"), Vocab.CANDIDATE, Node.ANY)).isTrue();

        // heat therapy: the same statement once, with one evidence axiom per page.
        Node heat = Vocab.concept("heat-therapy");
        assertThat(g.find(Vocab.concept("back-spasm"), Vocab.bskg("hasTreatment"), heat).toList()).hasSize(1);
        Set<String> pages = g.find(Node.ANY, OWL2.annotatedTarget.asNode(), heat).mapWith(Triple::getSubject).toList().stream()
                .flatMap(ax -> g.find(ax, Vocab.PROV_DERIVED_FROM, Node.ANY).mapWith(t -> t.getObject().getURI()).toList().stream())
                .map(answer -> answer.substring(0, answer.indexOf("/q/")))
                .collect(Collectors.toSet());
        assertThat(pages).containsExactlyInAnyOrder(Vocab.PAGE + "a", Vocab.PAGE + "b");
        // The total counts the shared statement once; each page counts it.
        assertThat(r.pages()).allSatisfy(p -> assertThat(p.counts().factsByRelation().get("hasTreatment")).isEqualTo(2));
        assertThat(r.total().factsByRelation().get("hasTreatment")).isEqualTo(2);
    }

    @Test
    void jsonAndTextNameTheSameNumbers() {
        String json = ReportRenderer.json(sourceReport);
        var parsed = org.apache.jena.atlas.json.JSON.parse(json);
        assertThat(parsed.get("total").getAsObject().get("paraphraseLinks").getAsNumber().value().intValue()).isEqualTo(5);
        assertThat(parsed.get("flaggedAnswers").getAsArray()).hasSize(sourceReport.flaggedAnswers().size());
        assertThat(ReportRenderer.text(sourceReport)).contains("questions: 22 (17 answered, 5 unanswered), paraphrase links: 5");
    }

}
