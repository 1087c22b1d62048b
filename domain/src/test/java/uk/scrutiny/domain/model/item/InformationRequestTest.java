package uk.scrutiny.domain.model.item;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.scrutiny.domain.model.TestData.DANA;
import static uk.scrutiny.domain.model.TestData.NOW;
import static uk.scrutiny.domain.model.TestData.OLU;
import static uk.scrutiny.domain.model.TestData.OONA;
import static uk.scrutiny.domain.model.TestData.assertViolation;
import static uk.scrutiny.domain.model.TestData.committee;
import static uk.scrutiny.domain.model.TestData.meeting;
import static uk.scrutiny.domain.model.item.Items.MEETING_DAY;
import static uk.scrutiny.domain.model.item.Items.RESPONSE_DUE;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.scrutiny.domain.model.committee.Committee;

class InformationRequestTest {

    private final Committee committee = committee();
    private final ScrutinyItem item = Items.withAgreedKloe(committee, meeting(committee, MEETING_DAY));
    private final InformationRequest request = item.issueRequest(OLU, RESPONSE_DUE, DANA, NOW);
    private final LocalDate wednesday = LocalDate.of(2026, 1, 14);
    private final LocalDateTime later = NOW.plusDays(30);

    private String lastChange() {
        return item.timeline().get(item.timeline().size() - 1).whatChanged();
    }

    @Nested
    class Extensions {

        @Test
        void anExtensionMustGiveMoreTimeAndAReason() {
            assertViolation(() -> request.askForExtension(RESPONSE_DUE, "Busy", OLU, later), "requestedDue")
                    .hasMessage("The new due date (Mon 12 Jan 2026) must be after the current due date "
                            + "(Mon 12 Jan 2026).");
            assertViolation(() -> request.askForExtension(wednesday, " ", OLU, later), "reason")
                    .hasMessage("Reason for the extension is required.");
        }

        @Test
        void aGrantedExtensionMovesTheDueDateAndCannotBeGrantedTwice() {
            ExtensionRequest extension = request.askForExtension(wednesday, "Data from the new system", OLU, later);

            request.grantExtension(extension, null, null, DANA, later.plusHours(2));

            assertThat(request.due()).isEqualTo(wednesday);
            assertThat(request.originalDue()).isEqualTo(RESPONSE_DUE);
            assertThat(extension.decision()).isEqualTo(ExtensionDecision.GRANTED);
            assertThat(extension.decidedBy()).isSameAs(DANA);
            assertThat(lastChange()).isEqualTo("Extension granted for the request to Olu Example: due Wed 14 Jan "
                    + "2026 instead of Mon 12 Jan 2026.");
            assertViolation(() -> request.grantExtension(extension, null, null, DANA, later), "extension")
                    .hasMessage("This extension was already granted on Wed 3 Dec 2025; ask for a new one to change "
                            + "the due date again.");
            assertThat(request.due()).isEqualTo(wednesday);
        }

        @Test
        void oneExtensionAtATimeAwaitsADecision() {
            request.askForExtension(wednesday, "Data from the new system", OLU, later);

            assertViolation(() -> request.askForExtension(wednesday.plusDays(1), "More", OLU, later), "extension")
                    .hasMessage("An extension asked for on Wed 3 Dec 2025 is still awaiting a decision.");
            assertThat(request.pendingExtension()).isPresent();
        }

        @Test
        void aRefusalNeedsAReasonAndARefusedExtensionIsNotGrantedAfterwards() {
            ExtensionRequest extension = request.askForExtension(wednesday, "Data from the new system", OLU, later);

            assertViolation(() -> request.refuseExtension(extension, null, DANA, later), "decisionReason")
                    .hasMessage("Reason for refusing is required.");
            request.refuseExtension(extension, "The publication date cannot move", DANA, later);

            assertThat(request.due()).isEqualTo(RESPONSE_DUE);
            assertViolation(() -> request.grantExtension(extension, null, null, DANA, later), "extension")
                    .hasMessageStartingWith("This extension was already refused");
            assertThat(request.extensions()).singleElement().satisfies(e ->
                    assertThat(e.decisionReason()).isEqualTo("The publication date cannot move"));
        }

