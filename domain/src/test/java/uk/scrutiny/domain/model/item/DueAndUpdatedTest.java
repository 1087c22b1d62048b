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
import java.time.LocalDateTime;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import uk.scrutiny.domain.model.committee.Committee;

/**
 * The item keeps its due date (earliest due date of the requests still awaiting their officer) and its last update
 * (latest timeline entry) on itself, for the lists that sort and filter by them: they must always equal what its
 * requests and timeline say.
 */
class DueAndUpdatedTest {

    private final Committee committee = committee();
    private final ScrutinyItem item = withAgreedKloe();

    /** As {@link Items#withAgreedKloe}, but created at a fixed time before the changes the tests make. */
    private ScrutinyItem withAgreedKloe() {
        ScrutinyItem agreed = new ScrutinyItem(committee, "Elective home education", null, ItemType.REPORT,
                Origin.workProgramme("Work programme"), DANA, NOW.minusDays(1));
        agreed.scheduleFor(meeting(committee, MEETING_DAY), DANA, NOW);
        agreed.assignLeadOfficer(OLU, DANA, NOW);
        agreed.addKeyQuestion("How many children are electively home educated?", DANA, NOW);
        agreed.agreeKeyLinesOfEnquiry(NOW.toLocalDate(), DANA, NOW);
        return agreed;
    }

    @Test
    void aNewItemWasUpdatedWhenCreatedAndHasNothingDue() {
        ScrutinyItem fresh = new ScrutinyItem(committee, "Bus services", null, ItemType.REPORT,
                Origin.workProgramme("Work programme"), DANA, NOW.minusDays(3));

        assertThat(fresh.updatedAt()).isEqualTo(NOW.minusDays(3));
        assertThat(fresh.nextDue()).isEmpty();
    }

    @Test
    void theEarliestOpenRequestIsDueAndEveryChangeIsTheLastUpdate() {
        LocalDateTime issued = NOW.plusDays(1);
        item.issueRequest(OLU, RESPONSE_DUE, DANA, issued);
        assertThat(item.nextDue()).contains(RESPONSE_DUE);
        assertThat(item.updatedAt()).isEqualTo(issued);

        item.issueRequest(OONA, RESPONSE_DUE.minusDays(2), DANA, issued.plusHours(1));
        assertThat(item.nextDue()).contains(RESPONSE_DUE.minusDays(2));
        assertThat(item.updatedAt()).isEqualTo(issued.plusHours(1));
        assertKeptInStep();
    }

    @Test
    void aSubmittedResponseNoLongerCountsAndAReturnedOneCountsAgain() {
        InformationRequest request = item.issueRequest(OLU, RESPONSE_DUE, DANA, NOW);
        LocalDateTime submitted = NOW.plusDays(5);
        submit(request, submitted);
        assertThat(item.nextDue()).as("nothing awaits an officer").isEmpty();
        assertThat(item.updatedAt()).isEqualTo(submitted);

        request.returnResponse("Add the year group figures", DANA, submitted.plusDays(1));
        assertThat(item.nextDue()).contains(RESPONSE_DUE);
        assertThat(item.updatedAt()).isEqualTo(submitted.plusDays(1));

        submit(request, submitted.plusDays(2));
        request.acceptResponse(DANA, submitted.plusDays(3));
        assertThat(item.nextDue()).isEmpty();
        assertThat(item.updatedAt()).isEqualTo(submitted.plusDays(3));
        assertKeptInStep();
    }

    @Test
    void aGrantedExtensionMovesTheDueDateAndARefusedOneDoesNot() {
        InformationRequest request = item.issueRequest(OLU, RESPONSE_DUE, DANA, NOW);
        LocalDate wednesday = LocalDate.of(2026, 1, 14);
        LocalDate friday = LocalDate.of(2026, 1, 16);

        ExtensionRequest refused = request.askForExtension(friday, "Year-end", OLU, NOW.plusDays(2));
        request.refuseExtension(refused, "The meeting cannot wait", DANA, NOW.plusDays(3));
        assertThat(item.nextDue()).contains(RESPONSE_DUE);
        assertThat(item.updatedAt()).isEqualTo(NOW.plusDays(3));

        ExtensionRequest granted = request.askForExtension(wednesday, "Data from the new system", OLU,
                NOW.plusDays(4));
        request.grantExtension(granted, null, null, DANA, NOW.plusDays(5));
        assertThat(item.nextDue()).contains(wednesday);
        assertThat(item.updatedAt()).isEqualTo(NOW.plusDays(5));
        assertKeptInStep();
    }

    @Test
    void aDeferralMovesTheDueDateWithTheMeeting() {
        item.issueRequest(OLU, RESPONSE_DUE, DANA, NOW);
        LocalDate marchResponsesDue = LocalDate.of(2026, 3, 2);

        item.deferTo(meeting(committee, LocalDate.of(2026, 3, 17)), marchResponsesDue, "The review is not finished",
                DANA, NOW.plusDays(6));

        assertThat(item.nextDue()).contains(marchResponsesDue);
        assertThat(item.updatedAt()).isEqualTo(NOW.plusDays(6));
        assertKeptInStep();
    }

    @Test
    void aWithdrawnItemOrRequestHasNothingDue() {
        InformationRequest first = item.issueRequest(OLU, RESPONSE_DUE, DANA, NOW);
        item.issueRequest(OONA, RESPONSE_DUE.plusDays(3), DANA, NOW);

        first.withdraw("Replaced by the request to Oona", DANA, NOW.plusDays(1));
        assertThat(item.nextDue()).contains(RESPONSE_DUE.plusDays(3));

        item.withdraw("The service is being recommissioned", DANA, NOW.plusDays(2));
        assertThat(item.nextDue()).isEmpty();
        assertThat(item.updatedAt()).isEqualTo(NOW.plusDays(2));
        assertKeptInStep();
    }

    @Test
    void aChangeRecordedWithAnEarlierTimeDoesNotMoveTheLastUpdateBack() {
        item.issueRequest(OLU, RESPONSE_DUE, DANA, NOW.plusDays(2));

        item.recordFollowUp("Executive response chased.", null, null, NOW.plusDays(1));

        assertThat(item.updatedAt()).isEqualTo(NOW.plusDays(2));
        assertKeptInStep();
    }

    private void submit(InformationRequest request, LocalDateTime at) {
        OfficerResponse response = request.draftResponse();
        item.keyLinesOfEnquiry().lines().forEach(line -> response.answer(line, "Answer"));
        item.keyLinesOfEnquiry().standardInclusions().forEach(response::stateProvided);
        request.submitResponse(request.officer(), at);
    }

    /** What the item keeps equals what its requests and timeline say; its entries are numbered 1, 2, 3... */
    private void assertKeptInStep() {
        assertThat(item.timeline()).extracting(TimelineEntry::number)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, item.timeline().size()).boxed().toList());
        assertThat(item.nextDue()).isEqualTo(item.requests().stream().filter(r -> r.status() == RequestStatus.OPEN)
                .map(InformationRequest::due).min(LocalDate::compareTo));
        assertThat(item.updatedAt()).isEqualTo(item.timeline().stream().map(TimelineEntry::happenedAt)
                .max(LocalDateTime::compareTo).orElseThrow());
    }
}
