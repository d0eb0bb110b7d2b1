package org.backspasmkg.loader.op;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.backspasmkg.loader.diag.LoaderException;
import org.backspasmkg.loader.lexicon.Concept;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kg curate on a copy of the lexicon: a candidate becomes one new row; anything refused leaves the file as it was. */
class CurateOperationTest {
    static final Path ROOT = Path.of(System.getProperty("kg.root", "..")).toAbsolutePath().normalize();

    @TempDir
    Path tmp;
    Path root;
    Path concepts;

    @BeforeEach
    void copyProject() throws IOException {
        root = TempProject.copy(ROOT, tmp.resolve("project"));
        concepts = root.resolve(CurateOperation.FILE);
    }

    @Test
    void candidateBecomesARowAfterItsTypeAndTheLexiconReadsIt() throws IOException {
        List<String> before = Files.readAllLines(concepts);
        CurateOperation.Request req = new CurateOperation.Request("belt", "Device", "belt", List.of("waist belt"),
                "a band worn around the waist");

        CurateOperation.Result r = new CurateOperation(root).run(req, List.of());

        List<String> after = Files.readAllLines(concepts);
        assertThat(after).hasSize(before.size() + 1);
        String row = "belt\tbelt\tDevice\twaist belt\t\t\ta band worn around the waist";
        assertThat(after.get(r.line() - 1)).isEqualTo(row);
        assertThat(after.get(r.line() - 2).split("\t")[2]).as("placed with the other devices").isEqualTo("Device");
        // every old line is still there, in order
        List<String> withoutNew = new java.util.ArrayList<>(after);
        withoutNew.remove(r.line() - 1);
        assertThat(withoutNew).isEqualTo(before);
        Concept belt = KnowledgeBase.read(root).lexicon().get("belt").orElseThrow();
        assertThat(belt.type()).isEqualTo("Device");
        assertThat(belt.candidate()).isFalse();
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void candidateKeepsItsOwnLabelAndTypeByDefault() {
        CurateOperation.Result r = new CurateOperation(root).run(CurateOperation.Request.of("standing"), List.of());
        assertThat(r.concept()).extracting(Concept::label, Concept::type).containsExactly("standing", "Cause");
    }

    @Test
    void idAlreadyInTheLexiconIsRefusedAndTheFileIsUnchanged() throws IOException {
        byte[] before = Files.readAllBytes(concepts);
        assertThatThrownBy(() -> new CurateOperation(root).run(CurateOperation.Request.of("back-spasm"), List.of()))
                .isInstanceOf(LoaderException.class).hasMessageContaining("already in the lexicon")
                .hasMessageContaining(CurateOperation.FILE + ":");
        assertThat(Files.readAllBytes(concepts)).isEqualTo(before);
    }

    @Test
    void curatingTheSameCandidateTwiceRefusesTheSecond() throws IOException {
        new CurateOperation(root).run(CurateOperation.Request.of("belt"), List.of());
        byte[] once = Files.readAllBytes(concepts);
        assertThatThrownBy(() -> new CurateOperation(root).run(CurateOperation.Request.of("belt"), List.of()))
                .isInstanceOf(LoaderException.class).hasMessageContaining("\"belt\" is already in the lexicon");
        assertThat(Files.readAllBytes(concepts)).isEqualTo(once);
    }

    @Test
    void labelOfAnotherConceptIsRefused() throws IOException {
        byte[] before = Files.readAllBytes(concepts);
        // the page's "belts" is really the lexicon's back belt: that is a synonym to add, not a new concept
        assertThatThrownBy(() -> new CurateOperation(root).run(
                new CurateOperation.Request("belt", "", "back belt", List.of(), ""), List.of()))
                .hasMessageContaining("\"back belt\" already names concept \"back-belt\"");
        assertThat(Files.readAllBytes(concepts)).isEqualTo(before);
    }

    @Test
    void badRequestsAreRefusedAndTheFileIsUnchanged() throws IOException {
        byte[] before = Files.readAllBytes(concepts);
        CurateOperation op = new CurateOperation(root);
        assertThatThrownBy(() -> op.run(new CurateOperation.Request("belt", "Gadget", "", List.of(), ""), List.of()))
                .hasMessageContaining("unknown type \"Gadget\"");
        // "heat" is a synonym of heat therapy: a term may belong to one concept only
        assertThatThrownBy(() -> op.run(new CurateOperation.Request("belt", "", "", List.of("heat"), ""), List.of()))
                .hasMessageContaining("already names concept \"heat-therapy\"");
        assertThatThrownBy(() -> op.run(CurateOperation.Request.of("no-such-candidate"), List.of()))
                .hasMessageContaining("no candidate \"no-such-candidate\"").hasMessageContaining("belt");
        assertThat(Files.readAllBytes(concepts)).isEqualTo(before);
        assertThat(leftovers()).isEmpty();
    }

    /** Temp files the atomic write would leave behind on failure. */
    private List<Path> leftovers() throws IOException {
        try (Stream<Path> s = Files.list(concepts.getParent())) {
            return s.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
        }
    }
}
