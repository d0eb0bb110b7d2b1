package org.backspasmkg.loader.extract;

/**
 * The names the extract stage acts on: cue effects (data/lexicon/cues.tsv, checked by {@link CueFinder}),
 * concept types and relations (ontology/backspasm.ttl, data/lexicon/types.tsv), intents
 * (data/lexicon/intents.tsv). Vocabulary of the model, not domain knowledge.
 */
final class Terms {
    private Terms() {}

    static final String CONDITION = "Condition";
    static final String BODY_PART = "BodyPart";
    static final String RECOVERY_TIME = "typicalRecoveryTime";
    static final String AFFECTS_BODY_PART = "affectsBodyPart";
    static final String WARNING = "warning";
    static final String WARNING_SIGN = "WarningSign";
    static final String PROGNOSIS = "prognosis";

    static final String RECOVERY = "recovery";
    static final String NOT_RECOMMENDED = "not-recommended";
    static final String AVOID = "avoid";
    static final String TREATMENT_EFFECT = "treatment";
    static final String CAUSE = "cause";
    static final String RISK = "risk";
    static final String CAUSE_ACTIVE = "cause-active";
    static final String NEGATION = "negation";
    static final String IS_GOOD_FOR = "is-good-for";
    static final String WHEN_TO_SEE_DOCTOR = "when-to-see-doctor";
    static final String SYMPTOMS_INTENT = "symptoms";
    static final String TREATMENT = "Treatment";
    static final String SYMPTOM = "Symptom";
    static final String SYMPTOM_EFFECT = "symptom";
    static final String WARNING_SIGN_RELATION = "warningSign";
}
