package org.backspasmkg.loader.extract;

import static org.backspasmkg.loader.extract.Terms.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.backspasmkg.loader.classify.ClassifiedPage;
import org.backspasmkg.loader.classify.ClassifiedQuestion;
import org.backspasmkg.loader.classify.Segment;
import org.backspasmkg.loader.extract.CueFinder.Cue;
import org.backspasmkg.loader.lexicon.Concept;
import org.backspasmkg.loader.lexicon.Lexicon;
import org.backspasmkg.loader.lexicon.Mention;
import org.backspasmkg.loader.lexicon.MentionFinder;
import org.backspasmkg.loader.nlp.EnglishModels;

/**
 * Extract stage: turns each answer's segments into facts about a condition.
 *
 * <p>A concept mentioned in a segment fills the relation that the cues of the segment (or of its list's
 * intro), the question's intent and the concept's type select (see {@link RelationRules}). A fact attaches
 * to the condition its sentence talks about: the question's, unless a sentence has another condition as
 * its subject, which then holds for the rest of the answer. List items and inline-list items the lexicon
 * does not know become candidate concepts, typed by the cue or the intent.
 */
public final class FactExtractor {
    /** The cue a sentence carries when its subject is the condition being described. */
    static final Cue DESCRIBES = new Cue("symptom", "", "");
    /** Items longer than this are sentences, not names of things; they do not become candidates. */
    static final int MAX_CANDIDATE_WORDS = 16;

    private final Lexicon lexicon;
    private final MentionFinder finder;
    private final CueFinder cues;
    private final RelationRules rules;
    private final DurationFinder durations;
    private final InlineListFinder inlineLists;
    private final CandidateTypes candidateTypes;
    private final ClauseSplitter clauses;
    private final PhraseFinder phrases;
    private final ClauseCues clauseCues;
    private final CandidateNames names;
    private final ParaphraseLinker paraphrases;
    private final BodyPartLocator locator;
    private final DefinedConditionFinder definedConditions;
    private final PainTriggerFinder painTriggers;
    private final BodyPartStateFinder partStates;
    private final EnglishModels nlp;

    public FactExtractor(Lexicon lexicon, CueFinder cues, RelationRules rules, DurationFinder durations,
            InlineListFinder inlineLists, CandidateTypes candidateTypes, ClauseSplitter clauses, PhraseFinder phrases,
            BodyPartLocator locator, DefinedConditionFinder definedConditions, PainTriggerFinder painTriggers,
            BodyPartStateFinder partStates, EnglishModels nlp) {
        this.lexicon = lexicon;
        this.finder = new MentionFinder(lexicon);
        this.cues = cues;
        this.rules = rules;
        this.durations = durations;
        this.inlineLists = inlineLists;
        this.candidateTypes = candidateTypes;
        this.clauses = clauses;
        this.phrases = phrases;
        this.clauseCues = new ClauseCues(cues, finder, lexicon, phrases, nlp);
        this.names = new CandidateNames(nlp);
        this.paraphrases = new ParaphraseLinker(lexicon.normalizer());
        this.locator = locator;
        this.definedConditions = definedConditions;
        this.painTriggers = painTriggers;
        this.partStates = partStates;
        this.nlp = nlp;
    }

    public Extraction extract(ClassifiedPage page) {
        List<Fact> facts = new ArrayList<>();
        Map<String, Concept> candidates = new LinkedHashMap<>();
        for (ClassifiedQuestion q : page.questions()) {
            int before = facts.size();
            try {
                new AnswerScan(q, facts, candidates).run();
            } catch (RuntimeException e) {
                // A fault in reading one answer must not lose the page: the answer is left out, loudly.
                facts.subList(before, facts.size()).clear();
                System.err.printf("%s:%d: warning: answer not read, internal error (%s); please report it%n",
                        page.page().file(), q.question().line(), e);
            }
        }
        List<Fact> unique = dedupe(facts);
        // Conditions the loader named itself ("shoulder strain") are candidates too, wherever they are used.
        List<String> used = new ArrayList<>(List.of(page.conditionId()));
        page.questions().forEach(q -> used.add(q.conditionId()));
        unique.forEach(f -> used.addAll(List.of(f.conditionId(), f.objectId())));
        for (String id : used) {
            lexicon.get(id).filter(Concept::candidate).ifPresent(c -> candidates.putIfAbsent(id, c));
        }
        return new Extraction(page, unique, candidates, paraphrases.link(page.questions()));
    }

