package org.backspasmkg.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real graph source builds a store only from a graph that meets the project's shapes. */
class GraphSourceTest {
    @TempDir Path root;

    @BeforeEach
    void copyProject() throws IOException {
        Path project = Fixtures.projectRoot();
        for (String dir : List.of("data/lexicon", "ontology")) copyTree(project.resolve(dir), root.resolve(dir));
        Files.copy(project.resolve("data/back-spasm-faq.txt"), root.resolve("data/back-spasm-faq.txt"));
    }

    @Test
    void aConformingGraphIsReturned() {
        assertThat(GraphSource.loader().load(root, List.of(root.resolve("data/back-spasm-faq.txt"))).size())
                .isGreaterThan(1000);
    }

    @Test
    void aGraphThatViolatesTheShapesIsRefused() throws IOException {
        // A shape no loaded page can meet: every question would need a property nothing emits.
        Files.copy(Fixtures.projectRoot().resolve("server/src/test/resources/strict.shacl.ttl"),
                root.resolve("ontology/shapes/strict.shacl.ttl"));
        assertThatThrownBy(() -> GraphSource.loader().load(root, List.of(root.resolve("data/back-spasm-faq.txt"))))
                .isInstanceOf(StoreBuildException.class)
                .hasMessageContaining("violates its shapes");
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
    }
}
