package org.backspasmkg.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kg query's logic: resolving NAME|FILE and running against the store without a server. */
class QueryRunnerTest {
    @TempDir Path dir;
    TextStore store;

    @BeforeEach
    void buildStore() {
        ProjectInputs inputs = new ProjectInputs(Fixtures.copyProject(dir.resolve("project")));
        store = TextStore.open(new StoreManager(dir.resolve("store"), Fixtures.fixtureLoader()).ensureCurrent(inputs, false).dir());
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aNameResolvesToTheQueriesFolderAndAPathToItself() throws IOException {
        Path root = Fixtures.projectRoot();
        assertThat(QueryRunner.resolve(root, "full-text-search")).isEqualTo(root.resolve("queries/full-text-search.rq"));
        Path own = Files.writeString(dir.resolve("mine.rq"), "ASK {}");
        assertThat(QueryRunner.resolve(root, own.toString())).isEqualTo(own);
        assertThatThrownBy(() -> QueryRunner.resolve(root, "no-such-query"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("queries/no-such-query.rq");
    }

    @Test
    void theFullTextQueryRunsWithoutAServerInEveryFormat() {
        var query = QueryRunner.parse(Fixtures.projectRoot().resolve("queries/full-text-search.rq"));
        assertThat(run(query, QueryFormat.CSV)).startsWith("thing,score,text").contains("should-i-stretch/answer");
        assertThat(run(query, QueryFormat.JSON)).contains("\"bindings\"").contains("Stretching the area");
        assertThat(run(query, QueryFormat.TABLE)).contains("| thing").contains("stretching");
    }

    @Test
    void askAndConstructHaveTheirOwnOutput() {
        assertThat(run(QueryFactory.create("ASK { ?s ?p ?o }"), QueryFormat.TABLE)).isEqualTo("yes\n");
        String turtle = run(QueryFactory.create(
                "CONSTRUCT { ?s <urn:label> ?l } WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l }"), QueryFormat.TABLE);
        assertThat(turtle).contains("<urn:label>").contains("\"heat therapy\"@en");
    }

    private String run(org.apache.jena.query.Query query, QueryFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        QueryRunner.run(store.dataset(), query, format, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
