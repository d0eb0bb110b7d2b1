package org.backspasmkg.loader.classify;

import java.util.List;
import java.util.Objects;
import org.backspasmkg.loader.parse.Question;

/**
 * A question with its intent, the condition it asks about, and its answer cut into segments.
 *
 * @param conditionId lexicon id of the condition, or empty when neither question nor page names one
 */
public record ClassifiedQuestion(Question question, Intent intent, String conditionId, List<Segment> segments) {
    public ClassifiedQuestion {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(intent, "intent");
        conditionId = conditionId == null ? "" : conditionId;
        segments = List.copyOf(segments);
    }
}
