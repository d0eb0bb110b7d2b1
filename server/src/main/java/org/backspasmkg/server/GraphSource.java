package org.backspasmkg.server;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.backspasmkg.loader.op.LoadOperation;

/** Produces the graph to store from a project; the real one is the loader, tests inject others. */
@FunctionalInterface
public interface GraphSource {
    Graph load(Path projectRoot, List<Path> pages);

    static GraphSource loader() {
        return LoadOperation::load;
    }
}
