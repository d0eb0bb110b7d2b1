package org.backspasmkg.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.backspasmkg.loader.op.LoadOperation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every query in queries/ against the graph loaded from data/*.txt, compared with the {@code NAME.tsv} beside it.
 * Run with {@code -Dqueries.update=true} to rewrite the .tsv files and the README table instead of comparing
 * (after the extraction changed: read the diff before keeping it).
 */
class QueriesTest {
    static final boolean UPDATE = Boolean.getBoolean("queries.update");

    @TempDir static Path storeDir;
    static TextStore store;
    static Path root;
    static Path queries;

    @BeforeAll
    static void loadTheProjectGraph() {
        root = Fixtures.projectRoot();
        queries = root.resolve("queries");
        ProjectInputs inputs = new ProjectInputs(root);
        Graph graph = LoadOperation.load(root, inputs.pages());
        // The same store kind kg query and kg serve use, so text:query works as it does there.
        StoreBuilder.build(storeDir.resolve("store"), graph, InputHash.of(inputs));
        store = TextStore.open(storeDir.resolve("store"));
    }

    @AfterAll
    static void close() {
        if (store != null) store.close();
    }

    static Stream<String> runnableQueries() {
        return QueryFile.list(Fixtures.projectRoot().resolve("queries")).stream()
                .filter(q -> !usesService(QueryFactory.create(q.text())))
                .map(QueryFile::name);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("runnableQueries")
    void returnsTheRowsOfItsTsvFile(String name) throws IOException {
        Query query = QueryFactory.create(Files.readString(queries.resolve(name + ".rq")));
        String actual = runAsTsv(query);
        List<String> lines = actual.lines().toList();
        assertThat(lines).as(name + " returns no rows: it answers nothing over the loaded graph").hasSizeGreaterThan(1);
        assertThat(actual).as(name + " returns blank nodes, whose labels change between runs").doesNotContain("\t_:").doesNotStartWith("_:");

        Path expectedFile = queries.resolve(name + ".tsv");
        if (UPDATE) {
            Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
            return;
        }
        assertThat(expectedFile).as("expected results; create them with -Dqueries.update=true").exists();
        List<String> expected = Files.readString(expectedFile, StandardCharsets.UTF_8).lines().toList();
        if (query.hasOrderBy()) {
            assertThat(lines).as(name + " (ordered)").containsExactlyElementsOf(expected);
        } else {
            assertThat(lines.get(0)).as(name + " header").isEqualTo(expected.get(0));
            assertThat(lines.subList(1, lines.size())).as(name + " (any order)")
                    .containsExactlyInAnyOrderElementsOf(expected.subList(1, expected.size()));
        }
    }

    @Test
    void everyQueryHasAHeaderNamingItsColumns() {
        for (QueryFile q : QueryFile.list(queries)) {
            assertThat(q.title()).as(q.name() + ": # title:").isNotBlank();
            assertThat(q.question()).as(q.name() + ": # question:").isNotBlank();
            Query query = QueryFactory.create(q.text());
            if (query.isSelectType()) {
                assertThat(q.columnNames()).as(q.name() + ": # columns: names the SELECT variables in order")
                        .containsExactlyElementsOf(query.getResultVars());
            }
        }
    }

    @Test
    void everyQuestionOnThePagesHasItsQueryNamedAfterIt() {
        List<String[]> questions = new ArrayList<>();
        select("""
                PREFIX schema: <http://schema.org/>
                PREFIX bskg: <https://w3id.org/backspasm-kg/ontology#>
                SELECT ?q ?text WHERE { ?q a bskg:Question ; schema:name ?text }""")
                .forEachRemaining(s -> questions.add(new String[] {s.getResource("q").getURI(), s.getLiteral("text").getString()}));
        assertThat(questions).isNotEmpty();
        for (String[] q : questions) {
            String slug = q[0].substring(q[0].lastIndexOf('/') + 1);
            Path file = queries.resolve(slug + ".rq");
            assertThat(file).as("a query for \"" + q[1] + "\"").exists();
            assertThat(QueryFile.read(file).question()).as(file + ": # question:").isEqualTo(q[1]);
            assertThat(QueryFile.read(file).text()).as(file + " answers its own question").contains("\"" + q[1] + "\"@en");
        }
    }

    @Test
    void theReadmeLinksOpenTheCurrentQueriesInTheUi() throws IOException {
        Path readmeFile = queries.resolve("README.md");
        String readme = Files.readString(readmeFile, StandardCharsets.UTF_8);
        List<QueryFile> all = QueryFile.list(queries);
        String table = QueryLinks.table(all, QueryLinks.DEFAULT_BASE, KgServer.DEFAULT_DATASET);
        if (UPDATE) {
            readme = QueryLinks.replaceTable(readme, table);
            Files.writeString(readmeFile, readme, StandardCharsets.UTF_8);
        }
        assertThat(QueryLinks.currentTable(readme)).as("README table is stale: rerun with -Dqueries.update=true").isEqualTo(table);
        assertThat(QueryLinks.decodedLinks(readme)).as("each link decodes to its .rq file")
                .containsExactlyElementsOf(all.stream().map(QueryFile::text).toList());
    }

    @Test
    void theFederatedQueryParsesButIsNeverRunHere() {
        Query q = QueryFactory.create(QueryFile.read(queries.resolve("federated-wikidata.rq")).text());
        assertThat(usesService(q)).isTrue();
        assertThat(runnableQueries()).doesNotContain("federated-wikidata");
    }

    private static String runAsTsv(Query query) {
        Dataset ds = store.dataset();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ds.executeRead(() -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(query).build()) {
                ResultSetFormatter.outputAsTSV(out, qe.execSelect());
            }
        });
        return out.toString(StandardCharsets.UTF_8);
    }

    private static ResultSetRewindable select(String sparql) {
        Dataset ds = store.dataset();
        return ds.calculateRead(() -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(sparql).build()) {
                ResultSet rs = qe.execSelect();
                return ResultSetFactory.copyResults(rs);
            }
        });
    }

    static boolean usesService(Query query) {
        AtomicBoolean found = new AtomicBoolean();
        ElementWalker.walk(query.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementService el) {
                found.set(true);
            }
        });
        return found.get();
    }
}