        @Test
        void aShorterExtensionThanAskedCanBeGranted() {
            ExtensionRequest extension = request.askForExtension(LocalDate.of(2026, 1, 16), "Sign-off", OLU, later);

            request.grantExtension(extension, LocalDate.of(2026, 1, 13), "Publication needs it by then", DANA, later);

            assertThat(request.due()).isEqualTo(LocalDate.of(2026, 1, 13));
            assertThat(extension.grantedDue()).isEqualTo(LocalDate.of(2026, 1, 13));
            assertThat(extension.requestedDue()).isEqualTo(LocalDate.of(2026, 1, 16));
        }

        @Test
        void anExtensionOfAnotherRequestIsRefused() {
            InformationRequest other = item.issueRequest(OONA, RESPONSE_DUE, DANA, NOW);
            ExtensionRequest othersExtension = other.askForExtension(wednesday, "Leave", OONA, later);

            assertViolation(() -> request.grantExtension(othersExtension, null, null, DANA, later), "extension")
                    .hasMessage("That extension was asked for on another request.");
        }
    }

    @Nested
    class HandOvers {

        @Test
        void aHandOverChangesTheOfficerAndRecordsWhoAndWhy() {
            HandOver handOver = request.handOver(OONA, "Oona leads on home education now", OLU, later);

            assertThat(request.officer()).isSameAs(OONA);
            assertThat(handOver.fromOfficer()).isSameAs(OLU);
            assertThat(handOver.toOfficer()).isSameAs(OONA);
            assertThat(handOver.handedBy()).isSameAs(OLU);
            assertThat(handOver.handedAt()).isEqualTo(later);
            assertThat(request.handOvers()).containsExactly(handOver);
            TimelineEntry entry = item.timeline().get(item.timeline().size() - 1);
            assertThat(entry.whatChanged()).isEqualTo("Request handed over from Olu Example to Oona Example.");
            assertThat(entry.why()).isEqualTo("Oona leads on home education now");
            assertThat(entry.who()).isSameAs(OLU);
        }

        @Test
        void aRequestIsNotHandedToItsOwnOfficerNorWithoutAReason() {
            assertViolation(() -> request.handOver(OLU, "Why not", DANA, later), "officer")
                    .hasMessage("The request is already with Olu Example.");
            assertViolation(() -> request.handOver(OONA, "", DANA, later), "reason")
                    .hasMessage("Reason for the hand-over is required.");
            assertThat(request.handOvers()).isEmpty();
        }
    }

    @Test
    void onceTheResponseIsSubmittedTheOfficerOwesNothingMore() {
        OfficerResponse response = request.draftResponse();
        item.keyLinesOfEnquiry().lines().forEach(line -> response.answer(line, "Answer"));
        item.keyLinesOfEnquiry().standardInclusions().forEach(response::stateProvided);
        request.submitResponse(OLU, later);

        assertThat(request.status()).isEqualTo(RequestStatus.RESPONDED);
        assertThat(request.isOverdue(RESPONSE_DUE.plusDays(1))).isFalse();
        assertViolation(() -> request.askForExtension(wednesday, "Busy", OLU, later), "extension")
                .hasMessage("The response has been submitted and is being reviewed.");
        assertViolation(() -> request.handOver(OONA, "Leave", OLU, later), "officer");
    }

    @Test
    void anOpenRequestIsOverdueTheDayAfterItsDueDate() {
        assertThat(request.isOverdue(RESPONSE_DUE)).isFalse();
        assertThat(request.isOverdue(RESPONSE_DUE.plusDays(1))).isTrue();
    }
}
