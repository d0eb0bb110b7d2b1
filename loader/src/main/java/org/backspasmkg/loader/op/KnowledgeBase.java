package org.backspasmkg.loader.op;

import java.nio.file.Path;
import java.util.Set;
import org.backspasmkg.loader.lexicon.WordList;
import org.backspasmkg.loader.classify.IntentClassifier;
import org.backspasmkg.loader.extract.CandidateTypes;
import org.backspasmkg.loader.extract.CueFinder;
import org.backspasmkg.loader.extract.DurationFinder;
import org.backspasmkg.loader.extract.RelationRules;
import org.backspasmkg.loader.lexicon.Lexicon;
import org.backspasmkg.loader.nlp.Normalizer;

/** The curated data files under data/lexicon/ that the pipeline reads: concepts, intents, cues, rules. */
public record KnowledgeBase(Lexicon lexicon, IntentClassifier intents, CueFinder cues, RelationRules rules,
        DurationFinder durations, CandidateTypes candidateTypes, Path dir) {
    public static final String DIR = "data/lexicon";
    public static final String STOPWORDS = "stopwords.txt";

    public static KnowledgeBase read(Path projectRoot) {
        Path dir = projectRoot.resolve(DIR);
        Normalizer normalizer = new Normalizer(readWords(dir.resolve(STOPWORDS), DIR + "/" + STOPWORDS));
        RelationRules rules = RelationRules.read(dir, DIR);
        return new KnowledgeBase(
                Lexicon.read(dir, DIR, normalizer, rules.types()),
                IntentClassifier.read(dir, DIR),
                CueFinder.read(dir, DIR, normalizer),
                rules,
                DurationFinder.read(dir, DIR),
                CandidateTypes.read(dir, DIR),
                dir);
    }

    private static Set<String> readWords(Path file, String display) {
        return WordList.read(file, display).texts();
    }
}
