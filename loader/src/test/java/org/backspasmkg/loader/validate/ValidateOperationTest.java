package org.backspasmkg.loader.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shapes and checks accept a graph shaped as the contract says and name the one rule each fixture breaks. */
class ValidateOperationTest {
    private static final String BSC = "https://w3id.org/backspasm-kg/concept/";
    private static ValidateOperation operation;

    @BeforeAll
    static void readShapesAndChecks() {
        operation = ValidateOperation.forProject(root());
    }

    @Test
    void readsEveryShapesFileAndCheck() {
        assertThat(operation.shapes()).extracting(ValidateOperation.ShapesFile::source).containsExactly(
                "ontology/shapes/concepts.shacl.ttl", "ontology/shapes/evidence.shacl.ttl", "ontology/shapes/qa.shacl.ttl");
        assertThat(operation.checks()).hasSizeGreaterThanOrEqualTo(15);
    }

    @Test
    void conformingFixturePasses() {
        ValidationReport report = operation.validate(withOntology("conforming.ttl"));
        assertThat(report.violations()).isEmpty();
        assertThat(report.conforms()).isTrue();
    }

    @Test
    void factWithoutEvidenceFails() {
        ValidationReport report = operation.validate(withOntology("fact-without-evidence.ttl"));
        assertThat(report.conforms()).isFalse();
        assertThat(report.violations()).singleElement().satisfies(v -> {
            assertThat(v.focusNode()).isEqualTo(NodeFactory.createURI(BSC + "back-spasm"));
            assertThat(v.path()).contains("hasCause");
            assertThat(v.message()).contains("has no evidence").contains("dull-ache");
            assertThat(v.source()).isEqualTo("ontology/shapes/evidence.shacl.ttl");
        });
    }

    @Test
    void conceptWithoutLabelFails() {
        ValidationReport report = operation.validate(withOntology("concept-without-label.ttl"));
        assertThat(report.violations()).isNotEmpty().allSatisfy(v ->
                assertThat(v.focusNode()).isEqualTo(NodeFactory.createURI(BSC + "dull-ache")));
        assertThat(report.violations()).anySatisfy(v -> {
            assertThat(v.message()).contains("exactly one rdfs:label");
            assertThat(v.source()).isEqualTo("ontology/shapes/concepts.shacl.ttl");
        });
        // The report check agrees with the shape.
        assertThat(report.violations()).anySatisfy(v ->
                assertThat(v.source()).isEqualTo("ontology/checks/missing-label-violation.rq"));
    }

    @Test
    void questionWithoutIntentFails() {
        ValidationReport report = operation.validate(withOntology("question-without-intent.ttl"));
        assertThat(report.violations()).singleElement().satisfies(v -> {
            assertThat(v.focusNode().getURI()).endsWith("/q/what-does-it-feel-like");
            assertThat(v.path()).contains("intent");
            assertThat(v.message()).contains("exactly one bskg:intent");
            assertThat(v.source()).isEqualTo("ontology/shapes/qa.shacl.ttl");
        });
    }

    @Test
    void recoveryTimeThatIsNotADurationFails() {
        ValidationReport report = operation.validate(withOntology("recovery-time-not-duration.ttl"));
        assertThat(report.violations()).singleElement().satisfies(v ->
                assertThat(v.message()).contains("xsd:duration"));
    }

    private static Graph withOntology(String fixture) {
        Graph graph = RDFDataMgr.loadGraph(root().resolve("ontology/backspasm.ttl").toString());
        RDFDataMgr.read(graph, ValidateOperationTest.class.getResource("/fixtures/validate/" + fixture).toString());
        return graph;
    }

    private static Path root() {
        return Path.of(System.getProperty("kg.root", "..")).toAbsolutePath().normalize();
    }
}