    /** The state of reading one answer: the condition being talked about carries from sentence to sentence. */
    private final class AnswerScan {
        private final ClassifiedQuestion q;
        private final List<Fact> facts;
        private final Map<String, Concept> candidates;
        private String condition;
        private boolean prognosisStated;

        AnswerScan(ClassifiedQuestion q, List<Fact> facts, Map<String, Concept> candidates) {
            this.q = q;
            this.facts = facts;
            this.candidates = candidates;
            this.condition = q.conditionId();
        }

        /** The clause's cues, read for the condition being talked about. */
        private List<Cue> cues(String text) {
            return clauseCues.cues(text, condition);
        }

        void run() {
            List<Segment> segs = q.segments();
            if (q.intent().id().equals(IS_GOOD_FOR) && !segs.isEmpty()) askedTreatmentFacts(segs);
            for (int k = 0; k < segs.size(); k++) {
                Segment seg = segs.get(k);
                // "Did it start after lifting?" inside an answer asks; it states nothing, unless the next
                // sentence affirms it ("Can a pinched nerve do the same? Yes – ...")
                boolean affirmed = k + 1 < segs.size() && segs.get(k + 1).text().strip().matches("(?i)yes\\b.*");
                if (!seg.kind().isItem() && seg.text().strip().endsWith("?") && !affirmed) continue;
                Segment intro = seg.intro() >= 0 ? segs.get(seg.intro()) : null;
                // "A herniated disc is the most common cause" names a cause, not a new subject; "DOMS is the
                // ache caused by a hard workout" does name one.
                // The subject's own clause decides ("...; sessions of downhill running are the classic culprits"
                // speaks of other things).
                String subjectClause = seg.kind().isItem() ? seg.text() : clauses.split(seg.text()).get(0);
                Set<String> says = CueFinder.effects(cues(subjectClause).stream().filter(c -> !c.subjectIsEffect()).toList());
                if (!says.contains(CAUSE) && !says.contains(RISK)) condition = subjectCondition(seg, finder.find(seg.text()));
                if (condition.isEmpty()) continue;
                List<Cue> introCues = intro == null ? List.of() : cues(intro.text());
                // "Avoid these:" as an intro advises against every item after it.
                boolean introAvoids = introCues.stream().anyMatch(c -> c.effect().equals(AVOID));
                // Cues hold within their clause: in "stretches help, but ask your doctor before taking a
                // supplement", "help" is about the stretches only.
                List<String> parts = seg.kind().isItem() ? List.of(seg.text()) : clauses.split(seg.text());
                for (String clause : parts) {
                    List<Cue> found = new ArrayList<>(cues(clause));
                    found.addAll(introCues);
                    // A sentence whose subject is the condition itself describes it: "A cramp can tie the
                    // muscle in a tight ball."
                    if (describesCondition(clause)) found.add(DESCRIBES);
                    Set<String> effects = CueFinder.effects(found);
                    readClause(seg, intro, clause, found, effects, introAvoids);
                    // A duration is a recovery time only next to recovery words in its clause ("heal within three
                    // weeks"), not when it says how long to apply a treatment ("ice it for 20 minutes"), nor
                    // when it is a warning threshold ("still sore after ten days, get it checked").
                    // Under a question of how much time recovery needs, the question supplies the recovery word ("A
                    // moderate strain can take a month or so").
                    boolean recovery = effects.contains(RECOVERY) || q.intent().id().equals(PROGNOSIS);
                    if (recovery && !effects.contains(WARNING)) {
                        durations.find(clause).ifPresent(d -> facts.add(
                                new Fact(condition, RECOVERY_TIME, "", d, q.question(), seg.text(), seg.line(), "")));
                        // The outlook in the page's words, once per prognosis question.
                        if (q.intent().id().equals(PROGNOSIS) && !prognosisStated && !seg.kind().isItem()) {
                            facts.add(new Fact(condition, PROGNOSIS, "", seg.text(), q.question(), seg.text(), seg.line(), ""));
                            prognosisStated = true;
                        }
                    }
                }
            }
        }

        /**
         * "frequent or severe cramps should be checked": the condition itself, qualified, is the warning
         * sign ("severe cramps"), one per qualifier.
         */
        private boolean modifiedConditionSigns(Segment seg, String clause, Mention m, Set<String> effects, String cue) {
            List<EnglishModels.Token> before = nlp.tokens(clause.substring(0, m.start()));
            boolean any = false;
            for (int i = before.size() - 1; i >= 0 && i >= before.size() - 4; i--) {
                EnglishModels.Token t = before.get(i);
                if (t.pos().equals("CCONJ")) continue;
                if (!isQualifier(t)) break;
                any |= candidateFact(seg, t.text() + " " + m.surface(), WARNING_SIGN, effects, cue, false);
            }
            return any;
        }

