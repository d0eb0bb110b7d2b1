package org.backspasmkg.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.RiotParseException;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.FmtUtils;
import org.backspasmkg.loader.diag.LoaderException;
import org.backspasmkg.loader.diag.SourceLocation;
import org.backspasmkg.loader.validate.ValidateOperation;
import org.backspasmkg.loader.validate.ValidationReport;
import org.backspasmkg.loader.validate.Violation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** kg validate: reads RDF files into one graph, runs the shapes and report checks, prints what fails. Handles I/O only. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check RDF files (together, as one graph) against ontology/shapes and ontology/checks.",
        footer = "%nExit codes: 0 conforms, 1 violations found, 2 a file cannot be read or parsed.")
final class ValidateCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", arity = "1..*", description = "RDF files; the extension picks the syntax.")
    List<Path> files;

    @Option(names = "--root", paramLabel = "DIR", description = "Project folder holding ontology/ (default: ${DEFAULT-VALUE}).")
    Path root = Project.root();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Graph union = GraphFactory.createDefaultGraph();
        // Remember which file each subject came from, so a violation can name the file to fix.
        Map<Node, String> origin = new LinkedHashMap<>();
        for (Path file : files) {
            Graph one = parse(file);
            one.find().forEachRemaining(t -> origin.putIfAbsent(t.getSubject(), file.toString()));
            one.find().forEachRemaining(union::add);
            union.getPrefixMapping().setNsPrefixes(one.getPrefixMapping());
        }
        // The shapes target ontology classes through rdfs:subClassOf: a file checked on its own is checked
        // together with the ontology, as the graphs kg load writes already are.
        long triples = union.size();
        org.apache.jena.riot.RDFDataMgr.read(union, root.resolve(org.backspasmkg.loader.op.LoadOperation.ONTOLOGY).toString());
        ValidationReport report = ValidateOperation.forProject(root).validate(union);
        PrintWriter out = spec.commandLine().getOut();
        for (Violation v : report.violations()) {
            String where = origin.getOrDefault(v.focusNode(), files.get(0).toString());
            String focus = FmtUtils.stringForNode(v.focusNode(), union.getPrefixMapping());
            out.println(where + ": error: " + focus + (v.path().isEmpty() ? "" : " " + v.path()) + ": " + v.message()
                    + " [" + v.source() + "]");
        }
        out.println(report.conforms()
                ? "conforms: " + files.size() + " file(s), " + triples + " triples"
                : report.violations().size() + " violation(s) in " + files.size() + " file(s)");
        out.flush();
        return report.conforms() ? 0 : 1;
    }

    /** Turns the first parse error into an exception that keeps its line; warnings are ignored. */
    private static final ErrorHandler FAIL_AT_LINE = new ErrorHandler() {
        @Override
        public void warning(String message, long line, long col) {}

        @Override
        public void error(String message, long line, long col) {
            throw new RiotParseException(message, line, col);
        }

        @Override
        public void fatal(String message, long line, long col) {
            throw new RiotParseException(message, line, col);
        }
    };

    private static Graph parse(Path file) {
        if (!Files.isReadable(file)) {
            throw new LoaderException(SourceLocation.wholeFile(file.toString()), "cannot read the file");
        }
        Graph graph = GraphFactory.createDefaultGraph();
        try {
            // No logging: the one error message comes from LoaderException, with its line.
            RDFParser.source(file).errorHandler(FAIL_AT_LINE).parse(graph);
            return graph;
        } catch (RiotException e) {
            // The parse error (with its line) may arrive wrapped; report it at its line when it does.
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof RiotParseException p && p.getLine() > 0) {
                    throw new LoaderException(new SourceLocation(file.toString(), (int) p.getLine()),
                            "not valid RDF: " + p.getOriginalMessage(), e);
                }
            }
            throw new LoaderException(SourceLocation.wholeFile(file.toString()), "not valid RDF: " + e.getMessage(), e);
        }
    }
}
