/**
 * Demonstration data loaded on an empty database when the demo switch is on (never in production): real
 * committees and meeting dates, the toolkit's data source catalogue, and fictional people.
 */
package uk.scrutiny.workflow.demo;
