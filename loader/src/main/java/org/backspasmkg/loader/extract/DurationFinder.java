package org.backspasmkg.loader.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.backspasmkg.loader.lexicon.TsvTable;
import org.backspasmkg.loader.nlp.Normalizer;

/**
 * Finds a recovery time such as "within six weeks" or "in 2 to 3 days" and gives it as an ISO 8601
 * xsd:duration (P42D for six weeks, as xsd:duration has no week designator; the upper bound of a range). Number and unit words come from data/lexicon/durations.tsv,
 * the words that must precede them from data/lexicon/recovery-cues.tsv.
 */
public final class DurationFinder {
    public static final String FILE = "durations.tsv";
    public static final String CUES_FILE = "recovery-cues.tsv";

    private final Map<String, Integer> numbers;
    private final Map<String, String> units;
    private final Pattern pattern;

    private DurationFinder(Map<String, Integer> numbers, Map<String, String> units, List<String> lead) {
        this.numbers = Map.copyOf(numbers);
        this.units = Map.copyOf(units);
        String num = "(?:\\d+|" + String.join("|", numbers.keySet().stream().sorted((a, b) -> b.length() - a.length()).toList()) + ")";
        String unit = "(" + String.join("|", units.keySet()) + ")s?";
        String leads = String.join("|", lead.stream().map(Pattern::quote).toList());
        this.pattern = Pattern.compile("\\b(?:" + leads + ")\\s+(?:a |about |around |roughly |up to )?(?:(" + num
                + ")\\s+(?:to|or|-)\\s+)?(" + num + ")\\s+(?:of\\s+)?" + unit + "\\b", Pattern.CASE_INSENSITIVE);
    }

    public static DurationFinder read(Path dir, String displayDir) {
        Map<String, Integer> numbers = new HashMap<>();
        Map<String, String> units = new HashMap<>();
        for (TsvTable.Row row : TsvTable.read(dir.resolve(FILE), displayDir + "/" + FILE, "kind", "word", "value").rows()) {
            String word = row.required("word").toLowerCase();
            if (row.required("kind").equals("number")) numbers.put(word, Integer.parseInt(row.required("value")));
            else units.put(word, row.required("value"));
        }
        List<String> lead = new ArrayList<>();
        for (TsvTable.Row row : TsvTable.read(dir.resolve(CUES_FILE), displayDir + "/" + CUES_FILE, "phrase").rows()) {
            lead.add(row.required("phrase").toLowerCase());
        }
        return new DurationFinder(numbers, units, lead);
    }

    /** The first recovery time stated in the text. */
    public Optional<String> find(String text) {
        Matcher m = pattern.matcher(Normalizer.fold(text).toLowerCase());
        if (!m.find()) return Optional.empty();
        int value = number(m.group(2));
        String designator = units.get(m.group(3).toLowerCase());
        if (value <= 0 || designator == null) return Optional.empty();
        Matcher multiplied = Pattern.compile("(\\d+)(\\D+)").matcher(designator);
        if (multiplied.matches()) {
            value *= Integer.parseInt(multiplied.group(1));
            designator = multiplied.group(2);
        }
        return Optional.of(designator.startsWith("T") ? "PT" + value + designator.substring(1) : "P" + value + designator);
    }

    private int number(String s) {
        if (s.chars().allMatch(Character::isDigit)) return Integer.parseInt(s);
        return numbers.getOrDefault(s.toLowerCase(), -1);
    }
}
