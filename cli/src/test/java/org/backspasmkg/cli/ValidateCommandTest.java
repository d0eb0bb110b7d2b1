package org.backspasmkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kg validate on what kg load wrote (conforms, exit 0) and on a copy without evidence sentences (exit 1). */
class ValidateCommandTest {
    private static final Node EVIDENCE_TEXT = NodeFactory.createURI("https://w3id.org/backspasm-kg/ontology#evidenceText");

    @TempDir
    static Path tmp;
    static Path loaded;

    @BeforeAll
    static void load() {
        loaded = tmp.resolve("kg.ttl");
        Kg.Run run = Kg.inProject("load", "--out", loaded.toString(), Kg.ROOT.resolve("data/back-spasm-faq.txt").toString());
        assertThat(run.code()).as(run.err()).isZero();
    }

    @Test
    void loadOutputConforms() {
        Kg.Run run = Kg.inProject("validate", loaded.toString());

        assertThat(run.code()).as(run.out() + run.err()).isZero();
        long triples = RDFParser.source(loaded).toGraph().size();
        assertThat(run.out().lines()).containsExactly("conforms: 1 file(s), " + triples + " triples");
    }

    @Test
    void aFileCheckedOnItsOwnIsCheckedWithTheOntology() throws IOException {
        // Shapes target ontology classes through rdfs:subClassOf, which this file alone does not state.
        Path lone = tmp.resolve("lone.ttl");
        Files.writeString(lone, "<https://w3id.org/backspasm-kg/concept/x> a <https://w3id.org/backspasm-kg/ontology#Symptom> .\n");

        Kg.Run run = Kg.inProject("validate", lone.toString());

        assertThat(run.code()).as(run.out() + run.err()).isEqualTo(1);
        assertThat(run.out()).contains("lone.ttl: error: bsc:x rdfs:label");
    }

    @Test
    void copyWithoutEvidenceTextFailsNamingTheShape() throws IOException {
        Graph g = RDFParser.source(loaded).lang(Lang.TURTLE).toGraph();
        List<Triple> removed = g.find(Node.ANY, EVIDENCE_TEXT, Node.ANY).toList();
        removed.forEach(g::delete);
        Path broken = tmp.resolve("broken.ttl");
        try (OutputStream out = Files.newOutputStream(broken)) {
            RDFDataMgr.write(out, g, RDFFormat.TURTLE_PRETTY);
        }

        Kg.Run run = Kg.inProject("validate", broken.toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(removed).hasSizeGreaterThan(20);
        // one line per evidence axiom that lost its sentence, naming the file, the property, the shape's message and file
        List<String> lines = run.out().lines().filter(l -> l.contains("bskg:evidenceText")).toList();
        assertThat(lines).hasSize(removed.size()).allSatisfy(l -> assertThat(l)
                .startsWith(broken + ": error: ")
                .contains("An evidence axiom needs bskg:evidenceText")
                .endsWith("[ontology/shapes/evidence.shacl.ttl]"));
        assertThat(run.out().lines()).last().isEqualTo(removed.size() + " violation(s) in 1 file(s)");
    }
}
