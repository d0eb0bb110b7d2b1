package org.backspasmkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.backspasmkg.loader.op.CorpusReport;
import org.backspasmkg.loader.op.LoadOperation;
import org.backspasmkg.loader.op.ReportOperation;
import org.backspasmkg.loader.op.ReportRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** kg report: what the pages yield (questions, segments, facts, candidates, flagged answers). Handles I/O only. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Report per page and in total what the loader extracts: answered questions, paraphrases, "
                + "segments with and without facts, facts by relation, candidates, flagged answers, unused lexicon concepts.",
        footer = "%nExit codes: 0 reported, 2 bad input.")
final class ReportCommand implements Callable<Integer> {
    enum Format { text, json }

    @Parameters(paramLabel = "PAGE", arity = "1..*", description = "Q&A pages, or folders of them.")
    List<Path> pages;

    @Option(names = "--format", paramLabel = "F", description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format = Format.text;

    @Option(names = "--root", paramLabel = "DIR", description = "Project folder holding data/lexicon and ontology/ (default: ${DEFAULT-VALUE}).")
    Path root = Project.root();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        LoadOperation load = new LoadOperation(root);
        CorpusReport report = new ReportOperation(load.knowledgeBase()).report(Progress.run(load, pages));
        PrintWriter out = spec.commandLine().getOut();
        out.print(format == Format.json ? ReportRenderer.json(report) : ReportRenderer.text(report));
        out.flush();
        return 0;
    }
}
