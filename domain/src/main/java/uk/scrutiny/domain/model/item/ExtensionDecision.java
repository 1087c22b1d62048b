package uk.scrutiny.domain.model.item;

public enum ExtensionDecision {
    PENDING, GRANTED, REFUSED
}
