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

import java.time.LocalDateTime;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import uk.scrutiny.domain.model.committee.Committee;

class OfficerResponseTest {

    private final Committee committee = committee();
    private final ScrutinyItem item = Items.withAgreedKloe(committee, meeting(committee, MEETING_DAY));
    private final LineOfEnquiry question = item.keyLinesOfEnquiry().questions().get(0);
    private final LineOfEnquiry dataRequest = item.keyLinesOfEnquiry().dataRequests().get(0);
    private final InformationRequest request = item.issueRequest(OLU, RESPONSE_DUE, DANA, NOW);
    private final OfficerResponse response = request.draftResponse();
    private final LocalDateTime later = NOW.plusDays(40);

    private void stateAllProvided() {
        for (StandardDataInclusion inclusion : StandardDataInclusion.values()) {
            response.stateProvided(inclusion);
        }
    }

    @Test
    void aResponseIsNotSubmittedUntilEveryLineOfEnquiryIsAnswered() {
        response.answer(question, "412 children in January 2026, up from 301 in 2021.");
        stateAllProvided();

        assertViolation(() -> request.submitResponse(OLU, later), "answers")
                .hasMessage("Answer every key line of enquiry before submitting; 1 is not answered: "
                        + "\"Numbers by year group for the last five years\".");
        assertThat(response.status()).isEqualTo(ResponseStatus.DRAFT);
        assertThat(request.status()).isEqualTo(RequestStatus.OPEN);
    }

    @Test
    void aResponseIsNotSubmittedUntilItSaysSomethingAboutEachStandardInclusion() {
        response.answer(question, "412");
        response.answer(dataRequest, "See the attached table");
        response.stateProvided(StandardDataInclusion.HISTORICAL_TRENDS);
        response.stateNotProvided(StandardDataInclusion.COSTINGS_AND_BUDGET, "No budget is attached to this duty");

        assertViolation(() -> request.submitResponse(OLU, later), "standardInclusions")
                .hasMessage("Say for each standard data inclusion whether it is provided, or why not; nothing is "
                        + "said yet about: regional and national comparisons, demographic comparisons, limitations "
                        + "of the data.");
        assertThat(response.unstatedInclusions()).hasSize(3);
    }

    @Test
    void aStandardInclusionNotProvidedNeedsAReason() {
        assertViolation(() -> response.stateNotProvided(StandardDataInclusion.DEMOGRAPHIC_COMPARISONS, " "),
                "standardInclusions.DEMOGRAPHIC_COMPARISONS")
                .hasMessage("Why demographic comparisons are not provided is required.");
    }

    @Test
    void aCompleteResponseIsSubmittedAndThenFixed() {
        response.answer(question, "412");
        response.answer(dataRequest, "See the attached table");
        stateAllProvided();
        response.stateNotProvided(StandardDataInclusion.COSTINGS_AND_BUDGET, "No budget is attached to this duty");
        response.attach(new Attachment("EHE numbers 2021-2026", "https://example.org/ehe.xlsx"));

        request.submitResponse(OLU, later);

        assertThat(response.status()).isEqualTo(ResponseStatus.SUBMITTED);
        assertThat(response.submittedBy()).isSameAs(OLU);
        assertThat(response.statementOn(StandardDataInclusion.COSTINGS_AND_BUDGET)).hasValueSatisfying(s -> {
            assertThat(s.isProvided()).isFalse();
            assertThat(s.reasonNotProvided()).isEqualTo("No budget is attached to this duty");
        });
        assertViolation(() -> response.answer(question, "413"), "response")
                .hasMessage("The response was submitted (submitted Sat 13 Dec 2025); only a draft, or a response "
                        + "returned for more, can be changed.");
        assertThat(response.answerTo(question)).contains("412");
    }

    @Test
    void aReturnedResponseIsADraftAgainAndTheRequestAwaitsTheOfficer() {
        response.answer(question, "412");
        response.answer(dataRequest, "Table");
        stateAllProvided();
        request.submitResponse(OLU, later);

        assertViolation(() -> request.returnResponse(null, DANA, later), "reason");
        request.returnResponse("Please add the regional comparison", DANA, later);

        assertThat(response.status()).isEqualTo(ResponseStatus.DRAFT);
        assertThat(response.returnedReason()).isEqualTo("Please add the regional comparison");
        assertThat(request.status()).isEqualTo(RequestStatus.OPEN);
        response.answer(dataRequest, "Table with South West and England");
        request.submitResponse(OLU, later.plusDays(1));
        request.acceptResponse(DANA, later.plusDays(2));
        assertThat(request.status()).isEqualTo(RequestStatus.ACCEPTED);
        assertThat(response.status()).isEqualTo(ResponseStatus.ACCEPTED);
        assertThat(response.returnedReason()).isNull();
        assertViolation(() -> request.acceptResponse(DANA, later), "response")
                .hasMessage("There is no submitted response to review; the request is accepted.");
    }

    @Test
    void onlyThisItemsLinesAndTheInclusionsAskedForAreAnswered() {
        ScrutinyItem other = Items.withAgreedKloe(committee, meeting(committee, MEETING_DAY));
        LineOfEnquiry othersLine = other.keyLinesOfEnquiry().lines().get(0);

        assertViolation(() -> response.answer(othersLine, "x"), "line")
                .hasMessage("That line of enquiry is not one of this item's.");

        ScrutinyItem narrowed = Items.scheduled(committee, meeting(committee, MEETING_DAY));
        narrowed.addKeyQuestion("Why?", DANA, NOW);
        narrowed.chooseStandardInclusions(EnumSet.of(StandardDataInclusion.HISTORICAL_TRENDS), DANA, NOW);
        narrowed.agreeKeyLinesOfEnquiry(NOW.toLocalDate(), DANA, NOW);
        OfficerResponse narrowResponse = narrowed.issueRequest(OLU, RESPONSE_DUE, DANA, NOW).draftResponse();
        assertViolation(() -> narrowResponse.stateProvided(StandardDataInclusion.COSTINGS_AND_BUDGET),
                "standardInclusions.COSTINGS_AND_BUDGET")
                .hasMessage("Costings and budget were not asked for in the key lines of enquiry.");
        assertThat(narrowResponse.unstatedInclusions()).containsExactly(StandardDataInclusion.HISTORICAL_TRENDS);
    }

    @Test
    void attachmentsAreWebLinksEachAttachedOnce() {
        assertViolation(() -> new Attachment("Table", "C:\\reports\\ehe.xlsx"), "attachments.url")
                .hasMessage("Attachment link must be a web address starting with http:// or https://.");

        response.attach(new Attachment("Table", "https://example.org/ehe.xlsx"));
        assertViolation(() -> response.attach(new Attachment("Same table", "https://example.org/ehe.xlsx")),
                "attachments.url").hasMessage("That link is already attached.");
        response.removeAttachment("https://example.org/ehe.xlsx");
        assertThat(response.attachments()).isEmpty();
    }

    @Test
    void aBlankAnswerRemovesTheAnswer() {
        response.answer(question, "412");
        response.answer(question, "  ");

        assertThat(response.answerTo(question)).isEmpty();
        assertThat(response.unansweredLines()).containsExactly(question, dataRequest);
    }
}
