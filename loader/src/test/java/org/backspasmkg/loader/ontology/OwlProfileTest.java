package org.backspasmkg.loader.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.profiles.OWL2DLProfile;
import org.semanticweb.owlapi.profiles.OWLProfileReport;

/** The ontology and the graph the loader builds stay inside OWL 2 DL. */
class OwlProfileTest {

    @Test
    void ontologyFileIsOwl2Dl() throws Exception {
        OWLOntology ontology = OwlApiSupport.ontologyFile();
        assertThat(ontology.getAxiomCount()).as("axioms parsed").isGreaterThan(50);
        OWLProfileReport report = new OWL2DLProfile().checkOntology(ontology);
        assertThat(report.getViolations()).as(report.toString()).isEmpty();
    }

    @Test
    void contractShapedSampleIsOwl2Dl() throws Exception {
        // Evidence axioms, xsd:duration annotations and punned concept individuals as the contract describes.
        OWLOntology sample = OwlApiSupport.ontologyWith("fixtures/validate/conforming.ttl");
        OWLProfileReport report = new OWL2DLProfile().checkOntology(sample);
        assertThat(report.getViolations()).as(report.toString()).isEmpty();
        assertThat(sample.getAxioms().stream().filter(a -> !a.getAnnotations().isEmpty()).count())
                .as("evidence read as axiom annotations")
                .isGreaterThanOrEqualTo(3);
    }

    @Test
    void profileCheckRejectsAPropertyThatIsBothObjectAndData() throws Exception {
        OWLProfileReport report = new OWL2DLProfile().checkOntology(OwlApiSupport.fixture("fixtures/ontology/not-dl.ttl"));
        assertThat(report.isInProfile()).isFalse();
    }

    @Test
    void loadedGraphIsOwl2Dl() throws Exception {
        OWLOntology graph = OwlApiSupport.fullGraph();
        OWLProfileReport report = new OWL2DLProfile().checkOntology(graph);
        assertThat(report.getViolations()).as(report.toString()).isEmpty();
    }
}
