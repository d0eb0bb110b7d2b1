package org.backspasmkg.loader.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.backspasmkg.loader.nlp.Normalizer.Stem;

/**
 * Finds lexicon concepts in a text by greedy longest match over word stems. A condition named by a body
 * part and a general term ("spasm in your back", "back muscle spasm") is resolved to the lexicon's
 * compound concept ("back spasm") when the lexicon has one.
 */
public final class MentionFinder {
    private final Lexicon lexicon;

    public MentionFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    public List<Mention> find(String text) {
        // An aside in parentheses ("a herniated (slipped) disc") is read on its own, not inside the phrase.
        List<Stem> all = lexicon.normalizer().stems(text);
        List<int[]> asides = parentheses(text);
        List<Stem> stems = all.stream().filter(st -> asides.stream().noneMatch(p -> st.start() > p[0] && st.end() <= p[1])).toList();
        List<Mention> out = new ArrayList<>(match(stems, text));
        for (int[] p : asides) {
            List<Stem> inside = all.stream().filter(st -> st.start() > p[0] && st.end() <= p[1]).toList();
            out.addAll(match(inside, text));
        }
        out.sort(java.util.Comparator.comparingInt(Mention::start));
        return composeBodyPartConditions(withoutSidesOfParts(withoutOverlaps(coordinated(out, text)), text), text);
    }

    /**
     * "a cramp in the back of the thigh": a part (or a complaint named by one) followed by "of" and another
     * body part names a side of that part, not a place of its own, so it is dropped.
     */
    private List<Mention> withoutSidesOfParts(List<Mention> mentions, String text) {
        List<Mention> out = new ArrayList<>(mentions);
        for (int k = 0; k + 1 < mentions.size(); k++) {
            Mention m = mentions.get(k);
            Mention next = mentions.get(k + 1);
            // the part itself, or a complaint worded with the part last ("cramp in the back")
            String[] words = m.surface().split("\\s+");
            boolean located = isBodyPart(m) || lexicon.lookup(words[words.length - 1])
                    .filter(c -> c.type().equals("BodyPart")).isPresent();
            if (located && isBodyPart(next) && next.start() >= m.end()
                    && text.substring(m.end(), next.start()).matches("(?i)\\s+of\\s+((the|your|one|each|both)\\s+)?")) {
                out.remove(m);
            }
        }
        return out;
    }

