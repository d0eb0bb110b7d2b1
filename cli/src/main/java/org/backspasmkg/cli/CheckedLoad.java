package org.backspasmkg.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.backspasmkg.loader.op.LoadOperation;
import org.backspasmkg.loader.op.LoadResult;
import org.backspasmkg.loader.validate.ValidateOperation;
import org.backspasmkg.loader.validate.ValidationReport;

/** Loads pages and checks the graph against the shapes; what load and release do before they write anything. */
final class CheckedLoad {
    private CheckedLoad() {}

    /** The load result, or empty (with the violations printed) when the graph does not conform. */
    static Optional<LoadResult> run(Path root, List<Path> pages, PrintStream err) {
        LoadResult result = Progress.run(new LoadOperation(root), pages);
        ValidationReport report = ValidateOperation.forProject(root).validate(result.graph());
        if (report.conforms()) return Optional.of(result);
        report.violations().forEach(v -> err.println(
                v.source() + ": violation: " + v.focusNode() + " " + v.path() + ": " + v.message()));
        err.println("kg: the graph violates its shapes; nothing written");
        return Optional.empty();
    }
}
