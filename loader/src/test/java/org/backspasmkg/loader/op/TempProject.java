package org.backspasmkg.loader.op;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A copy of the project's inputs (data/lexicon, ontology, the source page) for tests that write files. */
final class TempProject {
    private TempProject() {}

    static Path copy(Path root, Path target) throws IOException {
        copyTree(root.resolve("data/lexicon"), target.resolve("data/lexicon"));
        copyTree(root.resolve("ontology"), target.resolve("ontology"));
        Files.copy(root.resolve("data/back-spasm-faq.txt"), target.resolve("data/back-spasm-faq.txt"));
        return target;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(dest);
                else Files.copy(p, dest);
            }
        }
    }
}
