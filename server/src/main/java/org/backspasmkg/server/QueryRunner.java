package org.backspasmkg.server;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;

/** Runs one SPARQL query against a dataset (no server) and prints the result. */
public final class QueryRunner {
    private QueryRunner() {}

    /** A query named like a file in {@code queries/} (without .rq), or a path to a query file. */
    public static Path resolve(Path projectRoot, String nameOrFile) {
        Path asFile = Path.of(nameOrFile);
        if (Files.isRegularFile(asFile)) return asFile;
        Path named = projectRoot.resolve("queries").resolve(nameOrFile + ".rq");
        if (!nameOrFile.contains("/") && !nameOrFile.contains("\\") && Files.isRegularFile(named)) return named;
        throw new IllegalArgumentException("no query file " + nameOrFile + " and no " + projectRoot.relativize(named));
    }

    public static Query parse(Path queryFile) {
        try {
            return QueryFactory.create(Files.readString(queryFile, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + queryFile, e);
        }
    }

    public static void run(Dataset dataset, Query query, QueryFormat format, OutputStream out) {
        dataset.executeRead(() -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(query).build()) {
                if (query.isSelectType()) writeSelect(qe.execSelect(), query, format, out);
                else if (query.isAskType()) writeAsk(qe.execAsk(), format, out);
                else if (query.isConstructType()) writeGraph(qe.execConstruct(), format, out);
                else if (query.isDescribeType()) writeGraph(qe.execDescribe(), format, out);
                else throw new IllegalArgumentException("unsupported query type: " + query.queryType());
            }
        });
    }

    private static void writeSelect(ResultSet rs, Query query, QueryFormat format, OutputStream out) {
        switch (format) {
            case TABLE -> ResultSetFormatter.out(out, rs, query.getPrefixMapping());
            case CSV -> ResultSetFormatter.outputAsCSV(out, rs);
            case JSON -> ResultSetFormatter.outputAsJSON(out, rs);
        }
    }

    private static void writeAsk(boolean answer, QueryFormat format, OutputStream out) {
        switch (format) {
            case TABLE -> {
                PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
                ps.println(answer ? "yes" : "no");
            }
            case CSV -> ResultSetFormatter.outputAsCSV(out, answer);
            case JSON -> ResultSetFormatter.outputAsJSON(out, answer);
        }
    }

    private static void writeGraph(Model model, QueryFormat format, OutputStream out) {
        Lang lang = switch (format) {
            case TABLE -> Lang.TURTLE;
            case CSV -> Lang.NTRIPLES;
            case JSON -> Lang.JSONLD;
        };
        RDFDataMgr.write(out, model, lang);
    }
}
