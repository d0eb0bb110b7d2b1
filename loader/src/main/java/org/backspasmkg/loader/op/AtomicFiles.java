package org.backspasmkg.loader.op;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Replaces files so a reader sees either the old or the new content, never half of it: the content goes to a
 * temporary file in the target's folder (same file system, so the rename is atomic), which is then renamed over
 * the target. Whatever fails, no temporary file is left behind.
 */
public final class AtomicFiles {
    /** Like {@link java.util.function.Consumer}, for code that writes. */
    @FunctionalInterface
    public interface IOConsumer<T> {
        void accept(T t) throws IOException;
    }

    private AtomicFiles() {}

    /** Writes target (creating its folder) with what body writes to the stream. */
    public static void write(Path target, IOConsumer<OutputStream> body) throws IOException {
        replace(target, tmp -> {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                body.accept(out);
            }
        });
    }

    /** Writes text as UTF-8 to target (creating its folder). */
    public static void writeString(Path target, String text) throws IOException {
        replace(target, tmp -> Files.writeString(tmp, text, StandardCharsets.UTF_8));
    }

    private static void replace(Path target, IOConsumer<Path> fill) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        try {
            fill.accept(tmp);
            keepReadable(tmp, target);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * A temporary file is private (0600); the file it replaces keeps the permissions it had, and a new one
     * gets the usual 0644, so a written graph or lexicon is readable as any other file.
     */
    private static void keepReadable(Path tmp, Path target) throws IOException {
        if (!tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) return;
        java.util.Set<java.nio.file.attribute.PosixFilePermission> perms = Files.exists(target)
                ? Files.getPosixFilePermissions(target)
                : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(tmp, perms);
    }

    /**
     * Deletes a folder and everything in it (nothing if it does not exist). Goes on past a file it cannot
     * delete, so as much as possible is gone, then throws the first failure.
     */
    public static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        List<Path> deepestFirst;
        try (Stream<Path> s = Files.walk(dir)) {
            deepestFirst = s.sorted(Comparator.reverseOrder()).toList();
        }
        IOException first = null;
        for (Path p : deepestFirst) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                if (first == null) first = e;
                else first.addSuppressed(e);
            }
        }
        if (first != null) throw first;
    }
}
