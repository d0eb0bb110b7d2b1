package org.backspasmkg.loader.docs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.backspasmkg.loader.vocab.Vocab;

/**
 * Draws the ontology as a Mermaid classDiagram: its classes with subclass arrows (up to the schema.org
 * classes they specialise), object properties as labelled associations from domain to range, and
 * annotation properties with a domain as attributes. Output is sorted, so the same ontology gives the
 * same text.
 */
public final class MermaidDiagram {
    private final Graph ontology;
    private final PrefixMapping prefixes;
    private final TreeMap<String, Node> idToNode = new TreeMap<>();

    public MermaidDiagram(Graph ontology) {
        this.ontology = Objects.requireNonNull(ontology, "ontology");
        this.prefixes = ontology.getPrefixMapping();
    }

    public static MermaidDiagram fromFile(Path ontologyFile) {
        return new MermaidDiagram(RDFDataMgr.loadGraph(ontologyFile.toString()));
    }

    /** The diagram text, without the surrounding ```mermaid fence. */
    public String render() {
        TreeSet<String> classes = new TreeSet<>();
        TreeSet<String> lines = new TreeSet<>();
        for (Node cls : subjectsOfType(OWL.Class.asNode())) {
            if (!isOurs(cls)) continue;
            classes.add(id(cls));
            for (Node sup : objects(cls, RDFS.subClassOf.asNode())) {
                if (!sup.isURI()) continue;
                classes.add(id(sup));
                lines.add("  " + id(sup) + " <|-- " + id(cls));
            }
        }
        for (Node prop : subjectsOfType(OWL.ObjectProperty.asNode())) {
            if (!isOurs(prop)) continue;
            for (Node domain : objects(prop, RDFS.domain.asNode())) {
                for (Node range : objects(prop, RDFS.range.asNode())) {
                    if (domain.isURI() && range.isURI()) {
                        lines.add("  " + id(domain) + " --> " + id(range) + " : " + prop.getLocalName());
                    }
                }
            }
        }
        TreeMap<String, TreeSet<String>> attributes = new TreeMap<>();
        for (Node prop : subjectsOfType(OWL.AnnotationProperty.asNode())) {
            if (!isOurs(prop)) continue;
            for (Node domain : objects(prop, RDFS.domain.asNode())) {
                String range = objects(prop, RDFS.range.asNode()).stream().map(this::shortName).findFirst().orElse("");
                attributes.computeIfAbsent(id(domain), k -> new TreeSet<>())
                        .add((range.isEmpty() ? "" : range + " ") + prop.getLocalName());
            }
        }
        StringBuilder out = new StringBuilder("classDiagram\n");
        for (String cls : classes) {
            out.append("  class ").append(cls).append("[\"").append(shortName(nodeOf(cls))).append("\"]");
            TreeSet<String> attrs = attributes.get(cls);
            if (attrs != null) {
                out.append(" {\n");
                attrs.forEach(a -> out.append("    ").append(a).append('\n'));
                out.append("  }");
            }
            out.append('\n');
        }
        lines.forEach(l -> out.append(l).append('\n'));
        return out.toString();
    }

    private boolean isOurs(Node n) {
        return n.isURI() && n.getURI().startsWith(Vocab.BSKG);
    }

    /** A Mermaid-safe identifier for a class: its prefixed name with the colon replaced. */
    private String id(Node cls) {
        String id = shortName(cls).replaceAll("[^A-Za-z0-9_]", "_");
        idToNode.put(id, cls);
        return id;
    }

    private Node nodeOf(String id) {
        return idToNode.get(id);
    }

    private String shortName(Node n) {
        return n.isURI() ? prefixes.shortForm(n.getURI()) : n.toString();
    }

    private List<Node> subjectsOfType(Node type) {
        List<Node> found = new ArrayList<>();
        ontology.find(Node.ANY, RDF.type.asNode(), type).mapWith(Triple::getSubject).forEachRemaining(found::add);
        return found;
    }

    private List<Node> objects(Node subject, Node predicate) {
        List<Node> found = new ArrayList<>();
        ontology.find(subject, predicate, Node.ANY).mapWith(Triple::getObject).forEachRemaining(found::add);
        return found;
    }
}
