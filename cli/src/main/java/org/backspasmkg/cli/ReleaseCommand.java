package org.backspasmkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.backspasmkg.loader.op.CurateOperation;
import org.backspasmkg.loader.op.LoadResult;
import org.backspasmkg.loader.op.ReleaseOperation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** kg release: the graph in every dump format, with VoID and checksums, into one folder. Handles I/O only. */
@Command(name = "release", mixinStandardHelpOptions = true,
        description = "Write the graph as .ttl .nt .nq .trig .jsonld .rdf dumps with void.ttl and SHA256SUMS.",
        footer = "%nExit codes: 0 released, 1 the graph violates the shapes (nothing written), 2 bad input.")
final class ReleaseCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR", description = "Folder to write the release to.")
    Path dir;

    @Parameters(index = "1..*", paramLabel = "PAGE", arity = "0..*",
            description = "Q&A pages, or folders of them (default: data/*.txt).")
    List<Path> pages = List.of();

    @Option(names = "--root", paramLabel = "DIR", description = "Project folder holding data/lexicon and ontology/ (default: ${DEFAULT-VALUE}).")
    Path root = Project.root();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Optional<LoadResult> checked = CheckedLoad.run(root, CurateOperation.pagesOrDefault(root, pages), System.err);
        if (checked.isEmpty()) return 1;
        LoadResult result = checked.get();
        ReleaseOperation.Release r = ReleaseOperation.write(result.graph(), result.summary().pages(), LocalDate.now(), dir);
        PrintWriter out = spec.commandLine().getOut();
        r.files().forEach(f -> out.println("written: " + f));
        out.printf("%d triples from %d page(s)%n", r.triples(), r.pages());
        out.flush();
        return 0;
    }
}
