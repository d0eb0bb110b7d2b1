package org.backspasmkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.backspasmkg.loader.mapping.MappingProblem;
import org.backspasmkg.loader.mapping.MappingsOperation;
import org.backspasmkg.loader.mapping.MappingsOperation.Coverage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** kg mappings: checks the SSSOM mapping set and prints coverage per vocabulary and concept type. */
@Command(name = "mappings", mixinStandardHelpOptions = true,
        description = "Check the SSSOM mappings to outside vocabularies and show their coverage.")
final class MappingsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--file", paramLabel = "F", description = "SSSOM/TSV file (default: ${DEFAULT-VALUE}).",
            defaultValue = MappingsOperation.DEFAULT_MAPPINGS)
    Path file;

    @Option(names = "--root", paramLabel = "DIR", description = "Project root holding ontology/ and data/ (default: ${DEFAULT-VALUE}).")
    Path root = Project.root();

    @Override
    public Integer call() {
        MappingsOperation.Inputs in = MappingsOperation.Inputs.defaults(root)
                .withMappings(file.isAbsolute() ? file : root.resolve(file));
        MappingsOperation.Report report = new MappingsOperation().run(in);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        for (MappingProblem p : report.problems()) err.println(p);
        if (!report.lexiconChecked()) {
            err.println(MappingsOperation.DEFAULT_CONCEPTS + ": warning: not found; subjects not checked against the"
                    + " lexicon, concept types shown as ?");
        }
        printCoverage(out, report.coverage());
        out.printf("%d mappings, %d problem(s)%n", report.set().mappings().size(), report.problems().size());
        out.flush();
        err.flush();
        return report.ok() ? 0 : 1;
    }

    /** Rows are vocabularies, columns concept types; a cell is "mapped/total". */
    private static void printCoverage(PrintWriter out, List<Coverage> coverage) {
        Set<String> vocabularies = new LinkedHashSet<>();
        Set<String> types = new LinkedHashSet<>();
        coverage.forEach(c -> {
            vocabularies.add(c.vocabulary());
            types.add(c.type());
        });
        StringBuilder header = new StringBuilder(String.format("%-10s", "vocabulary"));
        types.forEach(t -> header.append(String.format(" %12s", t)));
        out.println(header);
        for (String v : vocabularies) {
            StringBuilder row = new StringBuilder(String.format("%-10s", v));
            for (String t : types) {
                coverage.stream().filter(c -> c.vocabulary().equals(v) && c.type().equals(t)).findFirst()
                        .ifPresent(c -> row.append(String.format(" %12s", c.mapped() + "/" + c.total())));
            }
            out.println(row);
        }
    }
}