        private boolean describesCondition(String clause) {
            return subjectMention(clause, finder.find(clause))
                    .filter(m -> lexicon.sameTopic(m.concept().id(), m.surface(), condition))
                    .isPresent();
        }

        private void readClause(Segment seg, Segment intro, String clause, List<Cue> found, Set<String> effects,
                boolean introAvoids) {
            // "never fall asleep with a heating pad on": the activity is advised against, not the pad.
            List<int[]> activities = new ArrayList<>();
            boolean stated = avoidedActivities(seg, clause, effects, activities);
            List<int[]> scopes = introAvoids ? List.of(new int[] {0, clause.length()}) : clauseCues.avoidScopes(clause);
            List<Mention> mentions = finder.find(clause).stream()
                    .filter(m -> activities.stream().noneMatch(a -> m.start() >= a[0] && m.end() <= a[1])).toList();
            String cue = found.stream().map(Cue::phrase).filter(p -> !p.isEmpty()).findFirst().orElse("");
            // An intro only announces its list: it states facts through cues, never through the intent alone.
            // "Is this serious?" asks about the question's condition; an answer that has turned to another
            // condition ("Pleurisy is inflammation of ...") describes that one: its signs are symptoms.
            boolean elsewhere = !q.conditionId().isEmpty() && !lexicon.related(condition, q.conditionId());
            String intent = seg.kind() == Segment.Kind.INTRO ? ""
                    : elsewhere && q.intent().id().equals(WHEN_TO_SEE_DOCTOR) ? SYMPTOMS_INTENT : q.intent().id();
            boolean compound = seg.kind().isItem() && isCompoundItem(clause, mentions, effects, intent);
            stated |= !compound && mentionFacts(seg, clause, mentions, effects, cue, intent, scopes);
            stated |= painTriggerFacts(seg, clause, mentions, effects, cue, intent);
            String candidateType = seg.kind().isItem() && !effects.contains(WARNING)
                    ? q.intent().candidateType()
                    : candidateTypes.forEffects(effects);
            // "you may notice a lump under the skin": what one notices is a symptom, named or not.
            for (CueFinder.Found f : cues.findAt(clause)) {
                if (!f.cue().effect().equals(SYMPTOM_EFFECT)) continue;
                String phrase = phrases.nounPhraseAfter(clause, f.end());
                boolean named = finder.find(phrase).stream().anyMatch(m -> rules.isA(m.concept().type(), SYMPTOM));
                if (!phrase.isEmpty() && !named) stated |= candidateFact(seg, phrase, SYMPTOM, effects, cue, false);
            }
            InlineListFinder.InlineList inline = inlineLists.list(clause);
            List<String> listItems = inline.items();
            // A list inside a sentence takes its kind from the cue nearest before it: in "comes from strain and
            // improves with rest, ice and a brace" the list is of treatments.
            String inlineType = seg.kind().isItem() ? candidateType : nearestCueType(clause, inline.start(), effects);
            for (String item : listItems) {
                if (!namesWholly(item, effects, intent)) stated |= candidateFact(seg, item, inlineType, effects, cue, false);
            }
            // "A sagging mattress, stomach sleeping and too little water are common triggers": a list as subject.
            if (!seg.kind().isItem()) {
                for (String item : subjectList(clause)) {
                    if (!namesWholly(item, effects, intent)) {
                        stated |= candidateFact(seg, item, candidateTypes.forEffects(effects), effects, cue, false);
                    }
                }
            }
            if (seg.kind().isItem() && !stated && (listItems.isEmpty() || compound) && noCondition(mentions)) {
                boolean clauseItems = intro != null && startsClause(intro.text());
                candidateFact(seg, clause, candidateType, effects, cue, clauseItems);
            }
        }

