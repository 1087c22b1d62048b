package uk.scrutiny.domain.model.redflag;

/** The toolkit's "look at historical information and trends as well as the current data point". */
public enum DataPoints {
    TREND, SINGLE_POINT
}
