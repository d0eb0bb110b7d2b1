package org.backspasmkg.loader.op;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.graph.GraphWrapper;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * GraphWriter's two promises: JSON-LD that can be pasted into an HTML script element whatever the page says,
 * and atomic writes in every syntax (a failure leaves nothing behind, a success replaces the old file whole).
 */
class GraphWriterTest {
    private static final Path ROOT = Path.of(System.getProperty("kg.root", "..")).toAbsolutePath().normalize();
    private static final String PAGE = "/fixtures/jsonld/script-injection.txt";
    /** Every extension GraphWriter accepts. */
    private static final String[] EXTENSIONS = {"ttl", "nt", "nq", "trig", "jsonld", "rdf", "owl"};

    private static Graph graph;

    @TempDir
    Path tmp;

    @BeforeAll
    static void load(@TempDir Path pages) throws IOException {
        Path page = pages.resolve("script-injection.txt");
        try (InputStream in = GraphWriterTest.class.getResourceAsStream(PAGE)) {
            if (in == null) throw new IllegalStateException("missing fixture " + PAGE);
            Files.copy(in, page);
        }
        graph = new LoadOperation(ROOT).run(List.of(page), p -> {}).graph();
    }

    @Test
    void jsonLdIsSafeInsideAnHtmlScriptElement() throws IOException {
        Path file = tmp.resolve("kg.jsonld");

        GraphWriter.write(graph, file);

        String json = Files.readString(file, StandardCharsets.UTF_8);
        // The HTML tokenizer ends a script element's data at "</script" and enters an escape state at "<!--".
        assertThat(json).doesNotContain("</", "<!--", "-->", "]]>");
        assertThat(json).doesNotContain("<", ">", "&");
        // the answer text is still there, escaped (so the test really fed it the dangerous text)
        assertThat(json).contains("\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e");
    }

    @Test
    void jsonLdReadsBackAsTheGraphWritten() throws IOException {
        Path file = tmp.resolve("kg.jsonld");

        GraphWriter.write(graph, file);

        Graph back = read(file);
        assertThat(back.size()).isEqualTo(graph.size());
        assertThat(back.isIsomorphicWith(graph)).as("JSON-LD round trip is isomorphic").isTrue();
        assertThat(answerTexts(back)).anySatisfy(t -> assertThat(t).contains("</script><script>alert(1)</script>", "&"))
                .anySatisfy(t -> assertThat(t).contains("<!--", "-->", "]]>"));
    }

    @Test
    void jsonLdHoldsASchemaOrgFaqPage() throws IOException {
        Path file = tmp.resolve("kg.jsonld");
        GraphWriter.write(graph, file);

        List<String[]> rows = faq(read(file));

        // two answered questions; the title line and the unanswered question have no accepted answer
        assertThat(rows).extracting(r -> r[0]).containsExactlyInAnyOrder(
                "What should I do about a back spasm?", "Does an HTML comment end the script?");
        assertThat(rows).extracting(r -> r[1]).anySatisfy(t -> assertThat(t).startsWith("Rest & heat help"));
    }

