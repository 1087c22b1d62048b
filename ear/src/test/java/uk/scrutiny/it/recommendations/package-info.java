/**
 * What follows the committee's recommendations, tested over HTTP against the real server as the demo users:
 * recommendations, executive response (with its escalation, run by the application's job executor), monitoring,
 * closing, and the refusals.
 */
package uk.scrutiny.it.recommendations;