        /**
         * After "avoid" / "never" / "don't", an activity ("fall asleep with the pad on", "lifting or reaching
         * overhead") is what is advised against: each becomes a candidate unless the lexicon names it whole.
         * A verb that only takes an object ("take large doses of supplements") leaves the object. Spans of the
         * activities are returned so the concepts inside them are not advised against on their own.
         */
        private boolean avoidedActivities(Segment seg, String clause, Set<String> effects, List<int[]> spans) {
            boolean any = false;
            for (CueFinder.Found f : cues.findAt(clause)) {
                if (!f.cue().effect().equals(AVOID) || !clauseCues.addressesReader(clause, f.start())) continue;
                int from = f.end();
                String tail = phrases.untilClauseEnd(clause, from);
                for (PhraseFinder.Part part : phrases.coordinated(tail, from)) {
                    Optional<PhraseFinder.Part> activity = phrases.activity(part);
                    if (activity.isEmpty()) continue;
                    PhraseFinder.Part a = activity.get();
                    Optional<Concept> whole = lexicon.lookup(a.text());
                    if (whole.isPresent()) continue; // a named thing: the mention rules handle it
                    // "never nap face up on the sofa": the position named inside is what is advised against
                    if (finder.find(a.text()).stream().anyMatch(m -> rules.namesActivity(m.concept().type()))) continue;
                    if (candidateFact(seg, a.text(), candidateTypes.forEffects(Set.of(AVOID)), effects, f.cue().phrase(), false, true)) {
                        spans.add(new int[] {a.start(), a.end()});
                        any = true;
                    }
                }
            }
            return any;
        }

        /**
         * The symptom with the adjectives right before it ("sudden, gripping pain"), as the lexicon's concept
         * when it has one, else as a candidate narrower than the symptom; empty when nothing qualifies it.
         */
        private Optional<Concept> qualifiedSymptom(String clause, Mention m, List<Mention> mentions) {
            List<EnglishModels.Token> before = nlp.tokens(clause.substring(0, m.start()));
            int i = before.size() - 1;
            // a word that names a concept of its own is a list item ("swelling, redness"), not a qualifier
            while (i >= 0 && (isQualifier(before.get(i)) && !insideMention(before.get(i), mentions)
                    || before.get(i).text().equals(","))) i--;
            int first = i + 1;
            while (first < before.size() && before.get(first).text().equals(",")) first++;
            if (first >= before.size()) return Optional.empty();
            String words = clause.substring(before.get(first).start(), m.end()).replace(",", "");
            return narrower(words, m.concept(), m.concept().type());
        }

        /**
         * The concept a fuller wording of a mention names: the lexicon's when it has one (empty when that is
         * the mention's own concept), else a candidate of the given type, narrower than the mention's concept.
         */
        private Optional<Concept> narrower(String words, Concept mentioned, String type) {
            String label = names.singularLabel(names.candidateLabel(words, false));
            if (label.isEmpty()) return Optional.empty();
            Optional<Concept> known = lexicon.lookup(label);
            if (known.isPresent()) return known.get().id().equals(mentioned.id()) ? Optional.empty() : known;
            String id = names.candidateId(label);
            return id.isEmpty() ? Optional.empty()
                    : Optional.of(new Concept(id, label, type, List.of(), mentioned.bodyPart(), mentioned.id(), "", true));
        }

        private static boolean insideMention(EnglishModels.Token t, List<Mention> mentions) {
            return mentions.stream().anyMatch(x -> t.start() >= x.start() && t.end() <= x.end());
        }

        /**
         * A warning sign with the circumstance that follows it, up to the end of its phrase: "neck pain after
         * a fall or car accident", "weakness in an arm or hand"; empty when no preposition follows.
         */
        private Optional<Concept> circumstantialSign(String clause, Mention m) {
            List<EnglishModels.Token> after = nlp.tokens(clause.substring(m.end()));
            if (after.isEmpty() || !after.get(0).pos().equals("ADP") || after.get(0).text().equalsIgnoreCase("of")) {
                return Optional.empty();
            }
            int end = 0;
            for (EnglishModels.Token t : after) {
                if (t.text().matches("[,;:.!?()]") || t.pos().equals("SCONJ") || t.pos().equals("VERB") || t.pos().equals("AUX")) break;
                end = t.end();
            }
            String words = clause.substring(m.start(), m.end() + end);
            if (words.split("\\s+").length > InlineListFinder.MAX_ITEM_WORDS + 4) return Optional.empty();
            return narrower(words, m.concept(), WARNING_SIGN);
        }

        /** Whether the condition's name ends in the symptom's ("tension headache" and "headache"). */
        private boolean namedAfter(String conditionId, Concept symptom) {
            return lexicon.get(conditionId).map(c -> {
                var stems = lexicon.normalizer().stems(c.label());
                var own = lexicon.normalizer().key(symptom.label());
                return stems.size() > 1 && stems.get(stems.size() - 1).stem().equals(own);
            }).orElse(false);
        }

        /** A sentence that tells the reader how to act: it opens with a verb's base form ("Pull your toes ..."). */
        private boolean instructs(String clause) {
            List<EnglishModels.Token> t = nlp.tokens(clause);
            return !t.isEmpty() && t.get(0).pos().equals("VERB") && !t.get(0).text().toLowerCase(Locale.ROOT).endsWith("ing");
        }

