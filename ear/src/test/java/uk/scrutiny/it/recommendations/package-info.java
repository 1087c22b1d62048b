/**
 * What follows the committee's recommendations, tested against the real server: over HTTP as the demo users
 * (recommendations, executive response, monitoring, closing, the refusals), and in the container for what HTTP
 * cannot reach on the test server (the timers, whose executor is off there, and the deep dive, which the item
 * lifecycle does not yet send items to).
 */
package uk.scrutiny.it.recommendations;
