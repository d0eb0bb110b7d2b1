package org.backspasmkg.loader.classify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.backspasmkg.loader.lexicon.Lexicon;
import org.backspasmkg.loader.lexicon.Mention;
import org.backspasmkg.loader.lexicon.MentionFinder;
import org.backspasmkg.loader.nlp.EnglishModels;
import org.backspasmkg.loader.parse.Page;
import org.backspasmkg.loader.parse.Question;

/**
 * Classify stage: the page's condition (from its title: a condition, else a symptom; else the condition its
 * questions name most), each question's intent and condition, and each answer's segments.
 */
public final class PageClassifier {
    private final IntentClassifier intents;
    private final Lexicon lexicon;
    private final MentionFinder finder;
    private final AnswerSegmenter segmenter;
    private final EnglishModels nlp;

    public PageClassifier(IntentClassifier intents, Lexicon lexicon, EnglishModels nlp) {
        this.intents = intents;
        this.lexicon = lexicon;
        this.finder = new MentionFinder(lexicon);
        this.segmenter = new AnswerSegmenter(nlp);
        this.nlp = nlp;
    }

    public ClassifiedPage classify(Page page) {
        // The title names the page's condition; a page about a symptom ("stiff neck") is about that symptom.
        String pageCondition = firstCondition(page.title())
                .or(() -> firstOfType(page.title(), "Symptom"))
                .or(() -> Optional.of(mostNamedCondition(page)).filter(c -> !c.isEmpty()))
                .orElseGet(() -> titleCondition(page.title()));
        List<ClassifiedQuestion> out = new ArrayList<>();
        for (Question q : page.questions()) {
            String condition = firstConditionMention(q.text())
                    .map(m -> pageCondition.isEmpty() || !lexicon.sameTopic(m.concept().id(), m.surface(), pageCondition)
                            ? m.concept().id() : pageCondition)
                    .orElse(pageCondition);
            out.add(new ClassifiedQuestion(q, intents.classify(q.text()), condition, segmenter.segment(q.answerLines())));
        }
        return new ClassifiedPage(page, pageCondition, out);
    }

    /**
     * A page about a condition the lexicon lacks ("What is costochondritis?") is about the last noun phrase
     * of its title, minted as a candidate condition so its facts have a subject and a curator sees it.
     */
    private String titleCondition(String title) {
        List<EnglishModels.Token> t = nlp.tokens(title);
        int end = -1;
        int start = -1;
        for (int i = t.size() - 1; i >= 0; i--) {
            boolean nominal = t.get(i).pos().equals("NOUN") || t.get(i).pos().equals("PROPN");
            if (end < 0 && nominal) end = i;
            if (end >= 0) {
                if (nominal || t.get(i).pos().equals("ADJ")) start = i;
                else break;
            }
        }
        if (end < 0) return "";
        String label = title.substring(t.get(start).start(), t.get(end).end()).toLowerCase(java.util.Locale.ROOT);
        String id = label.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (id.isEmpty()) return "";
        // "Why does my back hurt?": a body part (or another known thing) is not a condition to mint.
        if (lexicon.lookup(label).isPresent() || lexicon.get(id).isPresent()) return "";
        if (lexicon.get(id).isEmpty()) lexicon.remember(org.backspasmkg.loader.lexicon.Concept.candidate(id, label, "Condition"));
        return id;
    }

    private Optional<String> firstCondition(String text) {
        return firstConditionMention(text).map(m -> m.concept().id());
    }

    private Optional<String> firstOfType(String text, String type) {
        return finder.find(text).stream().filter(m -> m.concept().type().equals(type)).map(m -> m.concept().id()).findFirst();
    }

    private Optional<Mention> firstConditionMention(String text) {
        return finder.find(text).stream().filter(m -> m.concept().type().equals("Condition")).findFirst();
    }

    private String mostNamedCondition(Page page) {
        Map<String, Integer> counts = new HashMap<>();
        for (Question q : page.questions()) firstCondition(q.text()).ifPresent(c -> counts.merge(c, 1, Integer::sum));
        // Most named wins; ties go to the alphabetically first id, so the choice is stable.
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse("");
    }
}