        /** An adjective, or a participle used as one ("gripping", "shooting", "pulled"). */
        private boolean isQualifier(EnglishModels.Token t) {
            return t.pos().equals("ADJ") || t.pos().equals("VERB") && t.text().toLowerCase(Locale.ROOT).endsWith("ing");
        }

        /**
         * The items of a list that is the subject of a copula ("A, B and C are common triggers"), when a cue
         * follows the copula; none otherwise.
         */
        private List<String> subjectList(String clause) {
            List<EnglishModels.Token> tokens = nlp.tokens(clause);
            for (CueFinder.Found cue : cues.findAt(clause)) {
                // "are" right before the cue: "... are common triggers", "... are more likely to"
                int copula = -1;
                for (int i = 0; i < tokens.size() && tokens.get(i).start() < cue.start(); i++) {
                    if ("be".equals(tokens.get(i).lemmaOrText()) && tokens.get(i).pos().equals("AUX")) copula = i;
                }
                if (copula < 1 || clause.substring(tokens.get(copula).end(), cue.start()).strip().split("\\s+").length > 3) continue;
                String subject = clause.substring(0, tokens.get(copula).start());
                // "Sleeping with your head twisted is the most common reason": one activity as the subject
                boolean cause = cue.cue().effect().equals(CAUSE) || cue.cue().effect().equals(RISK);
                boolean gerundSubject = tokens.get(0).pos().equals("VERB") && tokens.get(0).text().toLowerCase(Locale.ROOT).endsWith("ing");
                if (!subject.contains(",") && cause && gerundSubject && subject.strip().split("\\s+").length <= 10) {
                    return List.of(subject.strip());
                }
                if (!subject.contains(",")) continue;
                List<String> items = new ArrayList<>();
                for (String part : subject.split(",")) {
                    for (PhraseFinder.Part p : phrases.coordinated(part, 0)) items.add(p.text());
                }
                boolean shortItems = items.stream().allMatch(x -> x.split("\\s+").length <= InlineListFinder.MAX_ITEM_WORDS + 2);
                if (items.size() >= 3 && shortItems) return items;
            }
            return List.of();
        }

        /** The candidate type of the cue that ends nearest before {@code at}, else of the clause's cues. */
        private String nearestCueType(String clause, int at, Set<String> effects) {
            if (at < 0) return candidateTypes.forEffects(effects);
            return cues(clause.substring(0, at)).stream()
                    .map(c -> candidateTypes.forEffects(Set.of(c.effect())))
                    .filter(t -> !t.isEmpty())
                    .reduce((first, second) -> second)
                    .orElse(candidateTypes.forEffects(effects));
        }

        /**
         * Whether the lexicon names the list item, not just a part of it: the mentions that fill a relation
         * cover most of its words ("chest pressure" is not named by "chest", "pain spreading to the jaw" not
         * by "pain").
         */
        private boolean namesWholly(String item, Set<String> effects, String intent) {
            int words = lexicon.normalizer().stems(item).size();
            int covered = 0;
            List<Mention> mentions = finder.find(item);
            for (Mention m : mentions) {
                if (rules.relation(effects, intent, m.concept().type()).isPresent()) {
                    covered += lexicon.normalizer().stems(m.surface()).size();
                }
            }
            return words > 0 && covered * 2 >= words || namedThenQualified(item, mentions, effects, intent);
        }

        /**
         * "Cat-cow stretches on all fours", "methocarbamol for up to a week": the item opens with a concept that
         * fills the relation, and what follows only qualifies it (a prepositional phrase).
         */
        private boolean namedThenQualified(String item, List<Mention> mentions, Set<String> effects, String intent) {
            if (mentions.isEmpty()) return false;
            Mention first = mentions.get(0);
            if (rules.relation(effects, intent, first.concept().type()).isEmpty()) return false;
            List<EnglishModels.Token> before = nlp.tokens(item.substring(0, first.start()));
            if (before.stream().anyMatch(t -> !t.pos().equals("DET") && !t.pos().equals("ADJ"))) return false;
            List<EnglishModels.Token> after = nlp.tokens(item.substring(first.end()));
            return !after.isEmpty() && after.get(0).pos().equals("ADP") && !after.get(0).text().equalsIgnoreCase("of");
        }

