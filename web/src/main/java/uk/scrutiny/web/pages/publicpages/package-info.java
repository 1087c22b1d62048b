/**
 * Public pages under {@code /public/}, read without signing in: only what the council has published (reports
 * whose publication date has come, outcomes the committees resolved), never anything still in draft.
 */
package uk.scrutiny.web.pages.publicpages;
