/**
 * The members' pages ({@code /member/}, members and chairs): the work programmes of the committees they sit on with
 * each item's stage, next deadline and who it waits on ({@link ItemStatus}); an item's page with its red flag,
 * questions and timeline; the red flag form with the toolkit's data-quality prompts.
 */
package uk.scrutiny.web.pages.member;
