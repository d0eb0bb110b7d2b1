package org.backspasmkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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

    @Option(names = "--unmapped", description = "Also list, per vocabulary, the concepts it should cover that have"
            + " neither a code nor a NoTermFound row (a curator's to-do list).")
    boolean unmapped;

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
        out.println("cell: concepts with a code/concepts of the type; +N: N more checked and found to have no term"
                + " (sssom:NoTermFound); n/a: the vocabulary has no terms of that kind");
        if (unmapped) printGaps(out, report.gaps());
        out.printf("%d mappings, %d problem(s)%n", report.set().mappings().size(), report.problems().size());
        out.flush();
        err.flush();
        return report.ok() ? 0 : 1;
    }

    private static String cell(Coverage c) {
        if (!c.inScope()) return "n/a";
        return c.mapped() + "/" + c.total() + (c.noTerm() > 0 ? " +" + c.noTerm() : "");
    }

    /** One line per vocabulary and type: "MESH Symptom (3): fatigue, nausea, vomiting". */
    private static void printGaps(PrintWriter out, List<MappingsOperation.Gap> gaps) {
        Map<String, List<String>> byGroup = new LinkedHashMap<>();
        for (MappingsOperation.Gap g : gaps) {
            byGroup.computeIfAbsent(g.vocabulary() + " " + g.type(), k -> new ArrayList<>()).add(g.conceptId());
        }
        out.println("unmapped (no code, no NoTermFound row):");
        byGroup.forEach((group, ids) -> out.printf("%s (%d): %s%n", group, ids.size(), String.join(", ", ids)));
    }

    /** Rows are concept types, columns vocabularies; a cell is "mapped/total" (see the legend line). */
    private static void printCoverage(PrintWriter out, List<Coverage> coverage) {
        Set<String> vocabularies = new LinkedHashSet<>();
        Set<String> types = new LinkedHashSet<>();
        coverage.forEach(c -> {
            vocabularies.add(c.vocabulary());
            types.add(c.type());
        });
        StringBuilder header = new StringBuilder(String.format("%-21s", "type"));
        vocabularies.forEach(v -> header.append(String.format(" %12s", v)));
        out.println(header);
        for (String t : types) {
            StringBuilder row = new StringBuilder(String.format("%-21s", t));
            for (String v : vocabularies) {
                coverage.stream().filter(c -> c.vocabulary().equals(v) && c.type().equals(t)).findFirst()
                        .ifPresent(c -> row.append(String.format(" %12s", cell(c))));
            }
            out.println(row);
        }
    }
}
