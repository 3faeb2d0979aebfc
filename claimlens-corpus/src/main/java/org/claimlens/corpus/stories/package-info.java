/**
 * Stories and timelines: {@link org.claimlens.corpus.stories.StoryClusterer} groups documents about
 * one event into a story as they arrive, and {@link org.claimlens.corpus.stories.Timeline} counts
 * documents, claims, narratives and source types per day and outlet, with plain-text and CSV
 * writers.
 */
@NullMarked
package org.claimlens.corpus.stories;

import org.jspecify.annotations.NullMarked;
