/** The data source catalogue: the sources in Table 1 of the toolkit, how accessible they are and what for. */
package uk.scrutiny.domain.model.catalogue;
