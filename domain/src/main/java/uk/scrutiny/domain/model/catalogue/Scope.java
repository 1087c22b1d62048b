package uk.scrutiny.domain.model.catalogue;

/** Whether a data source describes the council's own area or the country as a whole. */
public enum Scope {
    LOCAL, NATIONAL
}
