/** The council itself and the deadline rules its constitution sets. */
package uk.scrutiny.domain.model.council;
