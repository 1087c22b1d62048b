/**
 * Red flags: what a member noticed while horizon scanning (an indicator or an observation from a source of the
 * catalogue), the evidence for it, the member's answers to the toolkit's prompts on using data intelligently, and
 * why it matters. A red flag starts a scrutiny item
 * ({@link uk.scrutiny.domain.model.item.ScrutinyItem#raisedFrom}), which is then triaged.
 */
package uk.scrutiny.domain.model.redflag;
