package org.backspasmkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kg release DIR with the default pages (data/*.txt): every dump, void.ttl and checksums that verify. */
class ReleaseCommandTest {
    private static final List<String> FILES = List.of("backspasm-kg.ttl", "backspasm-kg.nt", "backspasm-kg.nq",
            "backspasm-kg.trig", "backspasm-kg.jsonld", "backspasm-kg.rdf", "void.ttl", "SHA256SUMS");

    @TempDir
    Path tmp;

    @Test
    void releaseWritesEveryDumpWithChecksumsAndVoid() throws Exception {
        Path dir = tmp.resolve("release");

        Kg.Run run = Kg.inProject("release", dir.toString());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(listing(dir)).containsExactlyInAnyOrderElementsOf(FILES);
        assertThat(run.out().lines().filter(l -> l.startsWith("written: "))).hasSize(FILES.size());
        String last = run.out().lines().reduce((a, b) -> b).orElseThrow();
        assertThat(last).matches("\\d+ triples from 1 page\\(s\\)");
        long triples = Long.parseLong(last.substring(0, last.indexOf(' ')));

        // SHA256SUMS covers every other file, in sha256sum's format, and each sum is right
        List<String> sums = Files.readAllLines(dir.resolve("SHA256SUMS"));
        assertThat(sums).extracting(l -> l.substring(66)).containsExactlyInAnyOrderElementsOf(FILES.subList(0, 7));
        for (String line : sums) {
            assertThat(line).matches("[0-9a-f]{64}  \\S+");
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(dir.resolve(line.substring(66))));
            assertThat(line.substring(0, 64)).as(line.substring(66)).isEqualTo(HexFormat.of().formatHex(digest));
        }

        // every dump parses to the printed number of triples; void.ttl states the same number
        for (String dump : FILES.subList(0, 6)) {
            assertThat((long) RDFParser.source(dir.resolve(dump)).toDatasetGraph().getDefaultGraph().size())
                    .as(dump).isEqualTo(triples);
        }
        Graph voidGraph = RDFParser.source(dir.resolve("void.ttl")).toGraph();
        Node size = voidGraph.find(NodeFactory.createURI("https://w3id.org/backspasm-kg/dataset"),
                NodeFactory.createURI("http://rdfs.org/ns/void#triples"), Node.ANY).next().getObject();
        assertThat(Long.parseLong(size.getLiteralLexicalForm())).isEqualTo(triples);
        assertThat(listing(tmp)).as("no temp folder left").containsExactly("release");
    }

    private static List<String> listing(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).toList();
        }
    }
}
