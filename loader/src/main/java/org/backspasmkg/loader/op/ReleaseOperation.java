package org.backspasmkg.loader.op;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.backspasmkg.loader.vocab.Vocab;

/**
 * Publishes a graph: one dump per RDF syntax, a VoID description (void.ttl) and a SHA256SUMS file that
 * `sha256sum -c` checks. Everything is written to a temporary folder next to the target, which then replaces
 * the target folder as a whole (two renames), so a failed release leaves the target as it was.
 */
public final class ReleaseOperation {
    public static final String BASENAME = "backspasm-kg";
    public static final List<String> EXTENSIONS = List.of("ttl", "nt", "nq", "trig", "jsonld", "rdf");
    public static final String VOID_FILE = "void.ttl";
    public static final String CHECKSUMS = "SHA256SUMS";
    /** The dataset's IRI, in the project's w3id space next to the ontology. */
    public static final String DATASET = "https://w3id.org/backspasm-kg/dataset";
    public static final String TITLE = "Back spasm knowledge graph";
    static final String VOID = "http://rdfs.org/ns/void#";

    private ReleaseOperation() {}

    /** The files written (dumps, void.ttl, SHA256SUMS) and the number of triples in each dump. */
    public record Release(Path dir, List<Path> files, long triples, int pages) {
        public Release {
            files = List.copyOf(files);
        }
    }

    /** Loads the pages (default: data/*.txt) and releases the graph into dir. */
    public static Release run(Path projectRoot, List<Path> pages, Path dir, LocalDate created) throws IOException {
        LoadResult result = new LoadOperation(projectRoot).run(CurateOperation.pagesOrDefault(projectRoot, pages), p -> {});
        return write(result.graph(), result.summary().pages(), created, dir);
    }

    public static Release write(Graph graph, int pages, LocalDate created, Path dir) throws IOException {
        Path target = dir.toAbsolutePath().normalize();
        Path parent = target.getParent();
        Files.createDirectories(parent);
        Path tmp = Files.createTempDirectory(parent, "." + target.getFileName() + ".");
        try {
            List<String> names = new ArrayList<>();
            for (String ext : EXTENSIONS) {
                String name = BASENAME + "." + ext;
                GraphWriter.write(graph, tmp.resolve(name));
                names.add(name);
            }
            GraphWriter.write(voidGraph(graph, pages, created, names), tmp.resolve(VOID_FILE));
            names.add(VOID_FILE);
            writeChecksums(tmp, names);
            names.add(CHECKSUMS);
            readableByAll(tmp, names);
            moveIntoPlace(tmp, target, names);
            return new Release(target, names.stream().map(target::resolve).toList(), graph.size(), pages);
        } finally {
            AtomicFiles.deleteTree(tmp);
        }
    }