        /**
         * "Is swimming good for a stiff neck?" answered without a warning states that swimming helps; answered
         * "No ..." or with "avoid" / "not recommended" near it, that it is not recommended.
         */
        private void askedTreatmentFacts(List<Segment> segs) {
            for (Mention asked : finder.find(q.question().text())) {
                if (!rules.isA(asked.concept().type(), TREATMENT)) continue;
                // The first sentence that names it (a glued heading is a title, not a statement).
                Segment evidence = segs.stream()
                        .filter(sg -> sg.kind() != Segment.Kind.HEADING)
                        .filter(sg -> finder.find(sg.text()).stream().anyMatch(m -> m.concept().equals(asked.concept())))
                        .findFirst().orElse(segs.get(0));
                Set<String> effects = CueFinder.effects(cues(evidence.text()));
                boolean against = effects.contains(NOT_RECOMMENDED) || effects.contains(AVOID)
                        || startsWithNegation(segs.get(0).text());
                rules.relation(Set.of(against ? NOT_RECOMMENDED : TREATMENT_EFFECT), "", asked.concept().type())
                        .ifPresent(r -> add(evidence, r, asked.concept().id(), ""));
            }
        }

        /** Facts from the lexicon concepts the segment names; true when there was one. */
        private boolean mentionFacts(Segment seg, String clauseText, List<Mention> mentions, Set<String> effects, String cue,
                String intent, List<int[]> avoidScopes) {
            boolean any = false;
            for (Mention m : mentions) {
                Concept c = m.concept();
                boolean complaint = c.type().equals(CONDITION) && lexicon.isComplaint(c.id()) && !lexicon.related(c.id(), condition);
                if (!complaint && (c.id().equals(condition)
                        || c.type().equals(CONDITION) && lexicon.sameTopic(c.id(), m.surface(), condition))) {
                    // "calf cramps" says where the condition is; "muscle cramps" (broader) says nothing new.
                    if (lexicon.isSameOrBroader(c.id(), condition)) lexicon.distinctiveBodyPart(c.id())
                            .ifPresent(part -> add(seg, AFFECTS_BODY_PART, part, ""));
                    if (effects.contains(WARNING)) any |= modifiedConditionSigns(seg, clauseText, m, effects, cue);
                    continue;
                }
                // "stiffness at the base of the neck": a region of the condition's own body part, unless the
                // sentence instructs ("pull your toes toward your shin").
                if (c.type().equals(BODY_PART)) {
                    if (!seg.kind().isItem() && instructs(clauseText)) continue;
                    Optional<String> own = lexicon.get(condition).map(Concept::bodyPart).filter(p -> !p.isEmpty());
                    if (own.isPresent() && lexicon.isSameOrBroader(c.id(), own.get())) {
                        add(seg, AFFECTS_BODY_PART, c.id(), "");
                    } else if (locator.describes(effects, intent)
                            && (locator.namesParts(intent) || locator.placesComplaint(clauseText, m))) {
                        // "pain running from the lower back down the leg", in an answer that describes the condition
                        add(seg, AFFECTS_BODY_PART, c.id(), cue);
                    }
                    continue;
                }
                // "stiffness, with pain at the neck" names a complaint (neck pain) as a symptom.
                String type = complaint ? SYMPTOM : c.type();
                // "Rest the arm and avoid lifting": only what follows "avoid" is advised against.
                Set<String> here = new java.util.HashSet<>(effects);
                if (avoidScopes.stream().noneMatch(s -> m.start() >= s[0] && m.end() <= s[1])) here.remove(AVOID);
                Optional<String> relation = rules.relation(here, intent, type);
                if (relation.isEmpty()) continue;
                // "tension headache has symptom headache" says nothing: the condition is named after it.
                if (rules.isA(type, SYMPTOM) && namedAfter(condition, c)) continue;
                // "a sudden, gripping pain": the qualified symptom is what the page states, narrower than "pain";
                // a warning sign keeps its circumstance: "neck pain after a fall".
                Optional<Concept> qualified = !rules.isA(type, SYMPTOM) ? Optional.empty()
                        : relation.get().equals(WARNING_SIGN_RELATION) ? circumstantialSign(clauseText, m)
                        : complaint ? Optional.empty() : qualifiedSymptom(clauseText, m, mentions);
                if (qualified.isPresent()) {
                    candidates.putIfAbsent(qualified.get().id(), qualified.get());
                    add(seg, relation.get(), qualified.get().id(), cue);
                } else {
                    add(seg, relation.get(), c.id(), cue);
                }
                any = true;
            }
            return any;
        }

