package org.backspasmkg.loader.emit;

import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.backspasmkg.loader.classify.ClassifiedQuestion;
import org.backspasmkg.loader.extract.Extraction;
import org.backspasmkg.loader.extract.Fact;
import org.backspasmkg.loader.lexicon.Concept;
import org.backspasmkg.loader.lexicon.Lexicon;
import org.backspasmkg.loader.op.AnswerFlags;
import org.backspasmkg.loader.parse.Page;
import org.backspasmkg.loader.parse.Question;
import org.backspasmkg.loader.vocab.Vocab;

/**
 * Emit stage: the only place that mints IRIs. Writes the ontology, the lexicon's concepts, each page with
 * its questions and answers, and each fact with an OWL 2 axiom annotation holding its evidence.
 * Schema.org super-types and super-properties are materialised from the ontology's declarations.
 */
public final class GraphEmitter {
    private final OntologyIndex ontology;
    private final Lexicon lexicon;
    private final AnswerFlags answerFlags;

    public GraphEmitter(OntologyIndex ontology, Lexicon lexicon, AnswerFlags answerFlags) {
        this.ontology = ontology;
        this.lexicon = lexicon;
        this.answerFlags = answerFlags;
    }

    public Graph emit(List<Extraction> extractions, Graph extra) {
        Graph g = GraphFactory.createDefaultGraph();
        ontology.graph().find().forEachRemaining(g::add);
        extra.find().forEachRemaining(g::add);
        for (Concept c : lexicon.concepts()) emitConcept(g, c);
        Map<String, Concept> candidates = new java.util.TreeMap<>(); // by id: stable output
        extractions.forEach(e -> candidates.putAll(e.candidates()));
        candidates.values().stream().filter(Concept::candidate).forEach(c -> emitConcept(g, c));
        for (Extraction e : extractions) emitPage(g, e);
        return g;
    }

