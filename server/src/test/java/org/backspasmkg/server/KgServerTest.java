package org.backspasmkg.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.backspasmkg.loader.diag.LoaderException;
import org.backspasmkg.loader.diag.SourceLocation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The served endpoints, through real HTTP on loopback with a free port, over the fixture store. */
class KgServerTest {
    static final String JSON = "application/sparql-results+json";
    static final String CSV = "text/csv";

    @TempDir Path dir;
    ProjectInputs inputs;
    StoreManager manager;
    TextStore store;
    KgServer server;

    @BeforeEach
    void buildStore() {
        inputs = new ProjectInputs(Fixtures.copyProject(dir.resolve("project")));
        manager = new StoreManager(dir.resolve("store"), Fixtures.fixtureLoader());
        store = TextStore.open(manager.ensureCurrent(inputs, false).dir());
    }

    @AfterEach
    void stop() {
        if (server != null) server.stop();
        store.close();
    }

    private KgServer start(Consumer<KgServer.Builder> settings) {
        KgServer.Builder b = KgServer.builder().dataset(store.dataset()).port(0);
        settings.accept(b);
        server = b.build().start();
        return server;
    }

    @Test
    void theFullTextQueryFromQueriesAnswersOverHttp() {
        start(b -> {});
        HttpResponse<String> r = Http.query(server.datasetUrl() + "/sparql", Fixtures.query("full-text-search"), CSV);
        assertThat(r.statusCode()).isEqualTo(200);
        // Stemming: "stretch" finds "stretching", the question's "stretch" and the answer's "Stretching".
        assertThat(r.body())
                .contains("https://w3id.org/backspasm-kg/concept/stretching")
                .contains("https://w3id.org/backspasm-kg/page/stretch-page/q/should-i-stretch")
                .contains("https://w3id.org/backspasm-kg/page/stretch-page/q/should-i-stretch/answer")
                .doesNotContain("heat-therapy");
    }

    @Test
    void theOverviewQueryAnswersOnTheQueryEndpointAndTheDatasetItself() {
        start(b -> {});
        for (String endpoint : List.of(server.datasetUrl() + "/query", server.datasetUrl())) {
            HttpResponse<String> r = Http.query(endpoint, Fixtures.query("graph-overview"), CSV);
            assertThat(r.statusCode()).as(endpoint).isEqualTo(200);
            assertThat(r.body()).contains("https://w3id.org/backspasm-kg/ontology#Condition,1");
        }
    }

