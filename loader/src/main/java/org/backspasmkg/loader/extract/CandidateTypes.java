package org.backspasmkg.loader.extract;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.backspasmkg.loader.lexicon.TsvTable;

/** The class of a candidate concept from the cue of its sentence (data/lexicon/candidate-types.tsv). */
public final class CandidateTypes {
    public static final String FILE = "candidate-types.tsv";

    private final Map<String, String> byEffect;

    private CandidateTypes(Map<String, String> byEffect) {
        this.byEffect = byEffect;
    }

    public static CandidateTypes read(Path dir, String displayDir) {
        Map<String, String> m = new LinkedHashMap<>();
        for (TsvTable.Row row : TsvTable.read(dir.resolve(FILE), displayDir + "/" + FILE, "effect", "type").rows()) {
            m.putIfAbsent(row.required("effect"), row.required("type"));
        }
        return new CandidateTypes(java.util.Collections.unmodifiableMap(m));
    }

    /** The type for the first effect (in file order) present, or empty. */
    public String forEffects(Set<String> effects) {
        for (Map.Entry<String, String> e : byEffect.entrySet()) {
            if (effects.contains(e.getKey())) return e.getValue();
        }
        return "";
    }
}
