/**
 * The scrutiny item lifecycle over HTTP, against the real EAR on the test server, with the demo users: the main path
 * from red flag to closed, the return-for-more loop, the other triage and outcome branches, withdrawal, refusals
 * (409 wrong stage, 403 wrong user), bad bodies and concurrent actions. Each test raises its own red flag with a
 * unique title, so tests do not depend on each other or on their order.
 *
 * <p>The demo meetings are all in the past (real dates up to November 2025), which is what recording an outcome
 * needs; the officer response deadline has therefore passed when a request is issued, so requests are due on the
 * day of issue (see {@code ItemLifecycle.issueRequest}). Paths that need meetings still to come (deferral, urgent
 * publication, KLOE agreed in time) schedule them as democratic services would ({@code POST /api/meetings}).
 *
 * <p>{@code LifecycleInContainerIT} is the one in-container (Arquillian) test here: it makes the engine refuse a
 * transition after the item changed, and makes the watch list's review timer due now, which HTTP cannot do.
 */
package uk.scrutiny.it.lifecycle;
