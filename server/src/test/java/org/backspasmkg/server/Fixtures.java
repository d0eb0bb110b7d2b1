package org.backspasmkg.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.jena.riot.RDFDataMgr;

/** The small fixture project (src/test/resources/fixture-project) and the loader that goes with it. */
final class Fixtures {
    private Fixtures() {}

    /** A copy of the fixture project in dir, so a test may change its inputs. */
    static Path copyProject(Path dir) {
        try {
            Path source = Path.of(Fixtures.class.getResource("/fixture-project").toURI());
            try (Stream<Path> files = Files.walk(source)) {
                for (Path p : files.sorted(Comparator.naturalOrder()).toList()) {
                    Path target = dir.resolve(source.relativize(p).toString());
                    if (Files.isDirectory(p)) Files.createDirectories(target);
                    else Files.copy(p, target);
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stands in for the real pipeline: the fixture graph, whatever the pages say. */
    static GraphSource fixtureLoader() {
        return (root, pages) -> RDFDataMgr.loadGraph(root.resolve("graph.ttl").toString());
    }

    static Path projectRoot() {
        return Path.of(System.getProperty("kg.root", "..")).toAbsolutePath().normalize();
    }

    static String query(String name) {
        try {
            return Files.readString(projectRoot().resolve("queries").resolve(name + ".rq"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
