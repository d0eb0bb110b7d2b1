package org.backspasmkg.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files a store is built from, relative to a project root: the pages (those given, else
 * {@code data/*.txt}), everything under {@code data/lexicon/} and everything under {@code ontology/}.
 *
 * @param pageInputs page files or folders of pages; empty for the project's {@code data/*.txt}
 */
public record ProjectInputs(Path root, List<Path> pageInputs) {
    public ProjectInputs {
        root = root.toAbsolutePath().normalize();
        pageInputs = pageInputs.stream().map(p -> p.toAbsolutePath().normalize()).toList();
    }

    public ProjectInputs(Path root) {
        this(root, List.of());
    }

    /** The page files, sorted by name: what the loader turns into the graph. */
    public List<Path> pages() {
        if (!pageInputs.isEmpty()) return org.backspasmkg.loader.op.LoadOperation.expand(pageInputs);
        Path data = root.resolve("data");
        if (!Files.isDirectory(data)) return List.of();
        try (Stream<Path> files = Files.list(data)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".txt"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + data, e);
        }
    }

    /** Every file whose content decides the store: pages, lexicon and ontology, sorted by relative path. */
    public List<Path> hashedFiles() {
        List<Path> all = new ArrayList<>(pages());
        all.addAll(regularFilesUnder(root.resolve("data/lexicon")));
        all.addAll(regularFilesUnder(root.resolve("ontology")));
        return all.stream().sorted((a, b) -> relative(a).compareTo(relative(b))).toList();
    }

    /** The path relative to the root with '/' separators, so hashes agree across platforms. */
    public String relative(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        return (abs.startsWith(root) ? root.relativize(abs) : abs).toString().replace('\\', '/');
    }

    private static List<Path> regularFilesUnder(Path dir) {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }
}
