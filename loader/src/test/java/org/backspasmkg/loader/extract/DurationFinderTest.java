package org.backspasmkg.loader.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Recovery times read with the project's durations.tsv and recovery-cues.tsv. */
class DurationFinderTest {
    private static final Path LEXICON =
            Path.of(System.getProperty("kg.root", "..")).toAbsolutePath().normalize().resolve("data/lexicon");
    private final DurationFinder finder = DurationFinder.read(LEXICON, "data/lexicon");

    @Test
    void weeksBecomeDaysBecauseXsdDurationHasNoWeeks() {
        assertThat(finder.find("Most injuries heal within six weeks.")).contains("P42D");
    }

    @Test
    void aRangeKeepsItsUpperEnd() {
        assertThat(finder.find("Most strains heal in two to three weeks.")).contains("P21D");
    }

    @Test
    void ofSeveralDurationsTheLongestIsTheRecoveryTime() {
        assertThat(finder.find("It peaks at around 48 hours and fades within about five days.")).contains("P5D");
    }

    @Test
    void vagueAmountsAndTreatmentTimesAreNotRecoveryTimes() {
        assertThat(finder.find("It eases within a few days.")).isEmpty();
        assertThat(finder.find("Ice it for 20 minutes.")).isEmpty();
    }
}