        /**
         * "It hurts when you bend, twist or get up from a chair": a pain for each movement, the lexicon's concept
         * ("pain when bending") or a candidate narrower than pain; a symptom, or a warning sign under a warning cue.
         */
        private boolean painTriggerFacts(Segment seg, String clause, List<Mention> mentions, Set<String> effects,
                String cue, String intent) {
            boolean any = false;
            // "pain travelling into your left arm or jaw": the lexicon's pains of those parts
            List<String> named = new ArrayList<>(); // labels stated, so "arm pain" is skipped after "left arm pain"
            List<String> sent = new ArrayList<>(painTriggers.painsSpreadingTo(clause, mentions));
            sent.addAll(partStates.states(clause, mentions)); // "your foot feels numb or weak"
            for (String name : sent) {
                Optional<Concept> known = lexicon.lookup(name).filter(c -> rules.isA(c.type(), SYMPTOM));
                if (known.isEmpty() || named.stream().anyMatch(l -> l.endsWith(" " + name))) continue;
                Optional<String> relation = rules.relation(effects, intent, known.get().type());
                if (relation.isEmpty()) continue;
                add(seg, relation.get(), known.get().id(), cue);
                named.add(name);
                any = true;
            }
            for (String name : painTriggers.painsWhen(clause)) {
                Optional<Concept> known = lexicon.lookup(name).filter(c -> rules.isA(c.type(), SYMPTOM));
                String type = known.map(Concept::type).orElse(SYMPTOM);
                Optional<String> relation = rules.relation(effects, intent, type);
                if (relation.isEmpty()) continue;
                String id = known.map(Concept::id).orElseGet(() -> names.candidateId(name));
                if (id.isEmpty()) continue;
                if (known.isEmpty()) {
                    String broader = lexicon.lookup("pain").map(Concept::id).orElse("");
                    candidates.putIfAbsent(id, new Concept(id, name, SYMPTOM, List.of(), "", broader, "", true));
                }
                add(seg, relation.get(), id, cue);
                any = true;
            }
            return any;
        }

        private boolean candidateFact(Segment seg, String text, String type, Set<String> effects, String cue,
                boolean dropLeadingVerb) {
            return candidateFact(seg, text, type, effects, cue, dropLeadingVerb, false);
        }

        /** @param activity the text is a verb phrase ("fall asleep with the pad switched on"), which may end in a particle */
        private boolean candidateFact(Segment seg, String text, String type, Set<String> effects, String cue,
                boolean dropLeadingVerb, boolean activity) {
            if (type.isEmpty()) return false;
            String label = names.singularLabel(names.candidateLabel(text, dropLeadingVerb, activity));
            if (label.isEmpty() || label.split("\\s+").length > MAX_CANDIDATE_WORDS) return false;
            Optional<String> relation = rules.relation(effects, q.intent().id(), type);
            if (relation.isEmpty()) return false;
            Optional<Concept> known = lexicon.lookup(label);
            // Words that name a lexicon concept of another kind ("a muscle") are not a new thing of this kind.
            if (known.isPresent() && rules.relation(effects, q.intent().id(), known.get().type()).isEmpty()) return false;
            String id = known.map(Concept::id).orElseGet(() -> names.candidateId(label));
            if (id.isEmpty()) return false;
            if (known.isEmpty()) candidates.putIfAbsent(id, Concept.candidate(id, label, specificType(text, type)));
            add(seg, relation.get(), id, cue);
            return true;
        }

        /** "Sitting upright in a supportive chair" under a treatment question is a position: the kind its parts share. */
        private String specificType(String text, String type) {
            Set<String> kinds = new java.util.HashSet<>();
            for (Mention m : finder.find(text)) {
                if (rules.isA(m.concept().type(), type)) kinds.add(m.concept().type());
            }
            return kinds.size() == 1 ? kinds.iterator().next() : type;
        }

        private void add(Segment seg, String relation, String objectId, String cue) {
            facts.add(new Fact(condition, relation, objectId, "", q.question(), seg.text(), seg.line(), cue));
        }

        /**
         * The condition a segment talks about: the current one, unless the segment's subject (a condition
         * named before its first verb) is another condition. A list item follows its intro.
         */
        private String subjectCondition(Segment seg, List<Mention> mentions) {
            if (seg.intro() >= 0 || seg.kind().isItem()) return condition; // a list item never changes the subject
            Optional<String> topic = repeatedSymptomTopic(seg, mentions);
            if (topic.isPresent()) return topic.get();
            Optional<Mention> subject = subjectMention(seg.text(), mentions);
            if (subject.isEmpty()) {
                // "Blepharospasm is a rare nerve disorder ...": an answer about a condition the lexicon lacks
                Optional<Concept> defined = definedConditions.defined(seg.text());
                defined.ifPresent(c -> candidates.putIfAbsent(c.id(), c));
                return defined.map(Concept::id).orElse(condition);
            }
            Mention m = subject.get();
            String id = m.concept().id();
            if (!condition.isEmpty() && lexicon.sameTopic(id, m.surface(), condition)) return condition;
            if (!q.conditionId().isEmpty() && lexicon.sameTopic(id, m.surface(), q.conditionId())) return q.conditionId();
            return id;
        }
    }

