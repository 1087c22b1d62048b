package uk.scrutiny.domain.model.catalogue;

/** The kind of scrutiny work a data source supports. */
public enum Application {
    HORIZON_SCANNING, DEEP_DIVE, BOTH
}
