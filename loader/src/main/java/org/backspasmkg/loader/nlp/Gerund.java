package org.backspasmkg.loader.nlp;

import java.util.Locale;

/**
 * The -ing form of an English verb, by the regular spelling rules: an imperative list item ("Sleep propped up on
 * pillows") is named as the activity it advises ("sleeping propped up on pillows"). Irregular spellings are rare
 * for -ing forms; the rules below cover them except stress-dependent doubling, which only one-syllable verbs get.
 */
public final class Gerund {
    private static final String VOWELS = "aeiou";

    private Gerund() {
    }

    public static String of(String verb) {
        String v = verb.toLowerCase(Locale.ROOT);
        if (v.isEmpty() || v.endsWith("ing")) return v;
        if (v.endsWith("ie")) return v.substring(0, v.length() - 2) + "ying"; // lie -> lying
        if (v.endsWith("ee") || v.endsWith("ye") || v.endsWith("oe") || v.equals("be")) return v + "ing";
        if (v.endsWith("e") && v.length() > 2) return v.substring(0, v.length() - 1) + "ing"; // move -> moving
        if (doublesLastConsonant(v)) return v + v.charAt(v.length() - 1) + "ing"; // sit -> sitting
        return v + "ing";
    }

    /** One vowel group followed by one consonant (not w, x or y): "sit", "stop", "rub"; not "rest" or "visit". */
    private static boolean doublesLastConsonant(String v) {
        int n = v.length();
        if (n < 3) return false;
        char last = v.charAt(n - 1);
        char before = v.charAt(n - 2);
        char first = v.charAt(n - 3);
        if (isVowel(last) || "wxy".indexOf(last) >= 0 || !isVowel(before) || isVowel(first)) return false;
        int groups = 0;
        boolean inVowel = false;
        for (char c : v.toCharArray()) {
            boolean vowel = isVowel(c);
            if (vowel && !inVowel) groups++;
            inVowel = vowel;
        }
        return groups == 1;
    }

    private static boolean isVowel(char c) {
        return VOWELS.indexOf(c) >= 0;
    }
}