    @Test
    void unknownExtensionWritesNothing() {
        Path target = tmp.resolve("kg.xyz");

        assertThatThrownBy(() -> GraphWriter.write(graph, target))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("kg.xyz");

        assertThat(listing(tmp)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ttl", "nt", "nq", "trig", "jsonld", "rdf", "owl"})
    void failureWhileSerialisingLeavesNoFileAndNoTempFile(String ext) {
        Path target = tmp.resolve("kg." + ext);

        assertThatThrownBy(() -> GraphWriter.write(new FailingGraph(graph, 50), target))
                .hasStackTraceContaining(FailingGraph.MESSAGE);

        assertThat(listing(tmp)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ttl", "nt", "nq", "trig", "jsonld", "rdf", "owl"})
    void failureKeepsTheOldFileAsItWas(String ext) throws IOException {
        Path target = tmp.resolve("kg." + ext);
        Files.writeString(target, "the previous release\n");

        assertThatThrownBy(() -> GraphWriter.write(new FailingGraph(graph, 50), target))
                .hasStackTraceContaining(FailingGraph.MESSAGE);

        assertThat(listing(tmp)).containsExactly(target.getFileName().toString());
        assertThat(Files.readString(target)).isEqualTo("the previous release\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ttl", "nt", "nq", "trig", "jsonld", "rdf", "owl"})
    void existingTargetIsReplacedNotAppended(String ext) throws IOException {
        Path target = tmp.resolve("kg." + ext);
        // a longer, unparsable old file: any leftover byte of it would break the parse or the size check
        Files.writeString(target, "not RDF at all ".repeat(100_000));

        GraphWriter.write(graph, target);

        assertThat(listing(tmp)).containsExactly(target.getFileName().toString());
        Graph back = read(target);
        assertThat(back.size()).isEqualTo(graph.size());
        assertThat(back.isIsomorphicWith(graph)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ttl", "nt", "nq", "trig", "jsonld", "rdf", "owl"})
    void renameOntoAFolderFailsAndLeavesNoTempFile(String ext) throws IOException {
        // The temp file is complete here; only the final rename fails (a non-empty folder has the target's name).
        Path target = Files.createDirectory(tmp.resolve("kg." + ext));
        Files.writeString(target.resolve("keep.txt"), "x");

        assertThatThrownBy(() -> GraphWriter.write(graph, target)).isInstanceOf(IOException.class);

        assertThat(listing(tmp)).containsExactly(target.getFileName().toString());
        assertThat(listing(target)).containsExactly("keep.txt");
    }

    @Test
    void folderThatIsAFileFailsAndWritesNothing() throws IOException {
        Path notAFolder = Files.writeString(tmp.resolve("out"), "a file");

        for (String ext : EXTENSIONS) {
            assertThatThrownBy(() -> GraphWriter.write(graph, notAFolder.resolve("kg." + ext)))
                    .isInstanceOf(IOException.class);
        }

        assertThat(listing(tmp)).containsExactly("out");
        assertThat(Files.readString(notAFolder)).isEqualTo("a file");
    }

    @Test
    void unwritableFolderFailsAndWritesNothing() throws IOException {
        Path dir = Files.createDirectory(tmp.resolve("ro"));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(dir), "root ignores folder permissions");
            for (String ext : EXTENSIONS) {
                assertThatThrownBy(() -> GraphWriter.write(graph, dir.resolve("kg." + ext))).isInstanceOf(IOException.class);
            }
            assertThat(listing(dir)).isEmpty();
        } finally {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    /** Reads any syntax (by extension) into one graph: the default graph, also for N-Quads and TriG. */
    private static Graph read(Path file) {
        Lang lang = GraphWriter.formatFor(file).getLang();
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(file).lang(lang).toDatasetGraph().getDefaultGraph()
                .find().forEachRemaining(g::add);
        return g;
    }

    /** (question name, answer text) of every FAQ entry, found with schema.org terms only. */
    private static List<String[]> faq(Graph g) {
        String q = """
                PREFIX schema: <http://schema.org/>
                SELECT ?name ?text WHERE {
                  ?page a schema:FAQPage ; schema:mainEntity ?q .
                  ?q a schema:Question ; schema:name ?name ; schema:acceptedAnswer ?a .
                  ?a a schema:Answer ; schema:text ?text .
                }""";
        List<String[]> out = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.create(q, ModelFactory.createModelForGraph(g))) {
            qe.execSelect().forEachRemaining((QuerySolution s) ->
                    out.add(new String[] {s.getLiteral("name").getString(), s.getLiteral("text").getString()}));
        }
        return out;
    }

    private static List<String> answerTexts(Graph g) {
        return faq(g).stream().map(r -> r[1]).toList();
    }

    private static List<String> listing(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A graph whose iterators fail after some triples, as a full disk or a broken source would mid-write. */
    private static final class FailingGraph extends GraphWrapper {
        static final String MESSAGE = "simulated failure while writing";
        private final int after;

        FailingGraph(Graph base, int after) {
            super(base);
            this.after = after;
        }

        @Override
        public ExtendedIterator<Triple> find(Triple m) {
            return failing(super.find(m));
        }

        @Override
        public ExtendedIterator<Triple> find(Node s, Node p, Node o) {
            return failing(super.find(s, p, o));
        }

        private ExtendedIterator<Triple> failing(ExtendedIterator<Triple> it) {
            int[] seen = {0};
            return WrappedIterator.create(it).mapWith(t -> {
                if (++seen[0] > after) throw new IllegalStateException(MESSAGE);
                return t;
            });
        }
    }
}
