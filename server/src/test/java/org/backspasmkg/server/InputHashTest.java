package org.backspasmkg.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputHashTest {
    @TempDir Path dir;
    ProjectInputs inputs;
    InputHash before;

    @BeforeEach
    void setUp() {
        inputs = new ProjectInputs(Fixtures.copyProject(dir));
        before = InputHash.of(inputs);
    }

    @Test
    void sameInputsGiveTheSameHash() {
        assertThat(InputHash.of(new ProjectInputs(dir))).isEqualTo(before);
        assertThat(before.hex()).hasSize(64);
    }

    @Test
    void pagesAreTheSortedTxtFilesInData() {
        assertThat(inputs.pages()).extracting(p -> p.getFileName().toString()).containsExactly("stretch-page.txt");
    }

    @Test
    void changingAPageChangesTheHash() throws IOException {
        Files.writeString(dir.resolve("data/stretch-page.txt"), "Is walking good for back spasms?\n");
        assertThat(InputHash.of(inputs)).isNotEqualTo(before);
    }

    @Test
    void addingAPageChangesTheHash() throws IOException {
        Files.writeString(dir.resolve("data/another-page.txt"), "Q?\nA.\n");
        assertThat(InputHash.of(inputs)).isNotEqualTo(before);
    }

    @Test
    void changingTheLexiconOrOntologyChangesTheHash() throws IOException {
        Files.writeString(dir.resolve("data/lexicon/concepts.tsv"), "heat-therapy\theat therapy\tTreatment\n",
                java.nio.file.StandardOpenOption.APPEND);
        InputHash afterLexicon = InputHash.of(inputs);
        assertThat(afterLexicon).isNotEqualTo(before);

        Files.createDirectories(dir.resolve("ontology/shapes"));
        Files.writeString(dir.resolve("ontology/shapes/extra.ttl"), "# new shapes\n");
        assertThat(InputHash.of(inputs)).isNotEqualTo(afterLexicon);
    }

    @Test
    void renamingAnInputChangesTheHash() throws IOException {
        Files.move(dir.resolve("data/lexicon/concepts.tsv"), dir.resolve("data/lexicon/terms.tsv"));
        assertThat(InputHash.of(inputs)).isNotEqualTo(before);
    }

    @Test
    void filesThatAreNotInputsDoNotCount() throws IOException {
        Files.writeString(dir.resolve("data/notes.md"), "edited\n");
        Files.writeString(dir.resolve("README.md"), "hello\n");
        assertThat(InputHash.of(inputs)).isEqualTo(before);
    }
}