    @Test
    void theUiAndWhatItReadsAreServedButNotTheAdminFunctions() {
        start(b -> {});
        assertThat(server.url()).startsWith("http://127.0.0.1:");
        HttpResponse<String> home = Http.get(server.url());
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("Apache Jena Fuseki");
        assertThat(Http.get(server.url() + "$/ping").statusCode()).isEqualTo(200);
        HttpResponse<String> status = Http.get(server.url() + "$/server");
        assertThat(status.statusCode()).isEqualTo(200);
        assertThat(status.body()).contains("\"/backspasm\"");
        assertThat(Http.get(server.url() + "$/stats/backspasm").statusCode()).isEqualTo(200);
        assertThat(Http.get(server.url() + "$/datasets").statusCode()).isEqualTo(404);
        // The dataset itself can be read with the graph store protocol.
        HttpResponse<String> graph = Http.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(server.datasetUrl() + "?default")).header("Accept", "application/n-triples").GET());
        assertThat(graph.statusCode()).isEqualTo(200);
        assertThat(graph.body()).contains("\"back spasm\"@en");
    }

    @Test
    void anonymousWritesAreRefused() {
        start(b -> {});
        String insert = "INSERT DATA { <urn:x> <http://www.w3.org/2000/01/rdf-schema#label> \"stretch me\" }";
        HttpResponse<String> update = Http.update(server.datasetUrl() + "/update", insert, null);
        assertThat(update.statusCode()).isEqualTo(403);
        assertThat(update.body()).contains("read-only");
        assertThat(Http.update(server.datasetUrl(), insert, null).statusCode()).isBetween(400, 415);
        assertThat(Http.put(server.datasetUrl() + "?default", "<urn:x> <urn:p> 1 .", null).statusCode()).isEqualTo(405);
        assertThat(Http.put(server.datasetUrl() + "/data?default", "<urn:x> <urn:p> 1 .", null).statusCode()).isEqualTo(403);
        assertThat(tripleCount()).isEqualTo(manager.current().orElseThrow().triples());
    }

    @Test
    void withAPasswordFileItsUserMayWriteAndOthersMayNot() throws IOException {
        Path passwd = dir.resolve("passwd");
        Files.writeString(passwd, "editor: s3cret\n");
        start(b -> b.passwordFile(passwd));
        String insert = "INSERT DATA { <urn:x> <http://www.w3.org/2000/01/rdf-schema#label> \"stretched rubber band\" }";

        assertThat(Http.update(server.datasetUrl() + "/update", insert, null).statusCode()).isEqualTo(401);
        assertThat(Http.update(server.datasetUrl() + "/update", insert, "editor:wrong").statusCode()).isEqualTo(401);
        assertThat(Http.put(server.datasetUrl() + "/data?graph=urn:g", "<urn:x> <urn:p> 1 .", null).statusCode()).isEqualTo(401);
        assertThat(Http.put(server.datasetUrl() + "?default", "<urn:x> <urn:p> 1 .", "editor:s3cret").statusCode()).isEqualTo(405);

        assertThat(Http.update(server.datasetUrl() + "/update", insert, "editor:s3cret").statusCode()).isBetween(200, 204);
        assertThat(Http.put(server.datasetUrl() + "/data?graph=urn:g", "<urn:x> <urn:p> 1 .", "editor:s3cret").statusCode())
                .isBetween(200, 204);
        // Queries stay anonymous; the text index follows the update.
        HttpResponse<String> r = Http.query(server.datasetUrl() + "/sparql", Fixtures.query("full-text-search"), CSV);
        assertThat(r.body()).contains("urn:x");
        HttpResponse<String> g = Http.query(server.datasetUrl() + "/sparql", "ASK { GRAPH <urn:g> { <urn:x> <urn:p> 1 } }", JSON);
        assertThat(g.body()).contains("true");
    }

    @Test
    void aPathologicalQueryTimesOutAndTheNextOneIsAnswered() {
        start(b -> b.timeout(Duration.ofSeconds(1)));
        String crossProduct = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n1 ?o . ?p ?q ?r }";
        long t0 = System.nanoTime();
        HttpResponse<String> slow = Http.query(server.datasetUrl() + "/sparql", crossProduct, JSON);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertThat(slow.statusCode()).isEqualTo(503);
        assertThat(ms).isBetween(900L, 10_000L);

        HttpResponse<String> next = Http.query(server.datasetUrl() + "/sparql", "ASK { ?s ?p ?o }", JSON);
        assertThat(next.statusCode()).isEqualTo(200);
        assertThat(next.body()).contains("true");
    }

    @Test
    void resultsAreCappedAndTheResponseSaysSo() {
        start(b -> b.resultLimit(3));
        HttpResponse<String> all = Http.query(server.datasetUrl() + "/sparql", "SELECT * { ?s ?p ?o }", CSV);
        assertThat(all.statusCode()).isEqualTo(200);
        assertThat(all.body().strip().lines()).hasSize(1 + 3); // header + capped rows
        assertThat(all.headers().firstValue(ResultCapQueryService.HEADER)).hasValue("3");

        HttpResponse<String> small = Http.query(server.datasetUrl() + "/sparql", "SELECT * { ?s ?p ?o } LIMIT 2", CSV);
        assertThat(small.body().strip().lines()).hasSize(1 + 2);
        assertThat(small.headers().firstValue(ResultCapQueryService.HEADER)).isEmpty();
    }

    @Test
    void aFailedRebuildLeavesTheServedStoreAnswering() throws IOException {
        start(b -> {});
        Path served = manager.current().orElseThrow().dir();
        Files.writeString(inputs.root().resolve("data/stretch-page.txt"), "A page the loader rejects\n");
        StoreManager failing = new StoreManager(manager.storeDir(), (root, pages) -> {
            throw new LoaderException(new SourceLocation("data/stretch-page.txt", 1), "no answer");
        });
        assertThatThrownBy(() -> failing.ensureCurrent(inputs, false)).isInstanceOf(LoaderException.class);

        assertThat(manager.current()).get().extracting(StoreInfo::dir).isEqualTo(served);
        HttpResponse<String> r = Http.query(server.datasetUrl() + "/sparql", Fixtures.query("full-text-search"), CSV);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("should-i-stretch");
    }

    private long tripleCount() {
        return store.dataset().calculateRead(() -> (long) store.dataset().asDatasetGraph().getDefaultGraph().size());
    }
}
