package org.backspasmkg.loader.op;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.backspasmkg.loader.mapping.Mapping;
import org.backspasmkg.loader.mapping.MappingSet;
import org.backspasmkg.loader.mapping.SssomReader;
import org.backspasmkg.loader.vocab.Vocab;

/**
 * The SSSOM mapping set as triples on the concepts: the skos:*Match link to the outside term's IRI, and
 * its code as a skos:notation typed by the vocabulary's prefix, so queries can join on IRIs or on codes.
 */
final class MappingGraph {
    public static final String FILE = "ontology/mappings/backspasm.sssom.tsv";

    private MappingGraph() {}

    static Graph read(Path projectRoot) {
        Graph g = GraphFactory.createDefaultGraph();
        Path file = projectRoot.resolve(FILE);
        if (!Files.exists(file)) return g;
        MappingSet set = SssomReader.read(file, FILE);
        for (Mapping m : set.mappings()) {
            if (m.isNoTermFound()) continue;
            Node subject = NodeFactory.createURI(set.expand(m.subjectId()));
            Node predicate = NodeFactory.createURI(set.expand(m.predicateId()));
            g.add(subject, predicate, NodeFactory.createURI(set.expand(m.objectId())));
            if (m.predicateId().equals("skos:exactMatch")) {
                g.add(subject, Vocab.SKOS_NOTATION, NodeFactory.createLiteralString(m.objectId()));
            }
        }
        return g;
    }
}
