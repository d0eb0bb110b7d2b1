package org.backspasmkg.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.backspasmkg.loader.op.AtomicFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store directory: finished builds in {@code build-<hash>-<millis>/}, the one in use named by the
 * pointer file {@code current}. A rebuild goes to {@code tmp-...}, is renamed when it is complete and valid,
 * and only then does the pointer switch (atomic rename), so a failed or killed rebuild leaves the last good
 * store current.
 */
public final class StoreManager {
    static final String POINTER = "current";
    static final String BUILD_PREFIX = "build-";
    static final String TMP_PREFIX = "tmp-";
    private static final Logger LOG = LoggerFactory.getLogger(StoreManager.class);

    private final Path storeDir;
    private final GraphSource source;

    public StoreManager(Path storeDir, GraphSource source) {
        this.storeDir = storeDir.toAbsolutePath().normalize();
        this.source = source;
    }

    public Path storeDir() {
        return storeDir;
    }

    /** The store the pointer names, if it exists and finished. */
    public Optional<StoreInfo> current() {
        Path pointer = storeDir.resolve(POINTER);
        if (!Files.isRegularFile(pointer)) return Optional.empty();
        try {
            String name = Files.readString(pointer, StandardCharsets.UTF_8).trim();
            if (!name.startsWith(BUILD_PREFIX) || name.contains("/") || name.contains("\\")) return Optional.empty();
            return StoreInfo.read(storeDir.resolve(name));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The current store if it was built from exactly these inputs, otherwise a fresh build. */
    public StoreInfo ensureCurrent(ProjectInputs inputs, boolean force) {
        InputHash hash = InputHash.of(inputs);
        Optional<StoreInfo> current = current();
        if (!force && current.isPresent() && current.get().inputHash().equals(hash)) return current.get();
        try {
            Files.createDirectories(storeDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + storeDir, e);
        }
        try (FileChannel ch = FileChannel.open(storeDir.resolve("build.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = ch.lock()) {
            // Another process may have built the same inputs while we waited for the lock.
            current = current();
            if (!force && current.isPresent() && current.get().inputHash().equals(hash)) return current.get();
            LOG.info("Building the store from {} ({} {})", inputs.root(), hash.shortHex(),
                    current.isPresent() ? "inputs changed" : "no store yet");
            return rebuild(inputs, hash);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock " + storeDir, e);
        }
    }

    private StoreInfo rebuild(ProjectInputs inputs, InputHash hash) throws IOException {
        long stamp = System.currentTimeMillis();
        while (Files.exists(storeDir.resolve(BUILD_PREFIX + hash.shortHex() + "-" + stamp))) stamp++;
        String suffix = hash.shortHex() + "-" + stamp;
        Path tmp = storeDir.resolve(TMP_PREFIX + suffix);
        Path done = storeDir.resolve(BUILD_PREFIX + suffix);
        try {
            Graph graph = source.load(inputs.root(), inputs.pages());
            StoreInfo built = StoreBuilder.build(tmp, graph, hash);
            Files.move(tmp, done, StandardCopyOption.ATOMIC_MOVE);
            switchTo(done);
            LOG.info("Store {} is current: {} triples, {} text index entries", done.getFileName(), built.triples(), built.textEntries());
            removeOldBuilds();
            return new StoreInfo(done, built.inputHash(), built.triples(), built.textEntries(), built.builtAt());
        } catch (RuntimeException | IOException e) {
            deleteTree(tmp);
            throw e;
        }
    }

    private void switchTo(Path build) throws IOException {
        AtomicFiles.writeString(storeDir.resolve(POINTER), build.getFileName() + "\n");
    }

    /** Keeps the current and the previous build; drops older ones and leftovers of killed builds, unless a process still has them open. */
    private void removeOldBuilds() {
        Optional<Path> current = current().map(StoreInfo::dir);
        List<Path> builds = children(BUILD_PREFIX).stream()
                .filter(p -> current.map(c -> !c.equals(p)).orElse(true))
                .sorted(Comparator.comparing((Path p) -> p.getFileName().toString().substring(BUILD_PREFIX.length() + 17)).reversed())
                .toList();
        builds.stream().skip(1).filter(p -> !inUse(p)).forEach(StoreManager::deleteTree);
        children(TMP_PREFIX).stream().filter(p -> !inUse(p)).forEach(StoreManager::deleteTree);
    }

    private List<Path> children(String prefix) {
        try (Stream<Path> s = Files.list(storeDir)) {
            return s.filter(Files::isDirectory).filter(p -> p.getFileName().toString().startsWith(prefix)).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** TDB2 writes the owning process id into tdb.lock while a database is open. */
    private static boolean inUse(Path build) {
        Path lock = build.resolve(TextStore.TDB_DIR).resolve("tdb.lock");
        try {
            String pid = Files.isRegularFile(lock) ? Files.readString(lock).trim() : "";
            return !pid.isEmpty() && ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
        } catch (IOException | NumberFormatException e) {
            return true; // unsure: keep it
        }
    }

    /** Best effort: what cannot be removed now is retried by the next rebuild's clean-up. */
    static void deleteTree(Path dir) {
        try {
            AtomicFiles.deleteTree(dir);
        } catch (IOException e) {
            LOG.warn("Could not remove {}: {}", dir, e.getMessage());
        }
    }
}
