package org.backspasmkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.backspasmkg.loader.op.CurateOperation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** kg curate: accepts a candidate concept as a new row of data/lexicon/concepts.tsv. Handles I/O only. */
@Command(name = "curate", mixinStandardHelpOptions = true,
        description = "Add a candidate concept (see kg report) to data/lexicon/concepts.tsv.",
        footer = "%nExit codes: 0 row added, 2 refused (id or term already in the lexicon, no such candidate, bad type); "
                + "the file is unchanged unless the exit code is 0.")
final class CurateCommand implements Callable<Integer> {
    @Parameters(paramLabel = "CANDIDATE-ID", description = "The candidate's id (bsc:ID in the graph).")
    String id;

    @Option(names = "--type", paramLabel = "T", description = "Concept type, if the candidate's is wrong (e.g. Device).")
    String type;

    @Option(names = "--label", paramLabel = "L", description = "Preferred label, if the page's wording is not it.")
    String label;

    @Option(names = "--synonyms", paramLabel = "a|b", description = "Other wordings, separated by |.")
    String synonyms;

    @Option(names = "--definition", paramLabel = "D", description = "One plain sentence in our own words.")
    String definition;

    @Option(names = "--pages", paramLabel = "PAGE", arity = "1..*",
            description = "Pages or folders to find the candidate in (default: data/*.txt).")
    List<Path> pages = List.of();

    @Option(names = "--root", paramLabel = "DIR", description = "Project folder holding data/lexicon and ontology/ (default: ${DEFAULT-VALUE}).")
    Path root = Project.root();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<String> syn = synonyms == null ? List.of() : Arrays.asList(synonyms.split("\\|"));
        CurateOperation.Result r = new CurateOperation(root)
                .run(new CurateOperation.Request(id, type, label, syn, definition), pages);
        PrintWriter out = spec.commandLine().getOut();
        out.println(CurateOperation.FILE + ":" + r.line() + ": added " + r.concept().id() + " (" + r.concept().type() + ")");
        if (r.concept().definition().isEmpty()) {
            out.println("note: no definition yet; data/lexicon/README.md asks for one (--definition)");
        }
        out.flush();
        return 0;
    }
}
