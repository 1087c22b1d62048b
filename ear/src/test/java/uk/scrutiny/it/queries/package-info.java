/**
 * The lists answered by the database: {@code GET /api/items} (filters, sorting, paging) and {@code GET /api/requests}
 * (democratic services' "due in the next 10 working days", officers' own requests), over HTTP as the demo users,
 * against a committee of their own that {@link uk.scrutiny.it.queries.QueryFixtureServlet} builds with known dates.
 */
package uk.scrutiny.it.queries;
