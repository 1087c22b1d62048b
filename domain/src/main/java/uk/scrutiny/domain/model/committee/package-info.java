/** Committees, their meetings (whose dates drive every deadline) and the members who sit on them each year. */
package uk.scrutiny.domain.model.committee;
