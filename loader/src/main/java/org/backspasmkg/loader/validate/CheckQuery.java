package org.backspasmkg.loader.validate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;

/**
 * One *-violation.rq check: a SELECT of ?entity ?property ?value that must return no rows, with the
 * title and solution read from its Markdown header comment.
 */
public record CheckQuery(String source, String title, String solution, Query query) {
    private static final Pattern TITLE = Pattern.compile("(?m)^#\\s*#\\s*(.+)$");
    private static final Pattern SOLUTION = Pattern.compile("(?ms)^#\\s*\\*\\*Solution:\\*\\*\\s*(.+?)(?=^#\\s*$|^[^#])");

    public CheckQuery {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(solution, "solution");
        Objects.requireNonNull(query, "query");
    }

    /** Reads a check file; source is the name reports show for it. */
    public static CheckQuery read(Path file, String source) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read check " + file, e);
        }
        return new CheckQuery(source, firstGroup(TITLE, text, source), joinLines(firstGroup(SOLUTION, text, source)),
                QueryFactory.create(text));
    }

    /** The message for one offending row. */
    public String message(String value) {
        return value == null || value.isEmpty() ? title + ": " + solution : title + " (" + value + "): " + solution;
    }

    private static String firstGroup(Pattern pattern, String text, String source) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            throw new IllegalArgumentException(source + ": header comment needs a '# # Title' line and a '**Solution:**' paragraph");
        }
        return m.group(1).trim();
    }

    private static String joinLines(String paragraph) {
        return paragraph.replaceAll("\\s*\\n#\\s*", " ").trim();
    }
}
