package org.backspasmkg.loader.op;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.backspasmkg.loader.vocab.Vocab;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A release of the source page: every dump, a VoID file that describes it, checksums that verify (Jena only). */
class ReleaseOperationTest {
    static final Path ROOT = Path.of(System.getProperty("kg.root", "..")).toAbsolutePath().normalize();
    static final String VOID = "http://rdfs.org/ns/void#";
    static final LocalDate DAY = LocalDate.of(2025, 1, 31);

    @TempDir
    static Path tmp;
    static Graph graph;
    static Path dir;
    static ReleaseOperation.Release release;

    @BeforeAll
    static void releaseSourcePage() throws IOException {
        graph = new LoadOperation(ROOT).run(List.of(ROOT.resolve("data/back-spasm-faq.txt")), p -> {}).graph();
        dir = tmp.resolve("release");
        release = ReleaseOperation.write(graph, 1, DAY, dir);
    }

    @Test
    void everyFileIsPresentAndNothingElse() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
                    "backspasm-kg.ttl", "backspasm-kg.nt", "backspasm-kg.nq", "backspasm-kg.trig",
                    "backspasm-kg.jsonld", "backspasm-kg.rdf", "void.ttl", "SHA256SUMS");
        }
        try (Stream<Path> s = Files.list(tmp)) {
            assertThat(s.map(p -> p.getFileName().toString())).as("no temp folder left").noneMatch(n -> n.startsWith("."));
        }
    }

    @Test
    void everyDumpHoldsTheWholeGraph() {
        for (String ext : ReleaseOperation.EXTENSIONS) {
            Graph back = GraphFactory.createDefaultGraph();
            RDFDataMgr.read(back, dir.resolve("backspasm-kg." + ext).toString());
            assertThat(back.isIsomorphicWith(graph)).as(ext).isTrue();
        }
    }

    @Test
    void checksumsVerify() throws Exception {
        List<String> lines = Files.readAllLines(dir.resolve("SHA256SUMS"));
        assertThat(lines).hasSize(7);
        for (String line : lines) {
            assertThat(line).matches("[0-9a-f]{64}  \\S+");
            String name = line.substring(66);
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(dir.resolve(name)));
            assertThat(line.substring(0, 64)).as(name).isEqualTo(HexFormat.of().formatHex(digest));
        }
    }

    @Test
    void voidDescribesTheGraph() {
        Graph v = readVoid();
        Node ds = NodeFactory.createURI(ReleaseOperation.DATASET);
        assertThat(v.contains(ds, RDF.type.asNode(), voidTerm("Dataset"))).isTrue();
        assertThat(number(v, ds, voidTerm("triples"))).isEqualTo(graph.size());
        assertThat(one(v, ds, dcterms("created")).getLiteralLexicalForm()).isEqualTo("2025-01-31");
        assertThat(one(v, ds, dcterms("title")).isLiteral()).isTrue();
        Node ontologyLicense = graph.find(NodeFactory.createURI("https://w3id.org/backspasm-kg/ontology"), dcterms("license"), Node.ANY)
                .next().getObject();
        assertThat(one(v, ds, dcterms("license"))).isEqualTo(ontologyLicense);
        // dumps resolve (relative to void.ttl) to the files next to it
        List<Node> dumps = v.find(ds, voidTerm("dataDump"), Node.ANY).mapWith(Triple::getObject).toList();
        assertThat(dumps).hasSize(ReleaseOperation.EXTENSIONS.size())
                .allSatisfy(d -> assertThat(Path.of(java.net.URI.create(d.getURI()))).exists());
    }

    @Test
    void partitionsCountClassesAndProperties() {
        Graph v = readVoid();
        Node ds = NodeFactory.createURI(ReleaseOperation.DATASET);
        Map<Node, Long> classes = partitions(v, ds, "classPartition", "class", "entities");
        Map<Node, Long> properties = partitions(v, ds, "propertyPartition", "property", "triples");
        assertThat(classes.get(Vocab.FAQ_PAGE)).as("pages").isEqualTo(1);
        assertThat(classes.get(Vocab.QUESTION)).isEqualTo(22);
        assertThat(properties.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(graph.size());
        assertThat(properties.get(RDF.type.asNode())).isEqualTo(graph.find(Node.ANY, RDF.type.asNode(), Node.ANY).toList().size());
    }

    @Test
    void releasingAgainReplacesTheWholeFolder() throws IOException {
        Path again = tmp.resolve("again");
        ReleaseOperation.write(graph, 1, DAY, again);
        Files.writeString(again.resolve("stale.txt"), "from before");
        ReleaseOperation.Release second = ReleaseOperation.write(graph, 1, DAY.plusDays(1), again);
        assertThat(second.files()).hasSize(8).allSatisfy(f -> assertThat(f).exists());
        // two renames swap the folders, so nothing of the old release is left to mix with the new one
        assertThat(again.resolve("stale.txt")).doesNotExist();
        assertThat(Files.readString(again.resolve("void.ttl"))).contains("2025-02-01");
        try (var siblings = Files.list(tmp)) {
            assertThat(siblings.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains(".old-"));
        }
    }

    private static Graph readVoid() {
        Graph v = GraphFactory.createDefaultGraph();
        RDFDataMgr.read(v, dir.resolve("void.ttl").toUri().toString());
        return v;
    }

    private static Map<Node, Long> partitions(Graph v, Node ds, String partition, String key, String count) {
        return v.find(ds, voidTerm(partition), Node.ANY).mapWith(Triple::getObject).toList().stream()
                .collect(Collectors.toMap(p -> one(v, p, voidTerm(key)), p -> number(v, p, voidTerm(count))));
    }

    private static Node one(Graph g, Node s, Node p) {
        List<Node> all = g.find(s, p, Node.ANY).mapWith(Triple::getObject).toList();
        assertThat(all).as(p.toString()).hasSize(1);
        return all.get(0);
    }

    private static long number(Graph g, Node s, Node p) {
        return Long.parseLong(one(g, s, p).getLiteralLexicalForm());
    }

    private static Node voidTerm(String local) {
        return NodeFactory.createURI(VOID + local);
    }

    private static Node dcterms(String local) {
        return NodeFactory.createURI(Vocab.DCTERMS + local);
    }
}
