package org.backspasmkg.loader.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.semanticweb.HermiT.ReasonerFactory;
import org.semanticweb.elk.owlapi.ElkReasonerFactory;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.reasoner.OWLReasoner;
import org.semanticweb.owlapi.reasoner.OWLReasonerFactory;

/** The ontology and the loaded graph are consistent and every class can have members. */
class ReasonerTest {

    @Test
    void hermitFindsOntologyCoherent() throws Exception {
        assertCoherent(new ReasonerFactory(), OwlApiSupport.ontologyFile());
    }

    @Test
    void elkFindsOntologyCoherent() throws Exception {
        assertCoherent(new ElkReasonerFactory(), OwlApiSupport.ontologyFile());
    }

    @Test
    void hermitFindsContractShapedSampleConsistent() throws Exception {
        assertCoherent(new ReasonerFactory(), OwlApiSupport.ontologyWith("fixtures/validate/conforming.ttl"));
    }

    @Test
    void hermitFindsLoadedGraphConsistent() throws Exception {
        assertCoherent(new ReasonerFactory(), OwlApiSupport.fullGraph());
    }

    @Test
    void hermitDetectsAnIndividualInTwoDisjointFamilies() throws Exception {
        // Guards the test itself: a node typed as both a question and a concept must be caught.
        OWLOntology ontology = OwlApiSupport.ontologyFile();
        var manager = ontology.getOWLOntologyManager();
        var factory = manager.getOWLDataFactory();
        String ns = "https://w3id.org/backspasm-kg/ontology#";
        var node = factory.getOWLNamedIndividual("https://w3id.org/backspasm-kg/concept/broken");
        manager.addAxiom(ontology, factory.getOWLClassAssertionAxiom(factory.getOWLClass(ns + "Question"), node));
        manager.addAxiom(ontology, factory.getOWLClassAssertionAxiom(factory.getOWLClass(ns + "Symptom"), node));
        OWLReasoner reasoner = new ReasonerFactory().createReasoner(ontology);
        try {
            assertThat(reasoner.isConsistent()).isFalse();
        } finally {
            reasoner.dispose();
        }
    }

    private static void assertCoherent(OWLReasonerFactory factory, OWLOntology ontology) {
        OWLReasoner reasoner = factory.createReasoner(ontology);
        try {
            assertThat(reasoner.isConsistent()).as(factory.getReasonerName() + " consistency").isTrue();
            assertThat(reasoner.getUnsatisfiableClasses().getEntitiesMinusBottom())
                    .as(factory.getReasonerName() + " unsatisfiable classes")
                    .isEmpty();
        } finally {
            reasoner.dispose();
        }
    }
}
