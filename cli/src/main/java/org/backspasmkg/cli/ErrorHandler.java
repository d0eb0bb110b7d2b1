package org.backspasmkg.cli;

import org.backspasmkg.loader.diag.LoaderException;
import picocli.CommandLine;

/** The one place that turns failures into messages and exit codes: 2 for bad input, 1 for anything else. */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
    static final int BAD_INPUT = 2;

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parsed) {
        boolean verbose = Boolean.getBoolean("kg.verbose");
        if (ex instanceof LoaderException le) {
            cmd.getErr().println("kg: " + le.getMessage());
            if (verbose) le.printStackTrace(cmd.getErr());
            return BAD_INPUT;
        }
        cmd.getErr().println("kg: error: " + ex.getMessage());
        if (verbose) ex.printStackTrace(cmd.getErr());
        return 1;
    }
}
