package org.backspasmkg.loader.op;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.backspasmkg.loader.op.CorpusReport.CandidateEntry;
import org.backspasmkg.loader.op.CorpusReport.Counts;
import org.backspasmkg.loader.op.CorpusReport.PageReport;

/** A {@link CorpusReport} as text for a person or as JSON (Jena's JSON writer) for tools. */
public final class ReportRenderer {
    private ReportRenderer() {}

    public static String text(CorpusReport r) {
        StringBuilder sb = new StringBuilder();
        for (PageReport p : r.pages()) {
            sb.append("== ").append(p.file()).append(p.conditionId().isEmpty() ? "" : " (about " + p.conditionId() + ")")
                    .append('\n');
            counts(sb, p.counts());
            p.unanswered().forEach(q -> sb.append(String.format("  unanswered %d: %s%s%n", q.line(), q.text(),
                    q.paraphraseOf().isEmpty() ? "" : "  -> paraphrase of: " + q.paraphraseOf())));
            p.segmentsWithoutFacts().forEach(s -> sb.append(String.format("  no facts %d [%s]: %s%n", s.line(), s.kind(), s.text())));
        }
        sb.append("== total (").append(r.pages().size()).append(" pages)\n");
        counts(sb, r.total());
        sb.append("candidates: ").append(r.candidates().size()).append('\n');
        for (CandidateEntry c : r.candidates()) {
            sb.append(String.format("  %s \"%s\" (%s)%n", c.id(), c.label(), c.type()));
            c.evidence().forEach(ev -> sb.append(String.format("    %s:%d %s %s: %s%n", ev.file(), ev.line(),
                    ev.conditionId(), ev.relation(), ev.text())));
        }
        sb.append("flagged answers: ").append(r.flaggedAnswers().size()).append('\n');
        r.flaggedAnswers().forEach(f -> sb.append(String.format("  %s:%d %s  [%s]%n", f.file(), f.questionLine(),
                f.question(), String.join(", ", f.flags()))));
        sb.append("lexicon concepts no page names: ").append(r.unseenConcepts().size()).append('\n');
        r.unseenConcepts().forEach(c -> sb.append(String.format("  %s (%s)%n", c.id(), c.type())));
        return sb.toString();
    }

    private static void counts(StringBuilder sb, Counts c) {
        sb.append(String.format("  questions: %d (%d answered, %d unanswered), paraphrase links: %d%n",
                c.questions(), c.answered(), c.unanswered(), c.paraphraseLinks()));
        sb.append(String.format("  segments: %d (%d with facts, %d without)%n",
                c.segments(), c.segmentsWithFacts(), c.segmentsWithoutFacts()));
        sb.append(String.format("  facts: %d%n", c.facts()));
        c.factsByRelation().forEach((rel, n) -> sb.append(String.format("    %-20s %d%n", rel, n)));
        sb.append(String.format("  candidates: %d, flagged answers: %d%n", c.candidates(), c.flaggedAnswers()));
    }

    public static String json(CorpusReport r) {
        JsonObject root = new JsonObject();
        root.put("pages", array(r.pages(), p -> {
            JsonObject o = new JsonObject();
            o.put("file", p.file());
            o.put("condition", p.conditionId());
            o.put("counts", counts(p.counts()));
            o.put("unanswered", array(p.unanswered(), q -> {
                JsonObject j = new JsonObject();
                j.put("line", q.line());
                j.put("text", q.text());
                j.put("paraphraseOf", q.paraphraseOf());
                return j;
            }));
            o.put("segmentsWithoutFacts", array(p.segmentsWithoutFacts(), s -> {
                JsonObject j = new JsonObject();
                j.put("line", s.line());
                j.put("kind", s.kind());
                j.put("text", s.text());
                return j;
            }));
            return o;
        }));
        root.put("total", counts(r.total()));
        root.put("candidates", array(r.candidates(), c -> {
            JsonObject o = new JsonObject();
            o.put("id", c.id());
            o.put("label", c.label());
            o.put("type", c.type());
            o.put("evidence", array(c.evidence(), ev -> {
                JsonObject j = new JsonObject();
                j.put("file", ev.file());
                j.put("line", ev.line());
                j.put("condition", ev.conditionId());
                j.put("relation", ev.relation());
                j.put("text", ev.text());
                return j;
            }));
            return o;
        }));
        root.put("flaggedAnswers", array(r.flaggedAnswers(), f -> {
            JsonObject o = new JsonObject();
            o.put("file", f.file());
            o.put("questionLine", f.questionLine());
            o.put("question", f.question());
            o.put("flags", array(f.flags(), s -> new org.apache.jena.atlas.json.JsonString(s)));
            return o;
        }));
        root.put("unseenConcepts", array(r.unseenConcepts(), c -> {
            JsonObject o = new JsonObject();
            o.put("id", c.id());
            o.put("label", c.label());
            o.put("type", c.type());
            return o;
        }));
        return JSON.toString(root) + "\n";
    }

    private static JsonObject counts(Counts c) {
        JsonObject o = new JsonObject();
        o.put("questions", c.questions());
        o.put("answered", c.answered());
        o.put("unanswered", c.unanswered());
        o.put("paraphraseLinks", c.paraphraseLinks());
        o.put("segments", c.segments());
        o.put("segmentsWithFacts", c.segmentsWithFacts());
        o.put("segmentsWithoutFacts", c.segmentsWithoutFacts());
        o.put("facts", c.facts());
        JsonObject byRelation = new JsonObject();
        for (Map.Entry<String, Integer> e : c.factsByRelation().entrySet()) byRelation.put(e.getKey(), e.getValue());
        o.put("factsByRelation", byRelation);
        o.put("candidates", c.candidates());
        o.put("flaggedAnswers", c.flaggedAnswers());
        return o;
    }

    private static <T> JsonArray array(List<T> items, Function<T, org.apache.jena.atlas.json.JsonValue> f) {
        JsonArray a = new JsonArray();
        items.forEach(i -> a.add(f.apply(i)));
        return a;
    }
}
