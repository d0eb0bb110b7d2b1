package org.backspasmkg.loader.emit;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDFS;

/**
 * The super-classes and super-properties the ontology declares, so the emitter can materialise the
 * schema.org types and relations and a query written with schema.org terms alone finds the facts.
 */
public final class OntologyIndex {
    private final Graph ontology;

    public OntologyIndex(Graph ontology) {
        this.ontology = ontology;
    }

    public Graph graph() {
        return ontology;
    }

    /** The class and all its named super-classes. */
    public Set<Node> classAndSupers(Node cls) {
        return closure(cls, RDFS.subClassOf.asNode());
    }

    /** The property and all its super-properties. */
    public Set<Node> propertyAndSupers(Node prop) {
        return closure(prop, RDFS.subPropertyOf.asNode());
    }

    /** The property's declared rdfs:range, if one. */
    public java.util.Optional<Node> range(Node prop) {
        return ontology.find(prop, RDFS.range.asNode(), Node.ANY).mapWith(Triple::getObject).nextOptional();
    }

    /** The property's declared rdfs:domain, if one. */
    public java.util.Optional<Node> domain(Node prop) {
        return ontology.find(prop, RDFS.domain.asNode(), Node.ANY).mapWith(Triple::getObject).nextOptional();
    }


    private Set<Node> closure(Node start, Node link) {
        Set<Node> seen = new LinkedHashSet<>();
        Deque<Node> todo = new ArrayDeque<>(List.of(start));
        while (!todo.isEmpty()) {
            Node n = todo.pop();
            if (!n.isURI() || !seen.add(n)) continue;
            ontology.find(n, link, Node.ANY).mapWith(Triple::getObject).forEach(todo::push);
        }
        return seen;
    }
}
