/**
 * In-container persistence tests of each aggregate of the model: stored and loaded again in a new transaction
 * (so nothing comes from the persistence context), its finders, its rules refused with clear messages, and
 * optimistic locking (of two concurrent changes to one aggregate, the second fails).
 */
package uk.scrutiny.it.domain;