    /**
     * The VoID description: size, a partition per class (entities) and per property (triples), the dumps,
     * the ontology's license, the creation date and the number of pages the graph was built from (in words,
     * and as the entities of the bskg:FAQPage class partition).
     */
    static Graph voidGraph(Graph graph, int pages, LocalDate created, List<String> dumps) {
        Graph v = GraphFactory.createDefaultGraph();
        v.getPrefixMapping().setNsPrefix("void", VOID).setNsPrefixes(GraphWriter.prefixes());
        Node ds = NodeFactory.createURI(DATASET);
        v.add(ds, RDF.type.asNode(), voidTerm("Dataset"));
        v.add(ds, dcterms("title"), NodeFactory.createLiteralLang(TITLE, "en"));
        v.add(ds, dcterms("description"), NodeFactory.createLiteralLang(
                "Built from " + pages + " question-and-answer page" + (pages == 1 ? "" : "s") + ".", "en"));
        license(graph).forEach(l -> v.add(ds, dcterms("license"), l));
        v.add(ds, dcterms("created"), NodeFactory.createLiteralDT(created.toString(), XSDDatatype.XSDdate));
        v.add(ds, voidTerm("triples"), integer(graph.size()));
        v.add(ds, voidTerm("uriSpace"), NodeFactory.createLiteralString("https://w3id.org/backspasm-kg/"));
        v.add(ds, voidTerm("vocabulary"), NodeFactory.createURI(Vocab.BSKG));
        v.add(ds, voidTerm("vocabulary"), NodeFactory.createURI(Vocab.SCHEMA));
        for (String d : dumps) v.add(ds, voidTerm("dataDump"), NodeFactory.createURI(d));

        Map<Node, Set<Node>> instances = new TreeMap<>(ReleaseOperation::compare);
        Map<Node, long[]> perProperty = new TreeMap<>(ReleaseOperation::compare);
        graph.find().forEachRemaining(t -> {
            perProperty.computeIfAbsent(t.getPredicate(), k -> new long[1])[0]++;
            if (t.getPredicate().equals(RDF.type.asNode()) && t.getObject().isURI()) {
                instances.computeIfAbsent(t.getObject(), k -> new java.util.HashSet<>()).add(t.getSubject());
            }
        });
        instances.forEach((cls, subjects) -> {
            Node p = NodeFactory.createBlankNode();
            v.add(ds, voidTerm("classPartition"), p);
            v.add(p, voidTerm("class"), cls);
            v.add(p, voidTerm("entities"), integer(subjects.size()));
        });
        perProperty.forEach((prop, n) -> {
            Node p = NodeFactory.createBlankNode();
            v.add(ds, voidTerm("propertyPartition"), p);
            v.add(p, voidTerm("property"), prop);
            v.add(p, voidTerm("triples"), integer(n[0]));
        });
        return v;
    }

    /** The license the ontology declares (dcterms:license on the owl:Ontology), so data and vocabulary agree. */
    private static List<Node> license(Graph graph) {
        List<Node> out = new ArrayList<>();
        graph.find(Node.ANY, RDF.type.asNode(), OWL2.Ontology.asNode()).forEachRemaining(t ->
                graph.find(t.getSubject(), dcterms("license"), Node.ANY).mapWith(Triple::getObject).forEachRemaining(out::add));
        return out.stream().distinct().toList();
    }

    /** "HEX  name" lines, the format sha256sum writes and `sha256sum -c` reads. */
    private static void writeChecksums(Path dir, List<String> names) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (String name : names.stream().sorted().toList()) {
            sb.append(sha256(dir.resolve(name))).append("  ").append(name).append('\n');
        }
        Files.writeString(dir.resolve(CHECKSUMS), sb.toString(), StandardCharsets.UTF_8);
    }

    public static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            DigestInputStream din = (DigestInputStream) in;
            din.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(din.getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /**
     * A new folder is renamed into place whole; into an existing folder, each file is renamed over its old
     * version, the checksums last, so SHA256SUMS never lists a file of another release.
     */
    private static void moveIntoPlace(Path tmp, Path target, List<String> names) throws IOException {
        if (!Files.exists(target)) {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            return;
        }
        if (!Files.isDirectory(target)) throw new IOException(target + " exists and is not a folder");
        // Swap whole folders with two renames, so a reader never sees a mix of two releases; a failure
        // between them puts the old release back.
        Path old = target.resolveSibling("." + target.getFileName() + ".old-" + System.nanoTime());
        Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
            throw e;
        }
        AtomicFiles.deleteTree(old);
    }

    /** Temp files and folders are private (0600/0700); a release is meant to be published (0644/0755). */
    private static void readableByAll(Path dir, List<String> names) throws IOException {
        if (!dir.getFileSystem().supportedFileAttributeViews().contains("posix")) return;
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        for (String name : names) Files.setPosixFilePermissions(dir.resolve(name), PosixFilePermissions.fromString("rw-r--r--"));
    }

    private static int compare(Node a, Node b) {
        return a.toString().compareTo(b.toString());
    }

    private static Node voidTerm(String local) {
        return NodeFactory.createURI(VOID + local);
    }

    private static Node dcterms(String local) {
        return NodeFactory.createURI(Vocab.DCTERMS + local);
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }
}
