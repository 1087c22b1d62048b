/**
 * Rapporteurs: committee members who take responsibility for monitoring and researching an agreed area, or one
 * source of the data catalogue, and report back to the committee (the toolkit's way to share the load of horizon
 * scanning).
 */
package uk.scrutiny.domain.model.rapporteur;
