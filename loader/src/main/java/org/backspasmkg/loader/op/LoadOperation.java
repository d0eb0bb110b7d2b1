package org.backspasmkg.loader.op;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;

/** Runs parse → classify → extract → emit for a set of pages and returns the whole graph. (STUB: being written.) */
public final class LoadOperation {
    private LoadOperation() {}

    /** The complete graph (ontology, lexicon concepts, pages, facts, evidence) for the given pages. */
    public static Graph load(Path projectRoot, List<Path> pages) {
        // Placeholder until the pipeline lands: the ontology alone.
        return RDFDataMgr.loadGraph(projectRoot.resolve("ontology/backspasm.ttl").toString());
    }
}
