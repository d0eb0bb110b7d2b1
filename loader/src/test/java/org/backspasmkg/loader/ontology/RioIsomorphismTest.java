package org.backspasmkg.loader.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.graph.GraphFactory;
import org.backspasmkg.loader.op.GraphWriter;
import org.backspasmkg.loader.op.LoadOperation;
import org.eclipse.rdf4j.model.BNode;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What Jena writes, RDF4J Rio reads back as the same graph, in every syntax kg load can write: an
 * independent parser guards against writer bugs and syntax we only think is standard. Known: RDF4J 5.2.2's
 * TriG parser attaches a top-level blank node property list ("[ ... ] .") to the statement before it, so
 * pretty TriG holding owl:AllDisjointClasses reads back with one extra triple; TRIG_BLOCKS output avoids it.
 */
class RioIsomorphismTest {
    private record Syntax(String extension, RDFFormat rio) {
        @Override
        public String toString() {
            return extension;
        }
    }

    private static final List<Syntax> SYNTAXES = List.of(
            new Syntax("ttl", RDFFormat.TURTLE),
            new Syntax("nt", RDFFormat.NTRIPLES),
            new Syntax("nq", RDFFormat.NQUADS),
            new Syntax("trig", RDFFormat.TRIG),
            new Syntax("jsonld", RDFFormat.JSONLD),
            new Syntax("rdf", RDFFormat.RDFXML));

    static Stream<Arguments> cases() {
        Supplier<Graph> sample = () -> {
            Graph g = RDFDataMgr.loadGraph(OwlApiSupport.root().resolve("ontology/backspasm.ttl").toString());
            RDFDataMgr.read(g, RioIsomorphismTest.class.getResource("/fixtures/validate/conforming.ttl").toString());
            return g;
        };
        Supplier<Graph> loaded = () -> LoadOperation.load(
                OwlApiSupport.root(), List.of(OwlApiSupport.root().resolve("data/back-spasm-faq.txt")));
        return SYNTAXES.stream().flatMap(s -> Stream.of(
                Arguments.of("contract sample", sample, s),
                Arguments.of("loaded FAQ page", loaded, s)));
    }

    @ParameterizedTest(name = "{0} as .{2}")
    @MethodSource("cases")
    void rioReadsWhatJenaWrote(String name, Supplier<Graph> source, Syntax syntax, @TempDir Path dir) throws Exception {
        Graph graph = source.get();
        Path file = dir.resolve("graph." + syntax.extension());
        // The writer kg load uses, so the test covers the files users get.
        GraphWriter.write(graph, file);
        Model model;
        try (InputStream in = Files.newInputStream(file)) {
            model = Rio.parse(in, "https://w3id.org/backspasm-kg/", syntax.rio());
        }
        Graph back = GraphFactory.createDefaultGraph();
        for (Statement st : model) {
            back.add(toJena(st.getSubject()), toJena(st.getPredicate()), toJena(st.getObject()));
        }
        // Ground triples (no blank nodes) must match exactly; listing them makes a failure readable.
        assertThat(ground(back, graph)).as("ground triples Rio read that Jena did not write").isEmpty();
        assertThat(ground(graph, back)).as("ground triples Jena wrote that Rio did not read").isEmpty();
        assertThat(predicateCounts(back)).as("triples per predicate read by Rio").isEqualTo(predicateCounts(graph));
        assertThat(back.size()).as("triples read by Rio").isEqualTo(graph.size());
        assertThat(back.isIsomorphicWith(graph)).as("isomorphic after a round trip through ." + syntax.extension()).isTrue();
    }

    /** Triples without blank nodes that are in one graph and not the other. */
    private static List<String> ground(Graph g, Graph other) {
        return g.find().filterDrop(t -> t.getSubject().isBlank() || t.getObject().isBlank())
                .filterDrop(other::contains).mapWith(Object::toString).toList();
    }

    private static Map<String, Long> predicateCounts(Graph g) {
        return new TreeMap<>(g.find().toList().stream()
                .collect(Collectors.groupingBy(t -> t.getPredicate().getURI(), Collectors.counting())));
    }

    private static Node toJena(Value value) {
        if (value instanceof IRI iri) return NodeFactory.createURI(iri.stringValue());
        if (value instanceof BNode b) return NodeFactory.createBlankNode(b.getID());
        Literal lit = (Literal) value;
        if (lit.getLanguage().isPresent()) return NodeFactory.createLiteralLang(lit.getLabel(), lit.getLanguage().get());
        return NodeFactory.createLiteralDT(lit.getLabel(), TypeMapper.getInstance().getSafeTypeByName(lit.getDatatype().stringValue()));
    }
}
