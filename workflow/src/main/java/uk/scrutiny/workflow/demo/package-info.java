/**
 * Demonstration data loaded when the demo switch is on (never in production), adding only what is missing: real
 * committees and meeting dates, the toolkit's data source catalogue, fictional people, and scrutiny items taken
 * through the real lifecycle (the real agenda items and the story in {@code demo/story.csv}) so that each demo user
 * finds work waiting.
 */
package uk.scrutiny.workflow.demo;
