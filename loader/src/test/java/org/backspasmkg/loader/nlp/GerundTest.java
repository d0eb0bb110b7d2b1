package org.backspasmkg.loader.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GerundTest {
    @ParameterizedTest
    @CsvSource({"sleep,sleeping", "move,moving", "breathe,breathing", "lie,lying", "see,seeing", "sit,sitting",
        "get,getting", "rub,rubbing", "stop,stopping", "rest,resting", "visit,visiting", "stay,staying",
        "relax,relaxing", "press,pressing", "take,taking", "be,being", "walking,walking", "Wear,wearing"})
    void regularSpellingRules(String verb, String gerund) {
        assertThat(Gerund.of(verb)).isEqualTo(gerund);
    }
}
