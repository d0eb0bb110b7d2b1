package org.backspasmkg.loader.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.backspasmkg.loader.nlp.EnglishModels;
import org.backspasmkg.loader.nlp.Gerund;
import org.backspasmkg.loader.nlp.Normalizer;

/** Names candidate concepts from the page's words: a readable label and a stable id. */
final class CandidateNames {
    /** Parts of speech that cannot end the name of a thing. */
    private static final Set<String> NOT_A_NAME_END =
            Set.of("PRON", "AUX", "ADP", "DET", "CCONJ", "SCONJ", "PART", "ADV", "PUNCT");

    private final EnglishModels nlp;

    CandidateNames(EnglishModels nlp) {
        this.nlp = nlp;
    }

    /**
     * The item as a label: lower case (acronyms kept), quotes removed, no final punctuation; leading verbs
     * dropped for items that continue a clause ("Cause severe discomfort" names "severe discomfort").
     * Empty when what is left does not name a thing (a pronoun, a clause).
     */
    String candidateLabel(String text, boolean dropLeadingVerb) {
        return candidateLabel(text, dropLeadingVerb, false);
    }

    String candidateLabel(String text, boolean dropLeadingVerb, boolean activity) {
        String t = Normalizer.fold(text).replace("\"", "").strip().replaceAll("[.;:,!?\\s]+$", "");
        List<EnglishModels.Token> tokens = nlp.tokens(t);
        if (tokens.isEmpty()) return "";
        int from = 0;
        while (from < tokens.size() && isFunctionWord(tokens.get(from), dropLeadingVerb)) from++;
        if (from == tokens.size()) return "";
        // The name ends before a clause that qualifies it: "sleep propped up on pillows | if lying flat hurts",
        // "hard, repeated coughing | that goes on for days".
        int end = tokens.size();
        for (int i = from + 2; i < tokens.size(); i++) {
            if (startsQualifyingClause(tokens.get(i))) {
                end = i;
                break;
            }
        }
        if (end < tokens.size()) {
            t = t.substring(0, tokens.get(end - 1).end()).replaceAll("[.;:,!?\\s]+$", "");
            tokens = tokens.subList(0, end);
        }
        EnglishModels.Token last = tokens.get(tokens.size() - 1);
        // POS tags of a lone fragment are unreliable ("strains" as a verb), so only reject clear non-names.
        if (!activity && NOT_A_NAME_END.contains(last.pos())) return "";
        // a lone adjective ("sharp" split off "a sharp, catching pain") describes a thing but names none
        if (from == tokens.size() - 1 && last.pos().equals("ADJ")) return "";
        // An imperative names the activity it advises: "Sleep propped up on pillows" is "sleeping propped up on
        // pillows", "Get up and move" is "getting up and moving".
        // only where an imperative stands: at the start of an item ("Keep the covers loose") or an activity
        // after "don't"; not inside a noun phrase ("a tender ridge")
        boolean imperative = activity || from == 0 && Character.isUpperCase(t.charAt(tokens.get(0).start()));
        if (imperative) t = gerunds(t, tokens, from);
        tokens = nlp.tokens(t);
        from = Math.min(from, tokens.size() - 1);
        StringBuilder sb = new StringBuilder();
        for (String w : t.substring(tokens.get(from).start()).split("\\s+")) {
            if (sb.length() > 0) sb.append(' ');
            sb.append(w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT)) ? w : w.toLowerCase(Locale.ROOT));
        }
        return sb.toString();
    }

    /** The text with the leading verb, and verbs joined to it by "and"/"or", in their -ing form. */
    private static String gerunds(String t, List<EnglishModels.Token> tokens, int from) {
        // a lone word ("wind" in a list of triggers) is more likely a noun than an imperative
        if (tokens.size() - from < 2 || !isBaseVerb(tokens.get(from)) || inCompound(t, tokens.get(from))) return t;
        StringBuilder out = new StringBuilder(t);
        List<EnglishModels.Token> verbs = new java.util.ArrayList<>(List.of(tokens.get(from)));
        for (int i = from + 2; i < tokens.size(); i++) {
            String w = tokens.get(i - 1).text().toLowerCase(Locale.ROOT);
            if ((w.equals("and") || w.equals("or")) && isBaseVerb(tokens.get(i)) && !inCompound(t, tokens.get(i))) {
                verbs.add(tokens.get(i));
            }
        }
        for (int i = verbs.size() - 1; i >= 0; i--) { // from the end, so offsets stay valid
            EnglishModels.Token v = verbs.get(i);
            out.replace(v.start(), v.end(), Gerund.of(v.text()));
        }
        return out.toString();
    }

    /** "sit-ups": a word joined by a hyphen is part of a compound noun, not a verb. */
    private static boolean inCompound(String t, EnglishModels.Token v) {
        return v.end() < t.length() && t.charAt(v.end()) == '-' || v.start() > 0 && t.charAt(v.start() - 1) == '-';
    }

    private static boolean isBaseVerb(EnglishModels.Token t) {
        String w = t.text().toLowerCase(Locale.ROOT);
        // tags of a lone fragment are unreliable: "weakness" or "sit-ups" may come tagged as verbs
        return t.pos().equals("VERB") && w.equals(t.lemmaOrText()) && w.matches("[a-z]+")
                && !w.matches(".*(ing|ed|ness|ment|tion|sion|ity|ance|ence)");
    }

    /** A subordinating conjunction ("if", "because", "so") or a relative pronoun ("that", "which", "who"). */
    private static boolean startsQualifyingClause(EnglishModels.Token t) {
        String w = t.text().toLowerCase(Locale.ROOT);
        return t.pos().equals("SCONJ") && !w.equals("than") && !w.equals("as") && !w.equals("like")
                || t.pos().equals("PRON") && (w.equals("that") || w.equals("which") || w.equals("who"));
    }

    private static boolean isFunctionWord(EnglishModels.Token t, boolean dropVerbs) {
        String pos = t.pos();
        boolean gerund = t.text().toLowerCase(Locale.ROOT).endsWith("ing");
        return (dropVerbs && pos.equals("VERB") && !gerund) || pos.equals("AUX") || pos.equals("PRON")
                || pos.equals("SCONJ") || pos.equals("CCONJ") || pos.equals("DET");
    }

    /** A stable id from the label's words with nouns in singular form, so "belts" and "belt" merge. */
    String candidateId(String label) {
        StringBuilder sb = new StringBuilder();
        for (EnglishModels.Token t : nlp.tokens(label)) {
            String w = singular(t).replaceAll("[^a-z0-9]+", "");
            if (w.isEmpty()) continue;
            if (sb.length() > 0) sb.append('-');
            sb.append(w);
        }
        return sb.toString();
    }

    /**
     * A plural noun in singular form ("belts", "knees"), trusting the lemmatizer only where it just drops
     * an -s or -es ("pelvis" and "abdomen" stay as written).
     */
    private static String singular(EnglishModels.Token t) {
        String w = t.text().toLowerCase(Locale.ROOT);
        String lemma = t.lemmaOrText();
        boolean plural = "NOUN".equals(t.pos()) && lemma.length() >= 3 && !w.endsWith("ss") && !w.endsWith("is")
                && !w.endsWith("us") && (w.equals(lemma + "s") || w.equals(lemma + "es"));
        return plural ? lemma : w;
    }

    /** The label with plural nouns in singular form, as a lexicon entry would name it. */
    String singularLabel(String label) {
        StringBuilder sb = new StringBuilder(label);
        List<EnglishModels.Token> tokens = nlp.tokens(label);
        for (int i = tokens.size() - 1; i >= 0; i--) {
            EnglishModels.Token t = tokens.get(i);
            String s = singular(t);
            if (!s.equals(t.text().toLowerCase(Locale.ROOT))) sb.replace(t.start(), t.end(), s);
        }
        return sb.toString();
    }
}
