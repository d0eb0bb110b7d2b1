package org.backspasmkg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.query.Query;
import org.backspasmkg.server.GraphSource;
import org.backspasmkg.server.ProjectInputs;
import org.backspasmkg.server.QueryFormat;
import org.backspasmkg.server.QueryRunner;
import org.backspasmkg.server.StoreInfo;
import org.backspasmkg.server.StoreManager;
import org.backspasmkg.server.TextStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** kg query: run a query from queries/ (or a file) against the local store, without a server. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Run a SPARQL query against the local store (built first if needed).")
final class QueryCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "NAME|FILE", description = "A query in queries/ (name without .rq) or a query file.")
    String query;

    @Option(names = "--format", defaultValue = "table", description = "table, csv or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--store", description = "Store directory (default: store/ in the project root).")
    Path store;

    @Option(names = "--root", description = "Project root holding data/, ontology/ and queries/ (default: the kg launcher's folder).")
    Path root = Project.root();

    @Override
    public Integer call() {
        QueryFormat fmt = parseFormat(format);
        Query parsed = QueryRunner.parse(QueryRunner.resolve(root, query));
        Path storeDir = store != null ? store : root.resolve("store");
        StoreInfo info = new StoreManager(storeDir, GraphSource.loader()).ensureCurrent(new ProjectInputs(root), false);
        try (TextStore textStore = TextStore.open(info.dir())) {
            QueryRunner.run(textStore.dataset(), parsed, fmt, System.out);
        }
        System.out.flush();
        return 0;
    }

    private static QueryFormat parseFormat(String name) {
        try {
            return QueryFormat.valueOf(name.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--format must be table, csv or json, not " + name);
        }
    }
}
