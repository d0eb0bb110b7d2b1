package org.backspasmkg.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** kg load: pages to one RDF file. (being written) */
@Command(name = "load", mixinStandardHelpOptions = true, description = "Turn Q&A pages into the knowledge graph.")
final class LoadCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return 0;
    }
}
