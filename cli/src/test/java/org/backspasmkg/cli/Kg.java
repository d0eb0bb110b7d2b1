package org.backspasmkg.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;

/**
 * Runs kg in this JVM through picocli and captures what it prints. Some commands print with System.out/err
 * (load's summary, release's violations), others with picocli's writers, so both are captured.
 */
final class Kg {
    static final Path ROOT = Path.of(System.getProperty("kg.root", "..")).toAbsolutePath().normalize();

    /** Exit code and everything printed to standard output and standard error. */
    record Run(int code, String out, String err) {}

    private Kg() {}

    /** kg COMMAND --root ROOT ARGS...: the command run against this project's lexicon and ontology. */
    static Run inProject(String command, String... args) {
        return run(Stream.concat(Stream.of(command, "--root", ROOT.toString()), Arrays.stream(args)).toArray(String[]::new));
    }

    /** kg ARGS... exactly as given. */
    static synchronized Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        ByteArrayOutputStream sysOut = new ByteArrayOutputStream();
        ByteArrayOutputStream sysErr = new ByteArrayOutputStream();
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        System.setOut(new PrintStream(sysOut, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(sysErr, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = Main.commandLine().setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true)).execute(args);
        } finally {
            System.out.flush();
            System.err.flush();
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        return new Run(code, out + sysOut.toString(StandardCharsets.UTF_8), err + sysErr.toString(StandardCharsets.UTF_8));
    }
}
