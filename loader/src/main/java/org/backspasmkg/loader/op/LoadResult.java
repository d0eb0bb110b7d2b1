package org.backspasmkg.loader.op;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.backspasmkg.loader.extract.Extraction;

/** The graph a load built, what was extracted from each page, and the summary. */
public record LoadResult(Graph graph, List<Extraction> extractions, LoadSummary summary) {
    public LoadResult {
        extractions = List.copyOf(extractions);
    }
}
