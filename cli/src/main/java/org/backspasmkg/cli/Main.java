package org.backspasmkg.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the kg command: dispatches to one class per command. */
@Command(
        name = "kg",
        mixinStandardHelpOptions = true,
        version = "backspasm-kg 0.1.0",
        description = "Build, check and serve the back-spasm knowledge graph.",
        subcommands = {
            CommandLine.HelpCommand.class,
            LoadCommand.class,
            MappingsCommand.class,
            ServeCommand.class,
            QueryCommand.class,
            ValidateCommand.class,
            DiagramCommand.class,
            ReportCommand.class,
            CurateCommand.class,
            ReleaseCommand.class,
        })
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, shared by main and the tests. */
    public static CommandLine commandLine() {
        return new CommandLine(new Main()).setExecutionExceptionHandler(new ErrorHandler());
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
