package org.backspasmkg.loader.parse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.backspasmkg.loader.diag.LoaderException;
import org.backspasmkg.loader.diag.SourceLocation;

/**
 * Splits a page's lines into its title and questions with their answer lines.
 *
 * <p>Line 1 is the title question; a question is a line ending in "?" that reads as one (not a list item,
 * not a long paragraph). A "?" inside an answer line does not start a question.
 */
public final class PageParser {
    /** Questions are short; a long line ending in "?" is an answer paragraph that ends rhetorically. */
    static final int MAX_QUESTION_WORDS = 30;

    private PageParser() {}

    public static Page parse(Path path, String displayName) {
        return parse(PageReader.readLines(path, displayName), displayName);
    }

    public static Page parse(List<SourceLine> lines, String file) {
        List<SourceLine> content = lines.stream().filter(l -> !l.text().isBlank()).toList();
        if (content.isEmpty()) {
            // line 1 is where the title question was expected, so point there rather than at the whole file
            throw new LoaderException(new SourceLocation(file, 1), "empty page: expected a title question on line 1");
        }
        SourceLine title = content.get(0);
        if (content.stream().noneMatch(l -> isQuestion(clean(l.text())))) {
            // say what is missing, rather than "answer before any question" at line 2
            throw new LoaderException(new SourceLocation(file, title.line()),
                    "no question in the page: expected lines ending in \"?\"");
        }
        List<Question> questions = new ArrayList<>();
        String currentText = null;
        int currentLine = 0;
        List<SourceLine> answer = new ArrayList<>();
        for (int i = 1; i < content.size(); i++) {
            SourceLine line = content.get(i);
            String text = clean(line.text());
            if (isQuestion(text)) {
                if (currentText != null) questions.add(new Question(currentText, currentLine, answer));
                currentText = text;
                currentLine = line.line();
                answer = new ArrayList<>();
            } else if (currentText == null) {
                // The title question may be answered directly when the page does not repeat it.
                if (i == 1 && isQuestion(clean(title.text()))) {
                    currentText = clean(title.text());
                    currentLine = title.line();
                    answer = new ArrayList<>(List.of(new SourceLine(text, line.line())));
                } else {
                    throw new LoaderException(new SourceLocation(file, line.line()),
                            "answer text before any question: expected a question line ending in \"?\"");
                }
            } else {
                answer.add(new SourceLine(text, line.line()));
            }
        }
        if (currentText != null) questions.add(new Question(currentText, currentLine, answer));
        // only the title is a question (the check above rules out a page without any)
        if (questions.isEmpty()) questions.add(new Question(clean(title.text()), title.line(), List.of()));
        return new Page(file, slugOf(file), clean(title.text()), title.line(), questions);
    }

    static boolean isQuestion(String text) {
        if (!text.endsWith("?")) return false;
        if (text.startsWith("-") || text.startsWith("\u2013") || text.startsWith("\u2022") || text.startsWith("*")) return false;
        return text.split("\\s+").length <= MAX_QUESTION_WORDS;
    }

    /** Trims the line and strips trailing closing quotes after a final "?" so such lines still read as questions. */
    static String clean(String text) {
        String t = text.strip();
        while (t.length() > 1 && (t.endsWith("\"") || t.endsWith("\u201D")) && t.charAt(t.length() - 2) == '?') {
            t = t.substring(0, t.length() - 1);
        }
        return t;
    }

    /** A readable, stable identifier from the file name: "data/Back Spasm FAQ.txt" gives "back-spasm-faq". */
    public static String slugOf(String file) {
        String name = Path.of(file).getFileName().toString();
        int dot = name.lastIndexOf('.');
        if (dot > 0) name = name.substring(0, dot);
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.isEmpty() ? "page" : slug;
    }
}
