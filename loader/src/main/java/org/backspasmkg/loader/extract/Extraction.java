package org.backspasmkg.loader.extract;

import java.util.List;
import java.util.Map;
import org.backspasmkg.loader.classify.ClassifiedPage;
import org.backspasmkg.loader.lexicon.Concept;
import org.backspasmkg.loader.parse.Question;

/**
 * What the extract stage found in one page.
 *
 * @param candidates concepts the lexicon lacks, by id
 * @param paraphraseOf for unanswered questions, the answered question they paraphrase
 */
public record Extraction(ClassifiedPage page, List<Fact> facts, Map<String, Concept> candidates,
        Map<Question, Question> paraphraseOf) {
    public Extraction {
        facts = List.copyOf(facts);
        candidates = Map.copyOf(candidates);
        paraphraseOf = Map.copyOf(paraphraseOf);
    }
}
