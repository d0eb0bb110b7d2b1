package org.backspasmkg.loader.op;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path tmp;

    @Test
    void replacesTheTargetAndLeavesNothingElse() throws IOException {
        Path target = tmp.resolve("sub/out.txt");
        AtomicFiles.writeString(target, "old\n");
        AtomicFiles.write(target, out -> out.write("new\n".getBytes(StandardCharsets.UTF_8)));

        assertThat(Files.readString(target)).isEqualTo("new\n");
        assertThat(listing(target.getParent())).containsExactly("out.txt");
    }

    @Test
    void aFailingWriterKeepsTheOldFileAndLeavesNoTempFile() throws IOException {
        Path target = Files.writeString(tmp.resolve("out.txt"), "old\n");

        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).isInstanceOf(IOException.class).hasMessage("disk full");

        assertThat(Files.readString(target)).isEqualTo("old\n");
        assertThat(listing(tmp)).containsExactly("out.txt");
    }

    @Test
    void deleteTreeRemovesNestedFoldersAndIgnoresAMissingOne() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("a/b/c"));
        Files.writeString(dir.resolve("f"), "x");
        Files.writeString(tmp.resolve("a/g"), "y");

        AtomicFiles.deleteTree(tmp.resolve("a"));
        AtomicFiles.deleteTree(tmp.resolve("a"));

        assertThat(listing(tmp)).isEmpty();
    }

    private static List<String> listing(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
