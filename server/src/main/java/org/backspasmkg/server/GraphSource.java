package org.backspasmkg.server;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.backspasmkg.loader.op.LoadOperation;
import org.backspasmkg.loader.validate.ValidateOperation;
import org.backspasmkg.loader.validate.ValidationReport;
import org.backspasmkg.loader.validate.Violation;

/** Produces the graph to store from a project; the real one is the loader, tests inject others. */
@FunctionalInterface
public interface GraphSource {
    Graph load(Path projectRoot, List<Path> pages);

    /** The loader, with the graph checked against the project's shapes: a store is only built from a valid graph. */
    static GraphSource loader() {
        return (root, pages) -> {
            Graph graph = LoadOperation.load(root, pages);
            ValidationReport report = ValidateOperation.forProject(root).validate(graph);
            if (!report.conforms()) {
                Violation first = report.violations().get(0);
                throw new StoreBuildException("the graph violates its shapes (" + report.violations().size()
                        + " violation(s); first: " + first.focusNode() + " " + first.path() + ": " + first.message()
                        + "); run kg load to see them all");
            }
            return graph;
        };
    }
}
