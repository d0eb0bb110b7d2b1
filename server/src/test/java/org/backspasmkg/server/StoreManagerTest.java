package org.backspasmkg.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.jena.sparql.graph.GraphFactory;
import org.backspasmkg.loader.diag.LoaderException;
import org.backspasmkg.loader.diag.SourceLocation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreManagerTest {
    @TempDir Path dir;
    Path storeDir;
    ProjectInputs inputs;

    @BeforeEach
    void setUp() {
        inputs = new ProjectInputs(Fixtures.copyProject(dir.resolve("project")));
        storeDir = dir.resolve("store");
    }

    @Test
    void buildsOnceAndReusesTheStoreWhileTheInputsAreUnchanged() {
        AtomicInteger loads = new AtomicInteger();
        GraphSource counting = (root, pages) -> {
            loads.incrementAndGet();
            return Fixtures.fixtureLoader().load(root, pages);
        };
        StoreManager manager = new StoreManager(storeDir, counting);
        StoreInfo first = manager.ensureCurrent(inputs, false);
        StoreInfo second = new StoreManager(storeDir, counting).ensureCurrent(inputs, false);

        assertThat(loads).hasValue(1);
        assertThat(second.dir()).isEqualTo(first.dir());
        assertThat(first.triples()).isEqualTo(Fixtures.fixtureLoader().load(inputs.root(), List.of()).size());
        // 3 concept labels, 2 schema:name, 1 schema:text
        assertThat(first.textEntries()).isEqualTo(6);
        assertThat(manager.current()).get().extracting(StoreInfo::dir).isEqualTo(first.dir());
    }

    @Test
    void aChangedInputLeadsToANewStoreAndTheOldOneIsKeptAsPrevious() throws IOException {
        StoreManager manager = new StoreManager(storeDir, Fixtures.fixtureLoader());
        StoreInfo first = manager.ensureCurrent(inputs, false);
        Files.writeString(inputs.root().resolve("data/stretch-page.txt"), "Changed?\nYes.\n");
        StoreInfo second = manager.ensureCurrent(inputs, false);

        assertThat(second.dir()).isNotEqualTo(first.dir());
        assertThat(second.inputHash()).isNotEqualTo(first.inputHash());
        assertThat(manager.current()).get().extracting(StoreInfo::dir).isEqualTo(second.dir());
        assertThat(first.dir()).isDirectory();
    }

    @Test
    void aFailedRebuildLeavesTheLastGoodStoreCurrentAndIntact() throws IOException {
        StoreInfo good = new StoreManager(storeDir, Fixtures.fixtureLoader()).ensureCurrent(inputs, false);
        String pointer = Files.readString(storeDir.resolve(StoreManager.POINTER));
        Files.writeString(inputs.root().resolve("data/stretch-page.txt"), "Broken\n");

        GraphSource failing = (root, pages) -> {
            throw new LoaderException(new SourceLocation("data/stretch-page.txt", 1), "a question without an answer");
        };
        StoreManager manager = new StoreManager(storeDir, failing);
        assertThatThrownBy(() -> manager.ensureCurrent(inputs, false))
                .isInstanceOf(LoaderException.class)
                .hasMessageContaining("data/stretch-page.txt:1");

        assertThat(Files.readString(storeDir.resolve(StoreManager.POINTER))).isEqualTo(pointer);
        assertThat(manager.current()).get().extracting(StoreInfo::dir).isEqualTo(good.dir());
        assertThat(leftovers()).isEmpty();
        try (TextStore store = TextStore.open(good.dir())) {
            long triples = store.dataset().calculateRead(() -> (long) store.dataset().asDatasetGraph().getDefaultGraph().size());
            assertThat(triples).isEqualTo(good.triples());
        }
    }

    @Test
    void anEmptyGraphIsNotAValidStore() {
        StoreManager manager = new StoreManager(storeDir, (root, pages) -> GraphFactory.createDefaultGraph());
        assertThatThrownBy(() -> manager.ensureCurrent(inputs, false)).isInstanceOf(StoreBuildException.class);
        assertThat(manager.current()).isEmpty();
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aBuildKilledHalfwayIsIgnoredAndCleanedUp() throws IOException {
        // What a killed build leaves: a tmp directory, no manifest, no pointer change.
        Files.createDirectories(storeDir.resolve("tmp-0123456789abcdef-1/tdb2"));
        StoreManager manager = new StoreManager(storeDir, Fixtures.fixtureLoader());
        assertThat(manager.current()).isEmpty();
        manager.ensureCurrent(inputs, false);
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void forcedRebuildMakesANewStoreFromTheSameInputs() {
        StoreManager manager = new StoreManager(storeDir, Fixtures.fixtureLoader());
        StoreInfo first = manager.ensureCurrent(inputs, false);
        StoreInfo forced = manager.ensureCurrent(inputs, true);
        assertThat(forced.dir()).isNotEqualTo(first.dir());
        assertThat(forced.inputHash()).isEqualTo(first.inputHash());
    }

    private List<Path> leftovers() {
        try (Stream<Path> s = Files.list(storeDir)) {
            return s.filter(p -> p.getFileName().toString().startsWith(StoreManager.TMP_PREFIX)).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

}