    private void emitConcept(Graph g, Concept c) {
        Node n = Vocab.concept(c.id());
        typed(g, n, Vocab.bskg(c.type()));
        g.add(n, RDF.type.asNode(), Vocab.SKOS_CONCEPT);
        g.add(n, Vocab.SKOS_IN_SCHEME, Vocab.SKOS_SCHEME);
        g.add(n, RDFS.label.asNode(), en(c.label()));
        g.add(n, Vocab.SKOS_PREF_LABEL, en(c.label()));
        g.add(n, Vocab.S_NAME, en(c.label())); // so schema.org-only queries can name things
        c.synonyms().forEach(s -> g.add(n, Vocab.SKOS_ALT_LABEL, en(s)));
        if (!c.definition().isEmpty()) g.add(n, Vocab.SKOS_DEFINITION, en(c.definition()));
        if (!c.broader().isEmpty()) g.add(n, Vocab.SKOS_BROADER, Vocab.concept(c.broader()));
        if (c.candidate()) g.add(n, Vocab.CANDIDATE, NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean));
    }

    private void emitPage(Graph g, Extraction e) {
        Page page = e.page().page();
        PageIris iris = new PageIris(page);
        Node p = iris.page();
        typed(g, p, Vocab.FAQ_PAGE);
        g.add(p, RDFS.label.asNode(), en(page.title()));
        g.add(p, Vocab.S_NAME, en(page.title()));
        g.add(p, Vocab.SOURCE_FILE, NodeFactory.createLiteralString(page.file()));
        if (!e.page().conditionId().isEmpty()) g.add(p, Vocab.S_ABOUT, Vocab.concept(e.page().conditionId()));

        for (ClassifiedQuestion cq : e.page().questions()) {
            Question q = cq.question();
            Node qn = iris.question(q);
            typed(g, qn, Vocab.QUESTION);
            g.add(p, Vocab.S_MAIN_ENTITY, qn);
            g.add(qn, Vocab.S_IS_PART_OF, p);
            g.add(qn, RDFS.label.asNode(), en(q.text()));
            g.add(qn, Vocab.S_NAME, en(q.text()));
            g.add(qn, Vocab.SOURCE_LINE, integer(q.line()));
            g.add(qn, Vocab.INTENT, Vocab.intent(cq.intent().id()));
            if (!cq.conditionId().isEmpty()) g.add(qn, Vocab.S_ABOUT, Vocab.concept(cq.conditionId()));
            if (q.isAnswered()) {
                Node an = iris.answer(q);
                typed(g, an, Vocab.ANSWER);
                g.add(qn, Vocab.S_ACCEPTED_ANSWER, an);
                g.add(an, RDFS.label.asNode(), en("Answer to: " + q.text()));
                g.add(an, Vocab.S_TEXT, en(q.answerText()));
                g.add(an, Vocab.SOURCE_LINE, integer(q.answerLines().get(0).line()));
                g.add(an, Vocab.LAST_LINE, integer(q.answerLines().get(q.answerLines().size() - 1).line()));
                emitAnswerFlags(g, an, cq, e.facts());
            }
        }
        e.paraphraseOf().forEach((u, a) -> g.add(iris.question(u), Vocab.PARAPHRASE_OF, iris.question(a)));
        for (Fact f : e.facts()) emitFact(g, f, iris.answer(f.question()));
    }

    /** bskg:answerFlag "truncated" etc.: the reader's warnings on an answer, decided by {@link AnswerFlags}. */
    private void emitAnswerFlags(Graph g, Node answer, ClassifiedQuestion cq, List<Fact> pageFacts) {
        List<Fact> own = pageFacts.stream().filter(f -> f.question().equals(cq.question())).toList();
        for (AnswerFlags.Flag flag : answerFlags.flags(cq, own)) {
            g.add(answer, Vocab.ANSWER_FLAG, NodeFactory.createLiteralString(flag.label()));
        }
    }

    private void emitFact(Graph g, Fact f, Node answer) {
        Node s = Vocab.concept(f.conditionId());
        Node prop = Vocab.bskg(f.relation());
        Node o = f.objectId().isEmpty() ? literal(f, ontology.range(prop)) : Vocab.concept(f.objectId());
        for (Node p : ontology.propertyAndSupers(prop)) g.add(s, p, o);
        // What a fact says of its ends, typed as the ontology declares (back pain named as a symptom is a symptom).
        ontology.domain(prop).ifPresent(c -> typed(g, s, c));
        if (o.isURI()) ontology.range(prop).ifPresent(c -> typed(g, o, c));
        Node ax = NodeFactory.createBlankNode();
        g.add(ax, RDF.type.asNode(), OWL2.Axiom.asNode());
        g.add(ax, OWL2.annotatedSource.asNode(), s);
        g.add(ax, OWL2.annotatedProperty.asNode(), prop);
        g.add(ax, OWL2.annotatedTarget.asNode(), o);
        g.add(ax, Vocab.PROV_DERIVED_FROM, answer);
        g.add(ax, Vocab.EVIDENCE_TEXT, en(f.evidence()));
        g.add(ax, Vocab.SOURCE_LINE, integer(f.line()));
        if (!f.cue().isEmpty()) g.add(ax, Vocab.CUE, NodeFactory.createLiteralString(f.cue()));
    }

    /** A literal fact value with the datatype the property's range names (xsd:duration for recovery times). */
    private static Node literal(Fact f, java.util.Optional<Node> range) {
        if (range.isPresent() && range.get().getURI().equals(XSDDatatype.XSDduration.getURI())) {
            return NodeFactory.createLiteralDT(f.literal(), XSDDatatype.XSDduration);
        }
        return NodeFactory.createLiteralLang(f.literal(), "en");
    }

    /** Types a node with the class and every super-class the ontology declares (schema.org ones included). */
    private void typed(Graph g, Node n, Node cls) {
        for (Node c : ontology.classAndSupers(cls)) {
            if (!c.equals(OWL2.Thing.asNode())) g.add(Triple.create(n, RDF.type.asNode(), c));
        }
    }

    private static Node en(String text) {
        return NodeFactory.createLiteralLang(text, "en");
    }

    private static Node integer(int n) {
        return NodeFactory.createLiteralDT(Integer.toString(n), XSDDatatype.XSDinteger);
    }
}
