package org.backspasmkg.loader.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.backspasmkg.loader.diag.LoaderException;
import org.backspasmkg.loader.lexicon.TsvTable;

/**
 * Decides which relation a mentioned concept fills from the cues around it, the question's intent and
 * the concept's type, using data/lexicon/relations.tsv and the type hierarchy of data/lexicon/types.tsv.
 */
public final class RelationRules {
    public static final String FILE = "relations.tsv";
    public static final String TYPES_FILE = "types.tsv";
    /** A relation value meaning "no fact": stops later rows from applying. */
    static final String NONE = "-";

    private record Rule(String context, String type, String relation) {}

    private final List<Rule> rules;
    private final Map<String, String> superType;
    private final Set<String> activityTypes;

    private RelationRules(List<Rule> rules, Map<String, String> superType, Set<String> activityTypes) {
        this.rules = List.copyOf(rules);
        this.superType = Map.copyOf(superType);
        this.activityTypes = Set.copyOf(activityTypes);
    }

    public static RelationRules read(Path dir, String displayDir) {
        Map<String, String> supers = new HashMap<>();
        TsvTable types = TsvTable.read(dir.resolve(TYPES_FILE), displayDir + "/" + TYPES_FILE, "type", "super_type");
        Set<String> activities = new java.util.HashSet<>();
        for (TsvTable.Row row : types.rows()) {
            supers.put(row.required("type"), row.get("super_type"));
            if (row.get("activity").equalsIgnoreCase("yes")) activities.add(row.required("type"));
        }
        TsvTable table = TsvTable.read(dir.resolve(FILE), displayDir + "/" + FILE, "context", "type", "relation");
        List<Rule> rules = new ArrayList<>();
        for (TsvTable.Row row : table.rows()) {
            String context = row.required("context");
            if (!context.startsWith("cue:") && !context.startsWith("intent:")) {
                throw new LoaderException(row.location(), "context must be cue:<effect> or intent:<id>, not \"" + context + "\"");
            }
            String type = row.required("type");
            if (!supers.containsKey(type)) {
                throw new LoaderException(row.location(), "unknown type \"" + type + "\"; see " + TYPES_FILE);
            }
            rules.add(new Rule(context, type, row.required("relation")));
        }
        return new RelationRules(rules, supers, activities);
    }

    /** True when concepts of this type name things people do or positions they take (types.tsv "activity"). */
    public boolean namesActivity(String type) {
        return activityTypes.contains(type);
    }

    public Set<String> types() {
        return superType.keySet();
    }

    /** The relation for a concept of this type, or empty for no fact. Cue rows win over intent rows. */
    public Optional<String> relation(Set<String> cueEffects, String intent, String type) {
        for (String prefix : List.of("cue:", "intent:")) {
            for (Rule r : rules) {
                if (!r.context().startsWith(prefix)) continue;
                String ctx = r.context().substring(prefix.length());
                boolean present = prefix.equals("cue:") ? cueEffects.contains(ctx) : ctx.equals(intent);
                if (present && isA(type, r.type())) {
                    return r.relation().equals(NONE) ? Optional.empty() : Optional.of(r.relation());
                }
            }
        }
        return Optional.empty();
    }

    public boolean isA(String type, String ancestor) {
        String t = type;
        for (int guard = 0; t != null && !t.isEmpty() && guard < 10; guard++) {
            if (t.equals(ancestor)) return true;
            t = superType.get(t);
        }
        return false;
    }
}
