/**
 * Mappings from lexicon concepts to outside vocabularies (MeSH, UMLS, ICD-10-CM, SNOMED CT, HPO, Wikidata),
 * kept as an SSSOM/TSV mapping set in {@code ontology/mappings/}.
 *
 * <p>{@link org.backspasmkg.loader.mapping.SssomReader} reads the file into an immutable
 * {@link org.backspasmkg.loader.mapping.MappingSet}; {@link org.backspasmkg.loader.mapping.MappingCheck} finds rule
 * violations; {@link org.backspasmkg.loader.mapping.MappingsOperation} runs the checks and computes coverage.
 */
package org.backspasmkg.loader.mapping;
