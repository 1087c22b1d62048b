package uk.scrutiny.domain.model.item;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.scrutiny.domain.model.TestData.DANA;
import static uk.scrutiny.domain.model.TestData.NOW;
import static uk.scrutiny.domain.model.TestData.OLU;
import static uk.scrutiny.domain.model.TestData.assertViolation;
import static uk.scrutiny.domain.model.TestData.committee;
import static uk.scrutiny.domain.model.TestData.meeting;
import static uk.scrutiny.domain.model.item.Items.MEETING_DAY;
import static uk.scrutiny.domain.model.item.Items.RESPONSE_DUE;

import org.junit.jupiter.api.Test;
import uk.scrutiny.domain.model.committee.Committee;

/** What an officer gives for a standard data inclusion stated as provided, kept from draft to submission. */
class InclusionContentTest {

    private final Committee committee = committee();
    private final ScrutinyItem item = Items.withAgreedKloe(committee, meeting(committee, MEETING_DAY));
    private final InformationRequest request = item.issueRequest(OLU, RESPONSE_DUE, DANA, NOW);
    private final OfficerResponse response = request.draftResponse();

    @Test
    void theContentSavedWithADraftSurvivesStatingTheInclusionProvidedAgainOnSubmission() {
        response.stateProvided(StandardDataInclusion.HISTORICAL_TRENDS, "18% in 2021, 24% in 2025");
        response.stateProvided(StandardDataInclusion.HISTORICAL_TRENDS);

        InclusionStatement said = response.statementOn(StandardDataInclusion.HISTORICAL_TRENDS).orElseThrow();
        assertThat(said.isProvided()).isTrue();
        assertThat(said.content()).isEqualTo("18% in 2021, 24% in 2025");
    }

    @Test
    void changingTheChoiceReplacesWhatWasSaidAndUnstatingLeavesItUndecided() {
        response.stateProvided(StandardDataInclusion.COSTINGS_AND_BUDGET, "£1.2m");
        response.stateNotProvided(StandardDataInclusion.COSTINGS_AND_BUDGET, "Not held by locality");
        assertThat(response.statementOn(StandardDataInclusion.COSTINGS_AND_BUDGET).orElseThrow().content()).isNull();

        response.stateProvided(StandardDataInclusion.COSTINGS_AND_BUDGET);
        InclusionStatement provided = response.statementOn(StandardDataInclusion.COSTINGS_AND_BUDGET).orElseThrow();
        assertThat(provided.isProvided()).isTrue();
        assertThat(provided.reasonNotProvided()).isNull();

        response.unstate(StandardDataInclusion.COSTINGS_AND_BUDGET);
        assertThat(response.unstatedInclusions()).contains(StandardDataInclusion.COSTINGS_AND_BUDGET);
    }

    @Test
    void blankContentMeansNoneAndTooLongContentIsRefusedNamingTheInclusion() {
        response.stateProvided(StandardDataInclusion.DEMOGRAPHIC_COMPARISONS, "   ");
        assertThat(response.statementOn(StandardDataInclusion.DEMOGRAPHIC_COMPARISONS).orElseThrow().content())
                .isNull();

        assertViolation(() -> response.stateProvided(StandardDataInclusion.DEMOGRAPHIC_COMPARISONS, "x".repeat(4001)),
                "standardInclusions.DEMOGRAPHIC_COMPARISONS");
    }
}
