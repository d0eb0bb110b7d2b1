package org.backspasmkg.loader.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.backspasmkg.loader.diag.LoaderException;
import org.backspasmkg.loader.lexicon.TsvTable;
import org.backspasmkg.loader.nlp.Normalizer;

/**
 * Finds a recovery time such as "within three weeks" or "in 2 to 3 days" and gives it as an ISO 8601
 * xsd:duration (P21D for three weeks, as xsd:duration has no week designator; the upper bound of a range). Number and unit words come from data/lexicon/durations.tsv,
 * the words that must precede them from data/lexicon/recovery-cues.tsv.
 */
public final class DurationFinder {
    public static final String FILE = "durations.tsv";
    public static final String CUES_FILE = "recovery-cues.tsv";

    private final Map<String, Integer> numbers;
    private final Map<String, String> units;
    private final Pattern pattern;

    private DurationFinder(Map<String, Integer> numbers, Map<String, String> units, List<String> lead,
            List<String> fillers, List<String> ranges) {
        this.numbers = Map.copyOf(numbers);
        this.units = Map.copyOf(units);
        // At most three digits: recovery times are days to years, and the value must not overflow.
        String num = "(?:\\d{1,3}|" + alternatives(numbers.keySet()) + ")";
        String unit = "(" + alternatives(units.keySet()) + ")s?";
        String filler = fillers.isEmpty() ? "" : "(?:(?:" + alternatives(fillers) + ")\\s+)?";
        // group 1: the lower end of a range (kept as a group even when no range words are configured)
        String range = ranges.isEmpty() ? "()?" : "(?:(" + num + ")\\s*(?:" + alternatives(ranges) + ")\\s*)?";
        this.pattern = lead.isEmpty() || units.isEmpty() ? Pattern.compile("(?!)") // nothing to find
                : Pattern.compile("\\b(?:" + alternatives(lead) + ")\\s+" + filler + range + "(" + num + ")\\s+(?:of\\s+)?"
                        + unit + "\\b", Pattern.CASE_INSENSITIVE);
    }

    /** Longest first, so "a few" is tried before "a". */
    private static String alternatives(java.util.Collection<String> words) {
        return String.join("|", words.stream().sorted((a, b) -> b.length() - a.length()).map(Pattern::quote).toList());
    }

    public static DurationFinder read(Path dir, String displayDir) {
        Map<String, Integer> numbers = new HashMap<>();
        Map<String, String> units = new HashMap<>();
        List<String> fillers = new ArrayList<>();
        List<String> ranges = new ArrayList<>();
        for (TsvTable.Row row : TsvTable.read(dir.resolve(FILE), displayDir + "/" + FILE, "kind", "word", "value").rows()) {
            String word = row.required("word").toLowerCase();
            switch (row.required("kind")) {
                case "number" -> numbers.put(word, integer(row));
                case "unit" -> {
                    if (!row.required("value").matches("\\d{0,3}(D|M|Y|TH|TM)")) {
                        throw new LoaderException(row.location(), "unit value must be D, M, Y, TH or TM, optionally after a multiplier (7D)");
                    }
                    units.put(word, row.required("value"));
                }
                case "filler" -> fillers.add(word);
                case "range" -> ranges.add(word);
                default -> throw new LoaderException(row.location(), "kind must be number, unit, filler or range");
            }
        }
        List<String> lead = new ArrayList<>();
        for (TsvTable.Row row : TsvTable.read(dir.resolve(CUES_FILE), displayDir + "/" + CUES_FILE, "phrase").rows()) {
            lead.add(row.required("phrase").toLowerCase());
        }
        return new DurationFinder(numbers, units, lead, fillers, ranges);
    }

    private static int integer(TsvTable.Row row) {
        try {
            return Integer.parseInt(row.required("value"));
        } catch (NumberFormatException e) {
            throw new LoaderException(row.location(), "value must be a whole number, not \"" + row.get("value") + "\"");
        }
    }

    /**
     * The recovery time stated in the text: of several durations, the longest ("peaks at around 48 hours and
     * fades within about five days" recovers in five days).
     */
    public Optional<String> find(String text) {
        Matcher m = pattern.matcher(Normalizer.fold(text).toLowerCase());
        String best = null;
        double bestHours = -1;
        while (m.find()) {
            Optional<String> d = duration(m);
            if (d.isEmpty()) continue;
            double hours = approximateHours(d.get());
            if (hours > bestHours) {
                best = d.get();
                bestHours = hours;
            }
        }
        return Optional.ofNullable(best);
    }

    private Optional<String> duration(Matcher m) {
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

    /** Only to compare durations: a month as 30 days, a year as 365. */
    private static double approximateHours(String duration) {
        Matcher m = Pattern.compile("P(T?)(\\d+)([YMDHS])").matcher(duration);
        if (!m.matches()) return 0;
        double v = Double.parseDouble(m.group(2));
        boolean time = !m.group(1).isEmpty();
        return switch (m.group(3)) {
            case "Y" -> v * 365 * 24;
            case "M" -> time ? v / 60 : v * 30 * 24;
            case "D" -> v * 24;
            case "H" -> v;
            default -> v / 3600;
        };
    }

    private int number(String s) {
        if (s.chars().allMatch(Character::isDigit)) return Integer.parseInt(s);
        return numbers.getOrDefault(s.toLowerCase(), -1);
    }
}
