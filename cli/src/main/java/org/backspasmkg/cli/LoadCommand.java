package org.backspasmkg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.backspasmkg.loader.op.GraphWriter;
import org.backspasmkg.loader.op.LoadResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** kg load: reads pages, builds the graph, checks it against the shapes, writes it. Handles I/O only. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Turn Q&A pages (files or folders of .txt pages) into the knowledge graph.",
        footer = "%nExit codes: 0 written, 1 the graph violates the shapes (nothing written), 2 bad input.")
final class LoadCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PAGE", arity = "1..*", description = "Q&A pages, or folders of them.")
    List<Path> pages;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Output file; its extension picks the format: .ttl .nt .nq .trig .jsonld .rdf. "
                    + "Default: Turtle on standard output.")
    Path out;

    @Option(names = "--root", paramLabel = "DIR", description = "Project folder holding data/lexicon and ontology/ (default: ${DEFAULT-VALUE}).")
    Path root = Project.root();

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (out != null) {
            try {
                GraphWriter.formatFor(out); // reject an unknown extension before any work
            } catch (IllegalArgumentException e) {
                // a usage error (exit 2, like other bad input), not 1, which means "violates the shapes"
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
        }
        Optional<LoadResult> checked = CheckedLoad.run(root, pages, System.err);
        if (checked.isEmpty()) return 1;
        LoadResult result = checked.get();
        if (out == null) {
            result.graph().getPrefixMapping().setNsPrefixes(GraphWriter.prefixes());
            RDFDataMgr.write(System.out, result.graph(), RDFFormat.TURTLE_PRETTY);
            System.err.print(result.summary().render());
        } else {
            GraphWriter.write(result.graph(), out);
            System.out.print(result.summary().render());
            System.out.println("written: " + out);
        }
        return 0;
    }
}
