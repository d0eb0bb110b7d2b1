package org.backspasmkg.loader.classify;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.backspasmkg.loader.diag.LoaderException;
import org.backspasmkg.loader.lexicon.TsvTable;
import org.backspasmkg.loader.nlp.Normalizer;

/** Gives a question its intent from the ordered patterns of data/lexicon/intents.tsv; "other" when none match. */
public final class IntentClassifier {
    public static final String FILE = "intents.tsv";

    private record Rule(Intent intent, Pattern pattern) {}

    private final List<Rule> rules;

    private IntentClassifier(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static IntentClassifier read(Path dir, String displayDir) {
        TsvTable table = TsvTable.read(dir.resolve(FILE), displayDir + "/" + FILE,
                "intent", "medquad_type", "candidate_type", "pattern");
        List<Rule> rules = new ArrayList<>();
        for (TsvTable.Row row : table.rows()) {
            try {
                Intent intent = new Intent(row.required("intent"), row.get("medquad_type"), row.get("candidate_type"));
                rules.add(new Rule(intent, Pattern.compile(row.required("pattern"), Pattern.CASE_INSENSITIVE)));
            } catch (PatternSyntaxException e) {
                throw new LoaderException(row.location(), "invalid pattern: " + e.getDescription());
            }
        }
        return new IntentClassifier(rules);
    }

    public Intent classify(String question) {
        String folded = Normalizer.fold(question).strip();
        for (Rule r : rules) {
            if (r.pattern().matcher(folded).find()) return r.intent();
        }
        return Intent.OTHER;
    }

    /** Every intent the rules can give, plus "other", in first-seen order. */
    public List<Intent> intents() {
        List<Intent> out = new ArrayList<>();
        for (Rule r : rules) if (out.stream().noneMatch(i -> i.id().equals(r.intent().id()))) out.add(r.intent());
        out.add(Intent.OTHER);
        return out;
    }
}
