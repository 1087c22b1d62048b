package uk.scrutiny.domain.model.redflag;

/**
 * The toolkit's tips for intelligent use of data ("How to be an intelligent user of data tools"), as the questions
 * the red flag form asks. Answering them is encouraged, not enforced: a member may not know how a figure is
 * calculated, and the gap is itself worth seeing at triage.
 */
public enum DataQualityPrompt {
    OFFICIAL_STATISTIC("Is it an official statistic?"),
    TREND_OR_SINGLE_POINT("Is it a trend or a single data point?"),
    DATA_SET_SIZE("How big is the data set?"),
    HOW_CALCULATED("How is it calculated?"),
    TIMELINESS("How timely is it?"),
    KNOWN_QUALITY_ISSUES("Are there known quality issues?");

    private final String question;

    DataQualityPrompt(String question) {
        this.question = question;
    }

    public String question() {
        return question;
    }
}
