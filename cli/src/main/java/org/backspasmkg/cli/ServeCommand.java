package org.backspasmkg.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.backspasmkg.server.GraphSource;
import org.backspasmkg.server.KgServer;
import org.backspasmkg.server.ProjectInputs;
import org.backspasmkg.server.StoreInfo;
import org.backspasmkg.server.StoreManager;
import org.backspasmkg.server.TextStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** kg serve: build the store if the inputs changed, then serve it with Fuseki until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Build the knowledge graph store when needed and serve it with Fuseki (UI, SPARQL, full-text search).")
final class ServeCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger("org.backspasmkg.serve");

    @Option(names = "--port", defaultValue = "3030", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to bind (default: ${DEFAULT-VALUE}, this machine only).")
    String host;

    @Option(names = "--store", description = "Store directory (default: store/ in the project root).")
    Path store;

    @Option(names = "--root", description = "Project root holding data/ and ontology/ (default: the kg launcher's folder).")
    Path root = Project.root();

    @Parameters(paramLabel = "PAGE", arity = "0..*", description = "Pages or folders of pages to serve (default: data/*.txt).")
    List<Path> pages = List.of();

    @Option(names = "--timeout", defaultValue = "10", description = "Query timeout in seconds (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Option(names = "--max-results", defaultValue = "10000", description = "Most rows a query returns; 0 = no cap (default: ${DEFAULT-VALUE}).")
    long maxResults;

    @Option(names = "--password-file", description = "Jetty password file ('user: password'); its users may update via basic auth.")
    Path passwordFile;

    @Option(names = "--rebuild", description = "Rebuild the store even if the inputs did not change.")
    boolean rebuild;

    @Override
    public Integer call() throws InterruptedException {
        Path storeDir = store != null ? store : root.resolve("store");
        StoreInfo info = new StoreManager(storeDir, GraphSource.loader()).ensureCurrent(new ProjectInputs(root, pages), rebuild);
        TextStore textStore = TextStore.open(info.dir());
        KgServer server = KgServer.builder()
                .dataset(textStore.dataset()).host(host).port(port)
                .timeout(Duration.ofSeconds(timeoutSeconds)).resultLimit(maxResults).passwordFile(passwordFile)
                .build().start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            textStore.close();
        }, "kg-serve-shutdown"));
        LOG.info("Loaded {} triples ({} text index entries) from {}", info.triples(), info.textEntries(), info.dir());
        LOG.info("Serving {} (SPARQL: {}/sparql){}", server.url(), server.datasetUrl(),
                passwordFile == null ? ", read-only" : ", updates for the users in " + passwordFile);
        server.join();
        return 0;
    }
}
