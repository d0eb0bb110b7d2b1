package org.backspasmkg.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDFS;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.store.FSDirectory;

/**
 * One store directory opened as a Jena text dataset: TDB2 in {@code tdb2/}, the Lucene index in {@code lucene/}.
 * Close it to release the TDB2 lock (only one process may open a TDB2 location).
 */
public final class TextStore implements AutoCloseable {
    static final String TDB_DIR = "tdb2";
    static final String LUCENE_DIR = "lucene";
    /** The one Lucene field every indexed predicate goes to, so a bare {@code text:query} searches them all. */
    static final String TEXT_FIELD = "text";
    static final Node SCHEMA_TEXT = NodeFactory.createURI("http://schema.org/text");
    static final Node SCHEMA_NAME = NodeFactory.createURI("http://schema.org/name");
    static final Node[] INDEXED_PREDICATES = {RDFS.label.asNode(), SCHEMA_TEXT, SCHEMA_NAME};

    private final Path dir;
    private final DatasetGraph tdb;
    private final Dataset dataset;

    private TextStore(Path dir, DatasetGraph tdb, Dataset dataset) {
        this.dir = dir;
        this.tdb = tdb;
        this.dataset = dataset;
    }

    public static TextStore open(Path storeDir) {
        Dataset base;
        try {
            base = TDB2Factory.connectDataset(storeDir.resolve(TDB_DIR).toString());
        } catch (DBOpEnvException e) {
            if (!String.valueOf(e.getMessage()).contains("lock")) throw e;
            throw new StoreInUseException("the store " + storeDir + " is open in another process (a running kg serve?): "
                    + "stop it, or send the query to its SPARQL endpoint", e);
        }
        try {
            FSDirectory lucene = FSDirectory.open(storeDir.resolve(LUCENE_DIR));
            return new TextStore(storeDir, base.asDatasetGraph(), TextDatasetFactory.createLucene(base, lucene, indexConfig()));
        } catch (IOException e) {
            TDBInternal.expel(base.asDatasetGraph());
            throw new UncheckedIOException("cannot open the text index in " + storeDir, e);
        }
    }

    static TextIndexConfig indexConfig() {
        EntityDefinition entities = new EntityDefinition("uri", TEXT_FIELD);
        entities.setUidField("uid"); // lets updates through Fuseki remove the old entries
        entities.setLangField("lang");
        for (Node p : INDEXED_PREDICATES) entities.set(TEXT_FIELD, p);
        TextIndexConfig config = new TextIndexConfig(entities);
        config.setValueStored(true);
        // English stemming: "stretch" also finds "Stretching" and "stretches".
        config.setAnalyzer(new EnglishAnalyzer());
        return config;
    }

    public Dataset dataset() {
        return dataset;
    }

    public Path dir() {
        return dir;
    }

    @Override
    public void close() {
        dataset.close();
        // Closing alone keeps TDB2's connection cached (and the directory locked) for this JVM.
        TDBInternal.expel(tdb);
    }
}