    /** Mentions in text order that never overlap: of two that do, the longer one stays (the earlier on a tie). */
    private static List<Mention> withoutOverlaps(List<Mention> sorted) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : sorted) {
            Mention last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last == null || m.start() >= last.end()) {
                out.add(m);
            } else if (m.end() - m.start() > last.end() - last.start()) {
                out.set(out.size() - 1, m);
            }
        }
        return out;
    }

    /**
     * "the left or right shoulder": a phrase of the lexicon ("right shoulder") after "X or" / "X and" also names
     * "X back" when the lexicon has it.
     */
    private List<Mention> coordinated(List<Mention> mentions, String text) {
        List<Mention> out = new ArrayList<>(mentions);
        java.util.regex.Pattern before = java.util.regex.Pattern.compile("(\\p{L}+)\\s+(?:or|and)\\s+$");
        for (Mention m : mentions) {
            String[] words = m.surface().split("\\s+");
            if (words.length < 2) continue;
            java.util.regex.Matcher x = before.matcher(text.substring(0, m.start()));
            if (!x.find()) continue;
            String rest = m.surface().substring(words[0].length());
            // "left or right shoulder"; "tired or tight muscles" (a cause beside a symptom): any kind but a body
            // part standing for a complaint
            Optional<Concept> named = lexicon.lookup(x.group(1) + rest)
                    .filter(c -> !c.id().equals(m.concept().id())
                            && c.type().equals("BodyPart") == m.concept().type().equals("BodyPart"));
            if (named.isPresent()) {
                // spans only the word "upper", so mentions never overlap
                out.add(new Mention(named.get(), x.start(1), x.end(1), x.group(1)));
                continue;
            }
            // "feet and toes cramp": the body part before "and" has the complaint too (a foot cramp), found
            // through the part's own names ("feet" is the foot)
            if (!m.concept().type().equals("Condition")) continue;
            for (int i = 0; i < out.size(); i++) {
                Mention p = out.get(i);
                if (!isBodyPart(p) || p.end() != x.end(1)) continue;
                Optional<Concept> c = compound(p.concept(), m.concept()).filter(k -> !k.id().equals(m.concept().id()));
                if (c.isPresent()) out.set(i, new Mention(c.get(), p.start(), p.end(), p.surface()));
            }
        }
        out.sort(java.util.Comparator.comparingInt(Mention::start));
        return out;
    }

    private static List<int[]> parentheses(String text) {
        List<int[]> out = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(' && open < 0) open = i;
            else if (c == ')' && open >= 0) {
                out.add(new int[] {open, i});
                open = -1;
            }
        }
        return out;
    }

    private List<Mention> match(List<Stem> stems, String text) {
        List<Mention> out = new ArrayList<>();
        int i = 0;
        while (i < stems.size()) {
            Mention best = null;
            int bestLen = 0;
            for (int len = Math.min(lexicon.longestPhrase(), stems.size() - i); len >= 1; len--) {
                Optional<Concept> c = lexicon.lookupKey(keyOf(stems, i, len));
                if (c.isPresent()) {
                    int s = stems.get(i).start();
                    int e = stems.get(i + len - 1).end();
                    best = new Mention(c.get(), s, e, text.substring(s, e));
                    bestLen = len;
                    break;
                }
            }
            if (best != null) {
                out.add(best);
                i += bestLen;
            } else {
                i++;
            }
        }
        return out;
    }

    private List<Mention> composeBodyPartConditions(List<Mention> mentions, String text) {
        List<Mention> out = new ArrayList<>(mentions);
        for (int k = 0; k + 1 < out.size(); k++) {
            Mention a = out.get(k);
            Mention b = out.get(k + 1);
            Mention cond = isConditionLike(a) ? a : isConditionLike(b) ? b : null;
            Mention part = isBodyPart(a) ? a : isBodyPart(b) ? b : null;
            if (cond == null || part == null || cond == part || b.start() < a.end()) continue;
            List<String> between = lexicon.normalizer().stems(text.substring(a.end(), b.start())).stream()
                    .map(org.backspasmkg.loader.nlp.Normalizer.Stem::stem).toList();
            // "shoulder strain", or "strain in/of the shoulder"; not "injuries to the muscles"
            if (text.substring(a.end(), b.start()).matches(".*[,;:.!?()].*")) continue; // across punctuation: a list
            boolean joined = between.isEmpty() && part == a || cond == a && between.size() == 1
                    && (between.get(0).equals("in") || between.get(0).equals("of"));
            if (!joined) continue;
            Optional<Concept> known = compound(part.concept(), cond.concept());
            // Only a condition not already located ("spasm", "strain") takes a body part to make a new one;
            // "a herniated disc in the lower spine" is the herniated disc.
            if (known.isEmpty() && !locatable(cond.concept())) continue;
            Concept compound = known.orElseGet(() -> mint(part, cond.concept()));
            if (compound.candidate()) lexicon.remember(compound);
            out.set(k, new Mention(compound, a.start(), b.end(), text.substring(a.start(), b.end())));
            out.remove(k + 1);
            // "feet and toes cramp": the complaint is also the first part's ("foot cramp")
            if (part == a && k > 0 && isBodyPart(out.get(k - 1))
                    && text.substring(out.get(k - 1).end(), a.start()).matches("\\s+(?:and|or)\\s+")) {
                Mention first = out.get(k - 1);
                Concept other = compound(first.concept(), cond.concept())
                        .orElseGet(() -> locatable(cond.concept()) ? mint(first, cond.concept()) : null);
                if (other != null) {
                    if (other.candidate()) lexicon.remember(other);
                    out.set(k - 1, new Mention(other, first.start(), first.end(), first.surface()));
                }
            }
        }
        return out;
    }

    private Optional<Concept> compound(Concept part, Concept condition) {
        List<String> partNames = names(part);
        for (String p : partNames) {
            for (String c : names(condition)) {
                Optional<Concept> hit = lexicon.lookup(p + " " + c);
                if (hit.isPresent() && hit.get().type().equals("Condition")) return hit;
                String[] words = c.split("\\s+");
                hit = lexicon.lookup(p + " " + words[words.length - 1]);
                if (hit.isPresent() && hit.get().type().equals("Condition")) return hit;
            }
        }
        return Optional.empty();
    }

    /**
     * A condition the lexicon lacks, named from its parts: "pulled a muscle in my shoulder" is a shoulder
     * strain, a candidate narrower than the muscle strain, located in the shoulder. The label uses the body
     * part's preferred name; the page's own wording of the part ("rib muscle spasm" for the intercostal
     * muscle) is kept as an alternative label, so readers and queries find the name the page used.
     */
    private static Concept mint(Mention partMention, Concept condition) {
        Concept part = partMention.concept();
        String[] words = condition.label().split("\\s+");
        String head = words[words.length - 1];
        String label = part.label() + " " + head;
        String id = (part.id() + "-" + head).toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        String pageWording = partMention.surface().strip().toLowerCase(java.util.Locale.ROOT) + " " + head;
        List<String> synonyms = pageWording.equals(label) || !pageWording.matches("[\\p{L}' -]+")
                ? List.of() : List.of(pageWording);
        return new Concept(id, label, "Condition", synonyms, part.id(), condition.id(), "", true);
    }

    private boolean locatable(Concept condition) {
        // "pinched nerve" ends in a body part, not in the name of a complaint: "a nerve in the back" is no condition
        String[] words = condition.label().split("\\s+");
        if (lexicon.lookup(words[words.length - 1]).filter(c -> c.type().equals("BodyPart")).isPresent()) return false;
        if (condition.bodyPart().isEmpty()) return true;
        return lexicon.get(condition.bodyPart()).map(p -> p.broader().isEmpty()).orElse(true);
    }

    private static List<String> names(Concept c) {
        List<String> n = new ArrayList<>();
        n.add(c.label());
        n.addAll(c.synonyms());
        return n;
    }

    /** A condition, or a cause listed in condition-heads.txt ("strain") that names one with a body part. */
    private boolean isConditionLike(Mention m) {
        return m.concept().type().equals("Condition") || lexicon.isConditionHead(m.concept().id());
    }

    private static boolean isBodyPart(Mention m) {
        return m.concept().type().equals("BodyPart");
    }

    private static String keyOf(List<Stem> stems, int from, int len) {
        StringBuilder sb = new StringBuilder();
        for (int j = from; j < from + len; j++) {
            if (j > from) sb.append(' ');
            sb.append(stems.get(j).stem());
        }
        return sb.toString();
    }
}
