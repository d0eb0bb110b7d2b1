package org.backspasmkg.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;

/** Writes one graph into an empty directory as TDB2 + Lucene, checks it, and writes the manifest last. */
public final class StoreBuilder {
    private StoreBuilder() {}

    public static StoreInfo build(Path dir, Graph graph, InputHash hash) {
        if (graph.isEmpty()) throw new StoreBuildException("the loader returned an empty graph");
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
        try (TextStore store = TextStore.open(dir)) {
            Dataset ds = store.dataset();
            // Through the text dataset, so every indexed literal also goes to Lucene, in the same transaction.
            ds.executeWrite(() -> graph.find().forEachRemaining(t -> ds.asDatasetGraph().getDefaultGraph().add(t)));
        }
        StoreInfo info = new StoreInfo(dir, hash, graph.size(), expectedTextEntries(graph), Instant.now());
        validate(info);
        info.write();
        return info;
    }

    /** Reopens the finished store and compares it with what was written. */
    static void validate(StoreInfo expected) {
        long triples;
        try (TextStore store = TextStore.open(expected.dir())) {
            Dataset ds = store.dataset();
            triples = ds.calculateRead(() -> (long) ds.asDatasetGraph().getDefaultGraph().size());
        }
        if (triples != expected.triples()) {
            throw new StoreBuildException("store check failed: " + triples + " triples stored, " + expected.triples() + " expected");
        }
        long entries = luceneDocs(expected.dir().resolve(TextStore.LUCENE_DIR));
        if (entries != expected.textEntries()) {
            throw new StoreBuildException("store check failed: " + entries + " text index entries, " + expected.textEntries() + " expected");
        }
    }

    /** Jena text adds one Lucene document per (subject, indexed predicate, literal) triple. */
    static long expectedTextEntries(Graph graph) {
        return graph.stream().filter(StoreBuilder::indexed).count();
    }

    private static boolean indexed(Triple t) {
        Node p = t.getPredicate();
        return t.getObject().isLiteral() && Arrays.stream(TextStore.INDEXED_PREDICATES).anyMatch(p::equals);
    }

    private static long luceneDocs(Path luceneDir) {
        try (FSDirectory dir = FSDirectory.open(luceneDir)) {
            if (!DirectoryReader.indexExists(dir)) return 0;
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                return reader.numDocs();
            }
        } catch (IOException e) {
            throw new StoreBuildException("cannot read the text index in " + luceneDir, e);
        }
    }
}