    /**
     * A symptom that is a sentence's subject, named again in the same sentence with a warning cue, is what
     * the answer now talks about: "If numbness spreads ..., that is when numbness needs a
     * doctor's look." The warning signs after it are that symptom's.
     */
    private Optional<String> repeatedSymptomTopic(Segment seg, List<Mention> mentions) {
        Optional<Mention> subject = subjectMention(seg.text(), mentions, SYMPTOM);
        if (subject.isEmpty()) return Optional.empty();
        String id = subject.get().concept().id();
        long times = mentions.stream().filter(m -> m.concept().id().equals(id)).count();
        boolean warns = cues.find(seg.text()).stream().anyMatch(c -> c.effect().equals(WARNING));
        return times >= 2 && warns ? Optional.of(id) : Optional.empty();
    }

    private Optional<Mention> subjectMention(String text, List<Mention> mentions) {
        return subjectMention(text, mentions, CONDITION);
    }

    /**
     * The condition that is the sentence's subject: its first noun phrase, before the first verb
     * ("Tension headaches often fade ...", "If a tendon tear is suspected ..."); not one named later or
     * after another noun ("A sudden jolt such as whiplash can ...").
     */
    private Optional<Mention> subjectMention(String text, List<Mention> mentions, String type) {
        Optional<Mention> first = mentions.stream().filter(m -> m.concept().type().equals(type)).findFirst();
        if (first.isEmpty()) return first;
        for (EnglishModels.Token t : nlp.tokens(text)) {
            if (t.start() >= first.get().start()) return first;
            if (t.pos().equals("VERB") || t.pos().equals("AUX") || t.pos().equals("NOUN") || t.pos().equals("PROPN")) {
                return Optional.empty();
            }
        }
        return first;
    }

    /**
     * A list item that names one thing through several concepts ("Sitting in a chair with a cushion behind
     * your knees") rather than several things ("yoga and tai chi"): two or more mentions that
     * would each fill the relation, with no "and", "or" or comma between them.
     */
    private boolean isCompoundItem(String text, List<Mention> mentions, Set<String> effects, String intent) {
        List<Mention> things = mentions.stream()
                .filter(m -> rules.relation(effects, intent, m.concept().type()).isPresent()).toList();
        if (things.size() < 2) return false;
        for (int i = 1; i < things.size(); i++) {
            int from = things.get(i - 1).end();
            String between = text.substring(Math.min(from, things.get(i).start()), Math.max(from, things.get(i).start()));
            if (between.contains(",") || between.matches("(?i).*\\b(and|or|such as|like|including)\\b.*")) return false;
        }
        return true;
    }

    /** An answer that opens with a negation ("No.", "Not usually") says the asked thing does not help. */
    private boolean startsWithNegation(String text) {
        List<EnglishModels.Token> tokens = nlp.tokens(text);
        if (tokens.isEmpty()) return false;
        if (isNegation(tokens.get(0).text())) return true;
        // "For most people, no:", "Usually not, ...": a short lead-in, then the negation closing its phrase
        for (int i = 1; i + 1 < tokens.size() && i < 5; i++) {
            if (isNegation(tokens.get(i).text()) && tokens.get(i + 1).text().matches("[,:;.]")) return true;
        }
        return false;
    }

    private boolean isNegation(String word) {
        return cues.find(word).stream().anyMatch(c -> c.effect().equals(NEGATION));
    }

    private static boolean noCondition(List<Mention> mentions) {
        return mentions.stream().noneMatch(m -> m.concept().type().equals(CONDITION));
    }

    /**
     * An intro that is a conditional clause ("ring the GP when the pain:") makes its items the rest
     * of that clause, so they start with a verb ("Bring on severe cramps").
     */
    private boolean startsClause(String intro) {
        return nlp.tokens(intro).stream().anyMatch(t -> t.pos().equals("SCONJ"));
    }

    /** A statement made twice keeps both pieces of evidence; the same evidence twice is one fact. */
    private static List<Fact> dedupe(List<Fact> facts) {
        Map<String, Fact> out = new LinkedHashMap<>();
        for (Fact f : facts) {
            if (f.conditionId().isEmpty()) continue;
            out.putIfAbsent(f.statementKey() + "\n" + f.line() + "\n" + f.evidence(), f);
        }
        return new ArrayList<>(out.values());
    }
}
