package org.backspasmkg.loader.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.backspasmkg.loader.vocab.Vocab;
import org.junit.jupiter.api.Test;

/** The diagram shows every class of the ontology, is stable, and the README carries the current one. */
class MermaidDiagramTest {

    @Test
    void containsEveryOntologyClass() {
        Graph ontology = RDFDataMgr.loadGraph(ontologyFile().toString());
        String diagram = new MermaidDiagram(ontology).render();
        assertThat(diagram).startsWith("classDiagram\n");
        var classes = ontology.find(Node.ANY, RDF.type.asNode(), OWL.Class.asNode()).mapWith(t -> t.getSubject())
                .filterKeep(n -> n.getURI().startsWith(Vocab.BSKG)).toList();
        assertThat(classes).hasSizeGreaterThanOrEqualTo(19);
        for (Node cls : classes) {
            assertThat(diagram).contains("[\"bskg:" + cls.getLocalName() + "\"]");
        }
    }

    @Test
    void showsSchemaSuperclassesAndFactAssociations() {
        String diagram = MermaidDiagram.fromFile(ontologyFile()).render();
        assertThat(diagram)
                .contains("schema_MedicalCondition <|-- bskg_Condition")
                .contains("bskg_Symptom <|-- bskg_WarningSign")
                .contains("bskg_Condition --> bskg_Symptom : hasSymptom")
                .contains("bskg_Condition --> bskg_BodyPart : affectsBodyPart")
                .contains("xsd:duration typicalRecoveryTime");
    }

    @Test
    void isDeterministic() {
        assertThat(MermaidDiagram.fromFile(ontologyFile()).render())
                .isEqualTo(MermaidDiagram.fromFile(ontologyFile()).render());
    }

    @Test
    void replacesOnlyTheMarkedBlock() {
        String before = "intro\n<!-- diagram:start -->\nold\n<!-- diagram:end -->\noutro\n";
        String after = ReadmeBlock.DIAGRAM.replace(before, "classDiagram\n");
        assertThat(after).isEqualTo("intro\n<!-- diagram:start -->\n```mermaid\nclassDiagram\n```\n<!-- diagram:end -->\noutro\n");
    }

    @Test
    void readmeBlockMatchesTheGeneratedDiagram() throws Exception {
        Path readme = root().resolve("README.md");
        assumeThat(Files.exists(readme)).as("README.md exists").isTrue();
        var block = ReadmeBlock.DIAGRAM.current(Files.readString(readme));
        assumeThat(block).as("README.md has the diagram markers").isPresent();
        assertThat(block.get())
                .as("README diagram is stale: run kg diagram --readme README.md")
                .isEqualTo(ReadmeBlock.DIAGRAM.fenced(MermaidDiagram.fromFile(ontologyFile()).render()));
    }

    private static Path ontologyFile() {
        return root().resolve("ontology/backspasm.ttl");
    }

    private static Path root() {
        return Path.of(System.getProperty("kg.root", "..")).toAbsolutePath().normalize();
    }
}
