package uk.scrutiny.domain.model.item;

/**
 * The toolkit's standard data inclusions: what every report to the committee should give, where available. An
 * officer response says, for each one asked for, that it is provided or why not.
 */
public enum StandardDataInclusion {
    HISTORICAL_TRENDS("Historical trends"),
    REGIONAL_AND_NATIONAL_COMPARISONS("Regional and national comparisons"),
    DEMOGRAPHIC_COMPARISONS("Demographic comparisons"),
    COSTINGS_AND_BUDGET("Costings and budget"),
    LIMITATIONS_OF_THE_DATA("Limitations of the data");

    private final String label;

    StandardDataInclusion(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
