package org.backspasmkg.loader.validate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.util.FmtUtils;

/**
 * Checks a graph against the SHACL shapes in ontology/shapes/*.shacl.ttl and the report checks in
 * ontology/checks/*-violation.rq, and returns what it found.
 */
public final class ValidateOperation {
    private final List<ShapesFile> shapes;
    private final List<CheckQuery> checks;

    /** A parsed shapes file and the name reports show for it. */
    public record ShapesFile(String source, Shapes shapes) {
        public ShapesFile {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(shapes, "shapes");
        }
    }

    public ValidateOperation(List<ShapesFile> shapes, List<CheckQuery> checks) {
        this.shapes = List.copyOf(shapes);
        this.checks = List.copyOf(checks);
    }

    /** Reads every shapes file and check of the project, in file-name order. */
    public static ValidateOperation forProject(Path projectRoot) {
        Path ontology = projectRoot.resolve("ontology");
        List<ShapesFile> shapes = new ArrayList<>();
        for (Path file : list(ontology.resolve("shapes"), ".shacl.ttl")) {
            shapes.add(new ShapesFile(relative(projectRoot, file), Shapes.parse(RDFDataMgr.loadGraph(file.toString()))));
        }
        List<CheckQuery> checks = new ArrayList<>();
        for (Path file : list(ontology.resolve("checks"), "-violation.rq")) {
            checks.add(CheckQuery.read(file, relative(projectRoot, file)));
        }
        return new ValidateOperation(shapes, checks);
    }

    public List<ShapesFile> shapes() {
        return shapes;
    }

    public List<CheckQuery> checks() {
        return checks;
    }

    /** Runs every shapes file, then every check, over the graph. */
    public ValidationReport validate(Graph graph) {
        List<Violation> found = new ArrayList<>();
        PrefixMapping prefixes = graph.getPrefixMapping();
        for (ShapesFile file : shapes) {
            for (ReportEntry entry : ShaclValidator.get().validate(file.shapes(), graph).getEntries()) {
                found.add(new Violation(entry.focusNode(), format(entry.resultPath(), prefixes), entry.message(), file.source()));
            }
        }
        for (CheckQuery check : checks) {
            found.addAll(run(check, graph, prefixes));
        }
        return new ValidationReport(found);
    }

    private static List<Violation> run(CheckQuery check, Graph graph, PrefixMapping prefixes) {
        List<Violation> found = new ArrayList<>();
        try (QueryExec exec = QueryExec.graph(graph).query(check.query()).build()) {
            RowSet rows = exec.select();
            while (rows.hasNext()) {
                Binding row = rows.next();
                Node entity = row.get("entity");
                if (entity == null) continue;
                Node property = row.get("property");
                Node value = row.get("value");
                found.add(new Violation(
                        entity,
                        property == null ? "" : FmtUtils.stringForNode(property, prefixes),
                        check.message(value == null ? null : FmtUtils.stringForNode(value, prefixes)),
                        check.source()));
            }
        }
        return found;
    }

    // ReportEntry paths are SPARQL property paths; printed with the graph's prefixes.
    private static String format(org.apache.jena.sparql.path.Path path, PrefixMapping prefixes) {
        return path == null ? "" : path.toString(new Prologue(prefixes));
    }

    private static List<Path> list(Path dir, String suffix) {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix))
                    .sorted(Comparator.comparing(f -> f.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    private static String relative(Path root, Path file) {
        return root.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }
}
