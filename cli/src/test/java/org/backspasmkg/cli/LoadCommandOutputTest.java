package org.backspasmkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kg load on good input: exit 0, the summary, and a file (or standard output) that parses to the counted triples. */
class LoadCommandOutputTest {
    private static final Path SOURCE_PAGE = Kg.ROOT.resolve("data/back-spasm-faq.txt");

    @TempDir
    Path tmp;

    @Test
    void sourcePageToTurtleFile() {
        Path out = tmp.resolve("tmp/kg.ttl"); // the folder does not exist yet: load creates it

        Kg.Run run = Kg.inProject("load", "--out", out.toString(), SOURCE_PAGE.toString());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out().lines()).contains("pages: 1", "questions: 22 (17 answered, 5 unanswered)", "written: " + out);
        assertThat(count(run.out(), "facts")).isPositive();
        Graph g = RDFParser.source(out).lang(Lang.TURTLE).toGraph();
        assertThat((long) g.size()).isEqualTo(count(run.out(), "triples"));
        assertThat(listing(out.getParent())).containsExactly("kg.ttl");
    }

    @Test
    void withoutOutTheGraphGoesToStandardOutputAndTheSummaryToStandardError() {
        Kg.Run run = Kg.inProject("load", SOURCE_PAGE.toString());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err().lines()).contains("pages: 1", "questions: 22 (17 answered, 5 unanswered)");
        Graph g = RDFParser.fromString(run.out(), Lang.TURTLE).toGraph();
        assertThat((long) g.size()).isEqualTo(count(run.err(), "triples"));
    }

    @Test
    void folderLoadsItsTxtPagesOnly() throws IOException {
        Path folder = Files.createDirectory(tmp.resolve("pages"));
        Files.copy(SOURCE_PAGE, folder.resolve("back-spasm-faq.txt"));
        copyFixture("stiff-back.txt", folder);
        copyFixture("README.md", folder); // not a page: must be skipped
        Path out = tmp.resolve("kg.nt");

        Kg.Run run = Kg.inProject("load", "--out", out.toString(), folder.toString());

        assertThat(run.code()).as(run.err()).isZero();
        // 22 questions (17 answered) from the source page, 3 (2 answered) from stiff-back.txt
        assertThat(run.out().lines()).contains("pages: 2", "questions: 25 (19 answered, 6 unanswered)");
        Graph g = RDFParser.source(out).lang(Lang.NTRIPLES).toGraph();
        assertThat((long) g.size()).isEqualTo(count(run.out(), "triples"));
    }

    /** The number on the summary line "NAME: N". */
    private static long count(String summary, String name) {
        return summary.lines().filter(l -> l.startsWith(name + ": ")).findFirst()
                .map(l -> Long.parseLong(l.substring(name.length() + 2).trim()))
                .orElseThrow(() -> new AssertionError("no \"" + name + ":\" line in:\n" + summary));
    }

    private static String[] listing(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).toArray(String[]::new);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void copyFixture(String name, Path folder) throws IOException {
        try (InputStream s = LoadCommandOutputTest.class.getResourceAsStream("/fixtures/folder/" + name)) {
            if (s == null) throw new IllegalStateException("missing fixture " + name);
            Files.copy(s, folder.resolve(name));
        }
    }
}
