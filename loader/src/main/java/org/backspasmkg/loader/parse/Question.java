package org.backspasmkg.loader.parse;

import java.util.List;
import java.util.Objects;

/** A question line and the answer lines that follow it (none when the page leaves it unanswered). */
public record Question(String text, int line, List<SourceLine> answerLines) {
    public Question {
        Objects.requireNonNull(text, "text");
        answerLines = List.copyOf(answerLines);
    }

    public boolean isAnswered() {
        return !answerLines.isEmpty();
    }

    /** The answer's text as on the page, lines joined with a newline. */
    public String answerText() {
        return String.join("\n", answerLines.stream().map(SourceLine::text).toList());
    }
}
