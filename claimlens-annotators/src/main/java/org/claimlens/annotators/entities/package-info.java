/**
 * The entities annotator: {@link org.claimlens.annotators.entities.EntityAnnotator} finds people,
 * organizations, media outlets, official bodies and places from a {@link
 * org.claimlens.annotators.entities.Gazetteer} and from cue rules, and {@link
 * org.claimlens.annotators.entities.EntityEvaluator} scores its output against hand-labelled gold.
 *
 * <p>Data files live beside the classes as resources: {@code gazetteer.tsv} (the known names),
 * {@code cues.txt} (titles, role nouns, head nouns, stop words), {@code first-names.txt} and {@code
 * demonyms.tsv}; each documents its format in its header.
 */
@NullMarked
package org.claimlens.annotators.entities;

import org.jspecify.annotations.NullMarked;
