package org.backspasmkg.loader.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The ROBOT-style report checks: the ontology passes all of them, a broken header and a doubly labelled class do not. */
class RobotChecksTest {
    private static ValidateOperation checksOnly;

    @BeforeAll
    static void readChecks() {
        checksOnly = new ValidateOperation(List.of(), ValidateOperation.forProject(root()).checks());
    }

    @Test
    void everyCheckHasATitleAndASolution() {
        assertThat(checksOnly.checks()).hasSizeGreaterThanOrEqualTo(15).allSatisfy(c -> {
            assertThat(c.source()).startsWith("ontology/checks/").endsWith("-violation.rq");
            assertThat(c.title()).isNotBlank();
            assertThat(c.solution()).isNotBlank().doesNotContain("#");
        });
    }

    @Test
    void ontologyPassesEveryCheck() {
        Graph ontology = RDFDataMgr.loadGraph(root().resolve("ontology/backspasm.ttl").toString());
        assertThat(checksOnly.validate(ontology).violations()).isEmpty();
    }

    @Test
    void brokenOntologyFailsMultipleLabelsAndMissingLicense() {
        Graph broken = RDFDataMgr.loadGraph(
                RobotChecksTest.class.getResource("/fixtures/robot/two-labels-no-license.ttl").toString());
        ValidationReport report = checksOnly.validate(broken);
        assertThat(report.violations()).extracting(Violation::source).containsOnly(
                "ontology/checks/multiple-labels-violation.rq", "ontology/checks/missing-ontology-license-violation.rq");
        assertThat(report.violations()).anySatisfy(v -> {
            assertThat(v.focusNode().getURI()).isEqualTo("https://example.org/broken");
            assertThat(v.message()).startsWith("Missing ontology license").contains("dcterms:license");
        });
        assertThat(report.violations()).anySatisfy(v -> {
            assertThat(v.focusNode().getURI()).endsWith("#Spasm");
            assertThat(v.message()).startsWith("Multiple labels").contains("skos:altLabel");
        });
    }

    @Test
    void duplicateLabelAcrossTwoClassesIsFound() {
        Graph ontology = RDFDataMgr.loadGraph(root().resolve("ontology/backspasm.ttl").toString());
        RDFDataMgr.read(ontology, RobotChecksTest.class.getResource("/fixtures/robot/duplicate-label.ttl").toString());
        assertThat(checksOnly.validate(ontology).violations()).extracting(Violation::source)
                .contains("ontology/checks/duplicate-label-violation.rq");
    }

    private static Path root() {
        return Path.of(System.getProperty("kg.root", "..")).toAbsolutePath().normalize();
    }
}
