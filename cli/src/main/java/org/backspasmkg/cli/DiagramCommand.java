package org.backspasmkg.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.backspasmkg.loader.diag.LoaderException;
import org.backspasmkg.loader.diag.SourceLocation;
import org.backspasmkg.loader.docs.MermaidDiagram;
import org.backspasmkg.loader.docs.ReadmeBlock;
import org.backspasmkg.loader.op.AtomicFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** kg diagram: prints the ontology as a Mermaid class diagram, or refreshes the marked block of a README. */
@Command(name = "diagram", mixinStandardHelpOptions = true,
        description = "Print the ontology as a Mermaid classDiagram, or rewrite the block between "
                + "<!-- diagram:start --> and <!-- diagram:end --> in a Markdown file.")
final class DiagramCommand implements Callable<Integer> {
    @Option(names = "--readme", paramLabel = "FILE", description = "Markdown file whose marked block is replaced.")
    Path readme;

    @Option(names = "--root", paramLabel = "DIR", description = "Project folder holding ontology/ (default: ${DEFAULT-VALUE}).")
    Path root = Project.root();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        String diagram = MermaidDiagram.fromFile(root.resolve("ontology/backspasm.ttl")).render();
        if (readme == null) {
            spec.commandLine().getOut().print(diagram);
            spec.commandLine().getOut().flush();
            return 0;
        }
        if (!Files.isReadable(readme)) {
            throw new LoaderException(SourceLocation.wholeFile(readme.toString()), "cannot read the file");
        }
        String before = Files.readString(readme, StandardCharsets.UTF_8);
        if (ReadmeBlock.DIAGRAM.current(before).isEmpty()) {
            throw new LoaderException(SourceLocation.wholeFile(readme.toString()), "expected the lines "
                    + ReadmeBlock.DIAGRAM.startMarker() + " and " + ReadmeBlock.DIAGRAM.endMarker() + ", in this order");
        }
        String after = ReadmeBlock.DIAGRAM.replace(before, diagram);
        // Atomic, so a failure never leaves a half-written README.
        AtomicFiles.writeString(readme.toAbsolutePath(), after);
        spec.commandLine().getOut().println(after.equals(before) ? "unchanged: " + readme : "updated: " + readme);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
