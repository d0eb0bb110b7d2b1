package org.backspasmkg.loader.extract;

import java.util.Objects;
import org.backspasmkg.loader.parse.Question;

/**
 * One statement the page makes about a condition, with its evidence.
 *
 * @param relation local name of the ontology property (hasSymptom, hasCause, typicalRecoveryTime, ...)
 * @param objectId concept id of the object, or empty when the object is a literal
 * @param literal the literal value (an xsd:duration) when objectId is empty
 * @param question the question whose answer states it
 * @param evidence the sentence or list item that states it
 * @param line the 1-based page line of the evidence
 * @param cue the cue phrase that decided the relation, or empty
 */
public record Fact(String conditionId, String relation, String objectId, String literal, Question question,
        String evidence, int line, String cue) {
    public Fact {
        Objects.requireNonNull(conditionId, "conditionId");
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(question, "question");
        objectId = objectId == null ? "" : objectId;
        literal = literal == null ? "" : literal;
        cue = cue == null ? "" : cue;
    }

    /** Two facts are the same statement when condition, relation and object agree. */
    public String statementKey() {
        return conditionId + " " + relation + " " + (objectId.isEmpty() ? literal : objectId);
    }
}
