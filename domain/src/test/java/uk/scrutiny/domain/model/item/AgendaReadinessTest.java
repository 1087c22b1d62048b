package uk.scrutiny.domain.model.item;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.scrutiny.domain.model.TestData.DANA;
import static uk.scrutiny.domain.model.TestData.NOW;
import static uk.scrutiny.domain.model.TestData.OLU;
import static uk.scrutiny.domain.model.TestData.OONA;
import static uk.scrutiny.domain.model.TestData.committee;
import static uk.scrutiny.domain.model.TestData.meeting;
import static uk.scrutiny.domain.model.item.Items.MEETING_DAY;
import static uk.scrutiny.domain.model.item.Items.RESPONSE_DUE;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.scrutiny.domain.model.committee.Committee;

class AgendaReadinessTest {

    private final Committee committee = committee();
    private final ScrutinyItem item = Items.withAgreedKloe(committee, meeting(committee, MEETING_DAY));
    private final LocalDate beforeDue = RESPONSE_DUE.minusDays(3);
    private final LocalDate afterDue = RESPONSE_DUE.plusDays(1);

    @Test
    void withoutARequestTheItemIsLateOnlyOnceTheOfficerResponseDeadlineHasPassed() {
        assertThat(AgendaReadiness.of(item, RESPONSE_DUE, beforeDue)).isEqualTo(AgendaReadiness.NO_REQUEST);
        assertThat(AgendaReadiness.of(item, RESPONSE_DUE, RESPONSE_DUE)).isEqualTo(AgendaReadiness.NO_REQUEST);
        assertThat(AgendaReadiness.of(item, RESPONSE_DUE, afterDue)).isEqualTo(AgendaReadiness.NO_REQUEST_LATE);
    }

    @Test
    void anOpenRequestIsNotYetDueUntilItsDueDateHasPassed() {
        item.issueRequest(OLU, RESPONSE_DUE, DANA, NOW);

        assertThat(AgendaReadiness.of(item, RESPONSE_DUE, RESPONSE_DUE)).isEqualTo(AgendaReadiness.NOT_YET_DUE);
        assertThat(AgendaReadiness.of(item, RESPONSE_DUE, afterDue)).isEqualTo(AgendaReadiness.LATE);
        assertThat(AgendaReadiness.LATE.needsAttention()).isTrue();
    }

    @Test
    void theWorstRequestDecides() {
        InformationRequest answered = item.issueRequest(OLU, RESPONSE_DUE, DANA, NOW);
        item.issueRequest(OONA, RESPONSE_DUE, DANA, NOW);
        respond(answered);
        assertThat(AgendaReadiness.of(item, RESPONSE_DUE, afterDue)).as("one answered, one late")
                .isEqualTo(AgendaReadiness.LATE);
    }

    @Test
    void aResponseInAwaitsReviewThenAcceptedThenPublished() {
        InformationRequest request = item.issueRequest(OLU, RESPONSE_DUE, DANA, NOW);
        respond(request);
        assertThat(AgendaReadiness.of(item, RESPONSE_DUE, afterDue)).isEqualTo(AgendaReadiness.RESPONSE_IN);

        request.acceptResponse(DANA, NOW.plusDays(2));
        assertThat(AgendaReadiness.of(item, RESPONSE_DUE, afterDue)).isEqualTo(AgendaReadiness.ACCEPTED);
        assertThat(AgendaReadiness.ACCEPTED.needsAttention()).isFalse();

        item.recordPublished(MEETING_DAY.minusDays(8), DANA, NOW.plusDays(3));
        assertThat(AgendaReadiness.of(item, RESPONSE_DUE, afterDue)).isEqualTo(AgendaReadiness.PUBLISHED);
    }

    @Test
    void fromTheRequestsStatesAsACountOfManyAgendasReadsThem() {
        AgendaReadiness.RequestState late = new AgendaReadiness.RequestState(RequestStatus.OPEN, RESPONSE_DUE);
        AgendaReadiness.RequestState in = new AgendaReadiness.RequestState(RequestStatus.RESPONDED, RESPONSE_DUE);
        AgendaReadiness.RequestState withdrawn = new AgendaReadiness.RequestState(RequestStatus.WITHDRAWN,
                RESPONSE_DUE);
        assertThat(AgendaReadiness.of(false, List.of(in, late), RESPONSE_DUE, afterDue)).isEqualTo(AgendaReadiness.LATE);
        assertThat(AgendaReadiness.of(false, List.of(in, late), RESPONSE_DUE, beforeDue))
                .isEqualTo(AgendaReadiness.NOT_YET_DUE);
        assertThat(AgendaReadiness.of(false, List.of(in), RESPONSE_DUE, afterDue))
                .isEqualTo(AgendaReadiness.RESPONSE_IN);
        assertThat(AgendaReadiness.of(false, List.of(withdrawn), RESPONSE_DUE, afterDue))
                .as("a withdrawn request is no request").isEqualTo(AgendaReadiness.NO_REQUEST_LATE);
        assertThat(AgendaReadiness.of(true, List.of(late), RESPONSE_DUE, afterDue))
                .isEqualTo(AgendaReadiness.PUBLISHED);
    }

    private void respond(InformationRequest request) {
        OfficerResponse response = request.draftResponse();
        item.keyLinesOfEnquiry().lines().forEach(line -> response.answer(line, "Answered"));
        for (StandardDataInclusion inclusion : item.keyLinesOfEnquiry().standardInclusions()) {
            response.stateProvided(inclusion);
        }
        request.submitResponse(request.officer(), NOW.plusDays(1));
    }
}
