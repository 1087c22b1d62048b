package uk.scrutiny.domain.model.item;

/** A response is a draft the officer edits until submitted; a returned response is a draft again. */
public enum ResponseStatus {
    DRAFT, SUBMITTED, ACCEPTED
}
