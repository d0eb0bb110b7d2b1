package org.backspasmkg.loader.extract;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.backspasmkg.loader.lexicon.Concept;
import org.backspasmkg.loader.lexicon.Lexicon;
import org.backspasmkg.loader.lexicon.Mention;
import org.backspasmkg.loader.lexicon.MentionFinder;
import org.backspasmkg.loader.lexicon.WordList;
import org.backspasmkg.loader.nlp.EnglishModels;
import org.backspasmkg.loader.nlp.EnglishModels.Token;

/**
 * Finds a condition the lexicon lacks where an answer defines it: "Blepharospasm (benign essential
 * blepharospasm) is a rare nerve disorder ...", "Gout is a form of arthritis ...". The subject is minted as a
 * candidate condition, narrower than the lexicon condition when one is named after "form/type/kind of".
 * The class nouns are in data/lexicon/condition-classes.txt.
 */
public final class DefinedConditionFinder {
    public static final String FILE = "condition-classes.txt";
    private static final Set<String> SUBJECT_WORDS = Set.of("ADJ", "NOUN", "PROPN");
    /** How far after "is a" the class noun may come: "is a rare nerve disorder". */
    private static final int REACH = 4;

    private final Set<String> classes;
    private final Lexicon lexicon;
    private final MentionFinder finder;
    private final CandidateNames names;
    private final EnglishModels nlp;

    private DefinedConditionFinder(Set<String> classes, Lexicon lexicon, EnglishModels nlp) {
        this.classes = classes;
        this.lexicon = lexicon;
        this.finder = new MentionFinder(lexicon);
        this.names = new CandidateNames(nlp);
        this.nlp = nlp;
    }

    public static DefinedConditionFinder read(Path dir, String displayDir, Lexicon lexicon, EnglishModels nlp) {
        Set<String> classes = WordList.read(dir.resolve(FILE), displayDir + "/" + FILE).texts().stream()
                .map(w -> w.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        return new DefinedConditionFinder(classes, lexicon, nlp);
    }

    /** The candidate condition the sentence defines, if it defines one the lexicon lacks. */
    public Optional<Concept> defined(String sentence) {
        // a cheap test before tagging: a definition has "is" or "are"
        if (!sentence.matches("(?is).*\\b(is|are)\\b.*")) return Optional.empty();
        List<Token> t = nlp.tokens(sentence);
        int i = 0;
        if (i < t.size() && t.get(i).pos().equals("DET")) i++;
        int start = i;
        while (i < t.size() && SUBJECT_WORDS.contains(t.get(i).pos())) i++;
        int end = i; // exclusive
        if (end == start) return Optional.empty();
        if (i < t.size() && t.get(i).text().equals("(")) { // an aside naming it another way
            while (i < t.size() && !t.get(i).text().equals(")")) i++;
            i++;
        }
        if (i >= t.size() || !isCopula(t.get(i))) return Optional.empty();
        String subject = sentence.substring(t.get(start).start(), t.get(end - 1).end());
        if (!finder.find(subject).isEmpty()) return Optional.empty(); // a known thing: the mention rules handle it
        String broader = "";
        boolean defines = false;
        for (int j = i + 1; j < Math.min(t.size(), i + 1 + REACH + 2); j++) {
            String lemma = t.get(j).lemmaOrText();
            if (classes.contains(lemma) && t.get(j).pos().equals("NOUN")) {
                defines = true;
                break;
            }
            if ((lemma.equals("form") || lemma.equals("type") || lemma.equals("kind")) && j + 1 < t.size()
                    && t.get(j + 1).text().equalsIgnoreCase("of")) {
                Optional<Mention> kindOf = finder.find(sentence.substring(t.get(j + 1).end())).stream().findFirst();
                if (kindOf.isPresent() && kindOf.get().concept().type().equals("Condition")) {
                    broader = kindOf.get().concept().id();
                    defines = true;
                }
                break;
            }
        }
        if (!defines) return Optional.empty();
        String label = names.singularLabel(subject.toLowerCase(Locale.ROOT));
        String id = names.candidateId(label);
        if (id.isEmpty() || lexicon.get(id).filter(c -> !c.candidate()).isPresent()) return Optional.empty();
        Concept c = new Concept(id, label, "Condition", List.of(), "", broader, "", true);
        lexicon.remember(c);
        return Optional.of(lexicon.get(id).orElse(c));
    }

    private static boolean isCopula(Token t) {
        String w = t.text().toLowerCase(Locale.ROOT);
        return w.equals("is") || w.equals("are");
    }
}
