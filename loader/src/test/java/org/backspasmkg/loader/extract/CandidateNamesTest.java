package org.backspasmkg.loader.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.backspasmkg.loader.nlp.EnglishModels;
import org.junit.jupiter.api.Test;

/** Labels of candidate concepts, made from list items and clauses of a page. */
class CandidateNamesTest {
    private final CandidateNames names = new CandidateNames(new EnglishModels());

    @Test
    void aQualifyingClauseIsNotPartOfTheName() {
        assertThat(names.candidateLabel("Sleep propped up on pillows if lying flat hurts.", false))
                .isEqualTo("sleeping propped up on pillows");
        assertThat(names.candidateLabel("Hard, repeated coughing that goes on for days", false))
                .isEqualTo("hard, repeated coughing");
    }

    @Test
    void anImperativeNamesTheActivityItAdvises() {
        assertThat(names.candidateLabel("Get up and move every half hour.", false))
                .isEqualTo("getting up and moving every half hour");
    }

    @Test
    void aLoneAdjectiveNamesNothing() {
        assertThat(names.candidateLabel("sharp", false)).isEmpty();
    }

    @Test
    void leadingFunctionWordsAreDropped() {
        assertThat(names.candidateLabel("A warm towel.", false)).isEqualTo("warm towel");
    }
}
