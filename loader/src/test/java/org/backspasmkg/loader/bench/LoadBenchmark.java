package org.backspasmkg.loader.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.backspasmkg.loader.op.LoadOperation;
import org.backspasmkg.loader.op.LoadResult;

/**
 * Loader throughput harness (run by hand, not a test; see BENCHMARKS.md for the command). Makes N pages by
 * copying the source page and the fixture pages under new names into a temporary folder, loads the folder
 * with one LoadOperation, and prints pages/s, facts, triples and the peak heap seen during the load.
 *
 * <p>Arguments: the page counts (default 10 100 500). System property kg.root: the project root (default ".").
 */
public final class LoadBenchmark {
    private static final String FIXTURE_PAGES = "loader/src/test/resources/fixtures/pages";
    private static final long SAMPLE_EVERY_MS = 5;

    private LoadBenchmark() {}

    /**
     * One measured load. Facts: distinct (condition, relation, object) facts, and all extracted ones. Extract: parse,
     * classify and extract of every page; the rest of the time is emitting the graph and the summary.
     */
    record Row(int pages, double seconds, double extractSeconds, int distinctFacts, long extractedFacts, long triples,
            long peakHeapBytes) {
        double pagesPerSecond() {
            return pages / seconds;
        }
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("kg.root", ".")).toAbsolutePath().normalize();
        int[] sizes = args.length == 0 ? new int[] {10, 100, 500} : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        List<Path> templates = templates(root);

        long t0 = System.nanoTime();
        LoadOperation op = new LoadOperation(root); // lexicon, ontology, mappings, OpenNLP models
        double setup = seconds(t0);
        System.out.printf("java %s, %d cores, max heap %d MiB%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf("templates: %d pages (%s and %s/*.txt)%n", templates.size(), "data/back-spasm-faq.txt", FIXTURE_PAGES);
        System.out.printf("setup (new LoadOperation): %.2f s%n", setup);

        // Warm-up: one pass over the templates, so the first measured size does not pay for JIT compilation alone.
        Row warm = measure(op, templates.size(), templates);
        System.out.printf("warm-up: %d pages in %.2f s%n", warm.pages(), warm.seconds());

        System.out.printf("%6s %9s %8s %10s %7s %9s %10s %9s %14s%n",
                "pages", "seconds", "pages/s", "extract s", "emit s", "facts", "extracted", "triples", "peak heap MiB");
        for (int n : sizes) {
            Row r = measure(op, n, templates);
            System.out.printf("%6d %9.2f %8.1f %10.2f %7.2f %9d %10d %9d %14d%n", r.pages(), r.seconds(), r.pagesPerSecond(),
                    r.extractSeconds(), r.seconds() - r.extractSeconds(), r.distinctFacts(), r.extractedFacts(),
                    r.triples(), r.peakHeapBytes() >> 20);
        }
    }

    /** The source page first, then the fixture pages in name order. */
    static List<Path> templates(Path root) throws IOException {
        List<Path> out = new ArrayList<>();
        out.add(root.resolve("data/back-spasm-faq.txt"));
        try (Stream<Path> s = Files.list(root.resolve(FIXTURE_PAGES))) {
            s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().forEach(out::add);
        }
        return out;
    }

    static Row measure(LoadOperation op, int n, List<Path> templates) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("kg-bench-");
        try {
            for (int i = 0; i < n; i++) {
                Path t = templates.get(i % templates.size());
                // a new file name gives a new page slug, so every copy is a distinct page in the graph
                Files.copy(t, dir.resolve(String.format("p%04d-%s", i, t.getFileName())));
            }
            System.gc();
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            AtomicLong peak = new AtomicLong(memory.getHeapMemoryUsage().getUsed());
            Thread sampler = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(SAMPLE_EVERY_MS);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-sampler");
            sampler.setDaemon(true);
            sampler.start();
            long t0 = System.nanoTime();
            AtomicLong lastExtracted = new AtomicLong(t0);
            // run() reports each page once it is extracted; the graph is emitted after the last one
            LoadResult result = op.run(List.of(dir), p -> lastExtracted.set(System.nanoTime()));
            double secs = seconds(t0);
            peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
            sampler.interrupt();
            sampler.join();
            long extracted = result.extractions().stream().mapToLong(e -> e.facts().size()).sum();
            return new Row(result.summary().pages(), secs, (lastExtracted.get() - t0) / 1e9, result.summary().facts(), extracted,
                    result.graph().size(), peak.get());
        } finally {
            try (Stream<Path> s = Files.walk(dir)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
            }
        }
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
