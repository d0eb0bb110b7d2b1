package org.backspasmkg.loader.parse;

import java.util.List;
import java.util.Objects;

/**
 * A parsed Q&amp;A page: its title question and its questions in page order.
 *
 * @param file the page's path as given (used in messages and provenance)
 * @param slug a stable, readable identifier derived from the file name
 */
public record Page(String file, String slug, String title, int titleLine, List<Question> questions) {
    public Page {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(title, "title");
        questions = List.copyOf(questions);
    }

    public long answeredCount() {
        return questions.stream().filter(Question::isAnswered).count();
    }
}
