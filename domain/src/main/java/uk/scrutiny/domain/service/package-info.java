/**
 * Domain services: what spans aggregates or needs the container, such as the council's calendar and deadline
 * rules as they stand now.
 */
package uk.scrutiny.domain.service;
