/**
 * JPA implementations of the domain's repositories and the schema migrations. The rest of the system sees only
 * the repository interfaces in {@code uk.scrutiny.domain.model}.
 */
package uk.scrutiny.domain.infrastructure.persistence;
