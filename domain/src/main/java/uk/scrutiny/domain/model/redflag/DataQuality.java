package uk.scrutiny.domain.model.redflag;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import uk.scrutiny.domain.model.Text;

/**
 * The member's answers to the toolkit's data-quality prompts ({@link DataQualityPrompt}). Null means not answered;
 * {@link #unanswered()} lists the gaps, so triage can see how far the figure has been questioned.
 */
@Embeddable
public class DataQuality {

    /** Nothing answered yet. */
    public static final DataQuality UNANSWERED = new DataQuality();

    @Column(name = "official_statistic")
    private Boolean officialStatistic;

    @Enumerated(EnumType.STRING)
    @Column(name = "data_points", length = 20)
    private DataPoints dataPoints;

    @Column(name = "data_set_size", length = 300)
    private String dataSetSize;

    @Column(name = "how_calculated", length = 1000)
    private String howCalculated;

    @Column(name = "timeliness", length = 300)
    private String timeliness;

    @Column(name = "known_quality_issues", length = 1000)
    private String knownQualityIssues;

    protected DataQuality() {
        // for JPA and UNANSWERED
    }

    public DataQuality(Boolean officialStatistic, DataPoints dataPoints, String dataSetSize, String howCalculated,
            String timeliness, String knownQualityIssues) {
        this.officialStatistic = officialStatistic;
        this.dataPoints = dataPoints;
        this.dataSetSize = Text.optional(dataSetSize, "dataQuality.dataSetSize", "Size of the data set", 300);
        this.howCalculated = Text.optional(howCalculated, "dataQuality.howCalculated", "How it is calculated", 1000);
        this.timeliness = Text.optional(timeliness, "dataQuality.timeliness", "Timeliness", 300);
        this.knownQualityIssues = Text.optional(knownQualityIssues, "dataQuality.knownQualityIssues",
                "Known quality issues", 1000);
    }

    /** The prompts not yet answered, in the toolkit's order. */
    public List<DataQualityPrompt> unanswered() {
        List<DataQualityPrompt> gaps = new ArrayList<>();
        if (officialStatistic == null) {
            gaps.add(DataQualityPrompt.OFFICIAL_STATISTIC);
        }
        if (dataPoints == null) {
            gaps.add(DataQualityPrompt.TREND_OR_SINGLE_POINT);
        }
        if (dataSetSize == null) {
            gaps.add(DataQualityPrompt.DATA_SET_SIZE);
        }
        if (howCalculated == null) {
            gaps.add(DataQualityPrompt.HOW_CALCULATED);
        }
        if (timeliness == null) {
            gaps.add(DataQualityPrompt.TIMELINESS);
        }
        if (knownQualityIssues == null) {
            gaps.add(DataQualityPrompt.KNOWN_QUALITY_ISSUES);
        }
        return List.copyOf(gaps);
    }

    public Boolean officialStatistic() { return officialStatistic; }
    public DataPoints dataPoints() { return dataPoints; }
    public String dataSetSize() { return dataSetSize; }
    public String howCalculated() { return howCalculated; }
    public String timeliness() { return timeliness; }
    public String knownQualityIssues() { return knownQualityIssues; }

    @Override
    public boolean equals(Object other) {
        return other instanceof DataQuality that && Objects.equals(officialStatistic, that.officialStatistic)
                && dataPoints == that.dataPoints && Objects.equals(dataSetSize, that.dataSetSize)
                && Objects.equals(howCalculated, that.howCalculated) && Objects.equals(timeliness, that.timeliness)
                && Objects.equals(knownQualityIssues, that.knownQualityIssues);
    }

    @Override
    public int hashCode() {
        return Objects.hash(officialStatistic, dataPoints, dataSetSize, howCalculated, timeliness, knownQualityIssues);
    }
}
