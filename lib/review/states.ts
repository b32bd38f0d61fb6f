/**
 * Where a review request stands: waiting for a reviewer, sent back with a note, closed by a
 * publish, replaced by a newer request for the same document, or withdrawn (the document deleted).
 */
export const reviewStates = ['waiting', 'sentBack', 'published', 'replaced', 'withdrawn'] as const
export type ReviewState = (typeof reviewStates)[number]
