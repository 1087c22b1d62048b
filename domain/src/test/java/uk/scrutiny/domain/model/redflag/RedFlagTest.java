package uk.scrutiny.domain.model.redflag;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.scrutiny.domain.model.TestData.MO;
import static uk.scrutiny.domain.model.TestData.TODAY;
import static uk.scrutiny.domain.model.TestData.assertViolation;
import static uk.scrutiny.domain.model.TestData.committee;
import static uk.scrutiny.domain.model.TestData.dataSource;
import static uk.scrutiny.domain.model.TestData.redFlag;

import org.junit.jupiter.api.Test;
import uk.scrutiny.domain.model.catalogue.DataSource;
import uk.scrutiny.domain.model.committee.Committee;

class RedFlagTest {

    private final Committee committee = committee();
    private final DataSource source = dataSource();

    @Test
    void aRedFlagNamesAnIndicatorOrDescribesAnObservation() {
        assertViolation(() -> new RedFlag(committee, source, " ", null, Severity.LOW, "Why", MO, TODAY), "indicator")
                .hasMessage("Name the indicator or describe the observation.");

        RedFlag observed = new RedFlag(committee, source, null, "Complaints about school transport doubled",
                Severity.MEDIUM, "Families are affected", MO, TODAY);
        assertThat(observed.subject()).isEqualTo("Complaints about school transport doubled");
    }

    @Test
    void whatTriageNeedsIsRequired() {
        assertViolation(() -> new RedFlag(committee, null, "Indicator", null, Severity.LOW, "Why", MO, TODAY),
                "dataSource").hasMessageStartingWith("Data source is required");
        assertViolation(() -> new RedFlag(committee, source, "Indicator", null, null, "Why", MO, TODAY), "severity");
        assertViolation(() -> new RedFlag(committee, source, "Indicator", null, Severity.LOW, "", MO, TODAY),
                "whyItMatters").hasMessage("Why it matters is required.");
        assertViolation(() -> new RedFlag(committee, source, "Indicator", null, Severity.LOW, "Why", null, TODAY),
                "raisedBy");
        assertViolation(() -> new RedFlag(committee, source, "Indicator", null, Severity.LOW, "Why", MO, null),
                "raisedOn");
    }

    @Test
    void theEvidenceLinkIsAWebAddress() {
        assertViolation(() -> new Evidence("23.1%", "England 21.4%", "2024-25", Trend.WORSENING, "dashboard"),
                "evidence.link").hasMessage("Link to the evidence must be a web address starting with http:// or https://.");

        RedFlag flag = redFlag(committee);
        assertThat(flag.evidence()).isSameAs(Evidence.NONE);
        flag.recordEvidence(new Evidence("23.1%", "England 21.4%", "2024-25", Trend.WORSENING,
                "https://www.gov.uk/government/statistics"));
        assertThat(flag.evidence().trend()).isEqualTo(Trend.WORSENING);
    }

    @Test
    void unansweredDataQualityPromptsStayVisibleInTheToolkitsOrder() {
        RedFlag flag = redFlag(committee);
        assertThat(flag.dataQuality().unanswered()).containsExactly(DataQualityPrompt.values());

        flag.answerDataQualityPrompts(new DataQuality(true, DataPoints.SINGLE_POINT, null,
                "Re-referrals within 12 months of a previous referral, as a share of all referrals", "Annual", null));

        assertThat(flag.dataQuality().unanswered())
                .containsExactly(DataQualityPrompt.DATA_SET_SIZE, DataQualityPrompt.KNOWN_QUALITY_ISSUES);
        assertThat(DataQualityPrompt.TREND_OR_SINGLE_POINT.question()).isEqualTo("Is it a trend or a single data point?");
    }
}
