/**
 * The officers' pages ({@code /officer/}): the requests an officer still has to answer, and the response form with
 * its draft, submission, extension and hand-over. Deadlines are shown as {@link DueDate}s: the date, the working
 * days left and how the date was worked out.
 */
package uk.scrutiny.web.pages.officer;
