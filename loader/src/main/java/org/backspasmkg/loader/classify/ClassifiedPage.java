package org.backspasmkg.loader.classify;

import java.util.List;
import java.util.Objects;
import org.backspasmkg.loader.parse.Page;

/** A page with the condition it is about and its classified questions. */
public record ClassifiedPage(Page page, String conditionId, List<ClassifiedQuestion> questions) {
    public ClassifiedPage {
        Objects.requireNonNull(page, "page");
        conditionId = conditionId == null ? "" : conditionId;
        questions = List.copyOf(questions);
    }
}
