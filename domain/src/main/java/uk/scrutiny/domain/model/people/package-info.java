/**
 * People who sign in and the roles that decide what they may do: democratic services, officers, members,
 * chairs and administrators.
 */
package uk.scrutiny.domain.model.people;
