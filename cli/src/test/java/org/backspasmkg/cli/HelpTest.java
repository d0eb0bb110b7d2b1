package org.backspasmkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every registered command answers --help with exit 0 and a usage that names it; kg --help lists them all. */
class HelpTest {
    /** The commands the README documents, plus picocli's help. */
    private static final String[] DOCUMENTED = {"serve", "load", "validate", "query", "mappings", "report", "curate",
            "release", "diagram", "help"};

    static Stream<String> commands() {
        return Main.commandLine().getSubcommands().keySet().stream();
    }

    @Test
    void registeredCommandsAreTheDocumentedOnes() {
        assertThat(commands()).containsExactlyInAnyOrder(DOCUMENTED);
    }

    @ParameterizedTest
    @MethodSource("commands")
    void helpOfEachCommand(String command) {
        Kg.Run run = Kg.run(command, "--help");

        assertThat(run.code()).as(run.err()).isZero();
        // picocli's own help command prints its description before the usage line
        assertThat(run.out()).containsPattern("(?m)^Usage: kg " + command + "\\b");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void topLevelHelpListsEveryCommand() {
        Kg.Run run = Kg.run("--help");

        assertThat(run.code()).isZero();
        assertThat(run.out()).startsWith("Usage: kg");
        commands().forEach(c -> assertThat(run.out()).containsPattern("(?m)^\\s+" + c + "\\s"));
    }
}
