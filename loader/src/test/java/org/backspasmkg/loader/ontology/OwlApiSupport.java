package org.backspasmkg.loader.ontology;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.backspasmkg.loader.op.LoadOperation;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyCreationException;
import org.semanticweb.owlapi.model.OWLOntologyManager;

/** Loads the project's ontology and full graph into the OWL API (its own Turtle parser, no rdf4j). */
final class OwlApiSupport {
    private OwlApiSupport() {}

    static Path root() {
        return Path.of(System.getProperty("kg.root", "..")).toAbsolutePath().normalize();
    }

    static OWLOntology ontologyFile() throws OWLOntologyCreationException {
        OWLOntologyManager manager = OWLManager.createOWLOntologyManager();
        return manager.loadOntologyFromOntologyDocument(root().resolve("ontology/backspasm.ttl").toFile());
    }

    /** The ontology plus one test fixture (a path under src/test/resources), merged with Jena. */
    static OWLOntology ontologyWith(String fixture) throws OWLOntologyCreationException {
        Graph graph = RDFDataMgr.loadGraph(root().resolve("ontology/backspasm.ttl").toString());
        RDFDataMgr.read(graph, fixtureUri(fixture));
        return toOwl(graph);
    }

    static OWLOntology fixture(String fixture) throws OWLOntologyCreationException {
        return toOwl(RDFDataMgr.loadGraph(fixtureUri(fixture)));
    }

    private static String fixtureUri(String fixture) {
        var url = OwlApiSupport.class.getResource("/" + fixture);
        if (url == null) throw new IllegalArgumentException("no test resource " + fixture);
        return url.toString();
    }

    /** The graph LoadOperation builds from the FAQ page, handed over as Turtle. */
    static OWLOntology fullGraph() throws OWLOntologyCreationException {
        Path root = root();
        return toOwl(LoadOperation.load(root, List.of(root.resolve("data/back-spasm-faq.txt"))));
    }

    private static OWLOntology toOwl(Graph graph) throws OWLOntologyCreationException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, graph, Lang.TURTLE);
        OWLOntologyManager manager = OWLManager.createOWLOntologyManager();
        return manager.loadOntologyFromOntologyDocument(new ByteArrayInputStream(out.toByteArray()));
    }
}
