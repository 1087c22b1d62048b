/**
 * The workflow side of the scrutiny work programme: the Flowable process engine running inside
 * the Jakarta EE container on the application's own Derby database, the scrutiny item lifecycle
 * and the application services built on it.
 *
 * <p>The engine plumbing lives in {@link uk.scrutiny.workflow.engine}; nothing outside that
 * package should need Flowable's implementation classes.
 */
package uk.scrutiny.workflow;
