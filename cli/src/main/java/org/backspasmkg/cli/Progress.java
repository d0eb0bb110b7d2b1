package org.backspasmkg.cli;

import java.nio.file.Path;
import java.util.List;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.backspasmkg.loader.op.LoadOperation;
import org.backspasmkg.loader.op.LoadResult;

/** Shows load progress: a bar on a terminal, plain periodic lines otherwise (logs, CI). */
final class Progress {
    /** Below this many pages a progress display is noise. */
    private static final int MIN_PAGES = 5;
    private static final int LINE_EVERY = 25;

    private Progress() {}

    static LoadResult run(LoadOperation op, List<Path> inputs) {
        List<Path> pages = LoadOperation.expand(inputs);
        if (pages.size() < MIN_PAGES) return op.run(pages, p -> {});
        if (System.console() != null) {
            try (ProgressBar bar = new ProgressBarBuilder().setTaskName("pages").setInitialMax(pages.size())
                    .setStyle(ProgressBarStyle.ASCII).setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err))
                    .build()) {
                return op.run(pages, p -> bar.step());
            }
        }
        int[] done = {0};
        return op.run(pages, p -> {
            done[0]++;
            if (done[0] % LINE_EVERY == 0 || done[0] == pages.size()) {
                System.err.printf("loaded %d/%d pages%n", done[0], pages.size());
            }
        });
    }
}
