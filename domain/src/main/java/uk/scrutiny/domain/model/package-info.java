/**
 * The language of scrutiny. Each sub-package is one aggregate (its entity, value objects and repository
 * interface); what is shared by all of them, such as the rule violation that names a field, lives here.
 */
package uk.scrutiny.domain.model;
