package uk.scrutiny.domain.model.item;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.scrutiny.domain.model.TestData.DANA;
import static uk.scrutiny.domain.model.TestData.MO;
import static uk.scrutiny.domain.model.TestData.NOW;
import static uk.scrutiny.domain.model.TestData.OLU;
import static uk.scrutiny.domain.model.TestData.OONA;
import static uk.scrutiny.domain.model.TestData.assertViolation;
import static uk.scrutiny.domain.model.TestData.committee;
import static uk.scrutiny.domain.model.TestData.meeting;
import static uk.scrutiny.domain.model.TestData.redFlag;
import static uk.scrutiny.domain.model.item.Items.MEETING_DAY;
import static uk.scrutiny.domain.model.item.Items.RESPONSE_DUE;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.scrutiny.domain.model.committee.Committee;
import uk.scrutiny.domain.model.committee.Meeting;
import uk.scrutiny.domain.model.deadline.ExplainedDate;
import uk.scrutiny.domain.model.deadline.MeetingDeadlines;
import uk.scrutiny.domain.model.programme.MunicipalYear;
import uk.scrutiny.domain.model.programme.WorkProgramme;
import uk.scrutiny.domain.model.redflag.RedFlag;

class ScrutinyItemTest {

    private final Committee committee = committee();
    private final Meeting january = meeting(committee, MEETING_DAY);
    private final Meeting march = meeting(committee, LocalDate.of(2026, 3, 17));

    @Nested
    class Creation {

        @Test
        void anItemPutOnTheProgrammeStartsAtScopingWithAllFiveStandardInclusionsAskedFor() {
            ScrutinyItem item = new ScrutinyItem(committee, " Elective home education ", null, ItemType.REPORT,
                    "Work programme");

            assertThat(item.title()).isEqualTo("Elective home education");
            assertThat(item.stage()).isEqualTo(Stage.SCOPING);
            assertThat(item.origin().kind()).isEqualTo(OriginKind.WORK_PROGRAMME);
            assertThat(item.origin().description()).isEqualTo("Work programme");
            assertThat(item.keyLinesOfEnquiry().standardInclusions()).containsExactlyInAnyOrder(
                    StandardDataInclusion.values());
            assertThat(item.timeline()).singleElement().satisfies(entry -> {
                assertThat(entry.fromStage()).isNull();
                assertThat(entry.toStage()).isEqualTo(Stage.SCOPING);
                assertThat(entry.whatChanged()).isEqualTo("Item created (Work programme).");
            });
        }

        @Test
        void anItemRaisedFromARedFlagAwaitsTriageAndKeepsTheFlag() {
            RedFlag flag = redFlag(committee);

            ScrutinyItem item = ScrutinyItem.raisedFrom(flag, null, NOW);

            assertThat(item.stage()).isEqualTo(Stage.RED_FLAG);
            assertThat(item.origin().redFlag()).isSameAs(flag);
            assertThat(item.title()).isEqualTo("Re-referrals to children's social care within 12 months");
            assertThat(item.purpose()).isEqualTo("Re-referrals rose for the third year running.");
            assertThat(item.timeline().get(0).who()).isSameAs(MO);
        }

        @Test
        void aRedFlagOfAnotherCommitteeIsRefused() {
            RedFlag flag = redFlag(new Committee("Overview and Scrutiny Board", null));

            assertViolation(() -> new ScrutinyItem(committee, "Title", null, ItemType.REPORT, Origin.redFlag(flag),
                    MO, NOW), "origin").hasMessage("The red flag was raised for another committee.");
            assertViolation(() -> Origin.of(OriginKind.RED_FLAG, "no flag"), "origin");
        }

        @Test
        void aTitleIsRequiredAndLimited() {
            assertViolation(() -> new ScrutinyItem(committee, " ", null, ItemType.REPORT, "x"), "title")
                    .hasMessage("Title is required.");
            assertViolation(() -> new ScrutinyItem(committee, "t".repeat(301), null, ItemType.REPORT, "x"), "title")
                    .hasMessage("Title must be 300 characters or fewer.");
        }
    }

    @Nested
    class Scheduling {

        @Test
        void aMeetingOfAnotherCommitteeIsRefused() {
            ScrutinyItem item = new ScrutinyItem(committee, "Title", null, ItemType.REPORT, "x");
            Meeting otherCommittees = meeting(new Committee("Overview and Scrutiny Board", null), MEETING_DAY);

            assertViolation(() -> item.scheduleFor(otherCommittees), "meeting")
                    .hasMessage("The meeting belongs to another committee.");
            assertThat(item.targetMeeting()).isNull();
        }

        @Test
        void aCancelledMeetingIsRefused() {
            ScrutinyItem item = new ScrutinyItem(committee, "Title", null, ItemType.REPORT, "x");
            january.cancel();

            assertViolation(() -> item.scheduleFor(january), "meeting").hasMessage("The meeting on Tue 27 Jan 2026 is cancelled.");
        }

        @Test
        void anItemOnAProgrammeIsScheduledOnlyWithinItsMunicipalYear() {
            ScrutinyItem item = new ScrutinyItem(committee, "Title", null, ItemType.REPORT, "x");
            WorkProgramme programme = new WorkProgramme(committee, MunicipalYear.startingIn(2025));
            item.placeOn(programme, DANA, NOW);

            assertViolation(() -> item.scheduleFor(meeting(committee, LocalDate.of(2026, 6, 9))), "meeting")
                    .hasMessageContaining("outside the municipal year 2025/26");
            item.scheduleFor(january, DANA, NOW);

            assertThat(item.workProgramme()).isSameAs(programme);
            assertThat(item.targetMeeting()).isSameAs(january);
            assertThat(item.timeline()).extracting(TimelineEntry::whatChanged).contains(
                    "Placed on the work programme 2025/26.", "Scheduled for the meeting on Tue 27 Jan 2026.");
        }

        @Test
        void anItemAlreadyScheduledOutsideTheYearIsNotPlacedOnThatYearsProgramme() {
            ScrutinyItem item = new ScrutinyItem(committee, "Title", null, ItemType.REPORT, "x");
            item.scheduleFor(meeting(committee, LocalDate.of(2026, 6, 9)));

            assertViolation(() -> item.placeOn(new WorkProgramme(committee, MunicipalYear.startingIn(2025)), DANA,
                    NOW), "meeting").hasMessageContaining("outside the municipal year");
            assertViolation(() -> item.placeOn(new WorkProgramme(new Committee("Board", null),
                    MunicipalYear.startingIn(2026)), DANA, NOW), "workProgramme")
                    .hasMessage("The work programme belongs to another committee.");
        }

        @Test
        void deferralMovesTheItemAndTheDeadlinesOfOpenRequests() {
            ScrutinyItem item = Items.withAgreedKloe(committee, january);
            InformationRequest request = item.issueRequest(OLU, RESPONSE_DUE, DANA, NOW);

            assertViolation(() -> item.deferTo(meeting(committee, LocalDate.of(2026, 1, 20)), null, "why", DANA, NOW),
                    "meeting").hasMessageContaining("is not after the meeting on Tue 27 Jan 2026");
            item.deferTo(march, LocalDate.of(2026, 3, 2), "The service review is not finished", DANA, NOW);

            assertThat(item.targetMeeting()).isSameAs(march);
            assertThat(request.due()).isEqualTo(LocalDate.of(2026, 3, 2));
            assertThat(request.originalDue()).isEqualTo(RESPONSE_DUE);
            TimelineEntry last = item.timeline().get(item.timeline().size() - 1);
            assertThat(last.whatChanged()).isEqualTo("Deferred from the meeting on Tue 27 Jan 2026 to the meeting on "
                    + "Tue 17 Mar 2026; officer responses now due Mon 2 Mar 2026.");
            assertThat(last.why()).isEqualTo("The service review is not finished");
        }
    }

    @Nested
    class Triage {

        private final ScrutinyItem item = ScrutinyItem.raisedFrom(redFlag(committee), null, NOW);

        @Test
        void noFurtherActionNeedsAReasonAndEndsTheItem() {
            assertViolation(() -> item.triage(TriageDecision.NO_FURTHER_ACTION, " ", null, DANA, NOW), "reason")
                    .hasMessage("Give the reason for taking no further action.");

            item.triage(TriageDecision.NO_FURTHER_ACTION, "Explained by a change in recording", null, DANA, NOW);

            assertThat(item.stage()).isEqualTo(Stage.NO_FURTHER_ACTION);
            assertViolation(() -> item.addKeyQuestion("Why?", DANA, NOW), "keyLinesOfEnquiry")
                    .hasMessage("The item is no further action; it takes no more actions.");
        }

        @Test
        void monitoringNeedsAReviewDateAfterTheDecision() {
            assertViolation(() -> item.triage(TriageDecision.MONITOR, null, null, DANA, NOW), "reviewOn")
                    .hasMessage("A review date is required to monitor an item.");
            assertViolation(() -> item.triage(TriageDecision.MONITOR, null, NOW.toLocalDate(), DANA, NOW), "reviewOn")
                    .hasMessageContaining("must be after the triage decision");

            item.triage(TriageDecision.MONITOR, null, LocalDate.of(2026, 2, 2), DANA, NOW);

            assertThat(item.stage()).isEqualTo(Stage.MONITORING);
            assertThat(item.triage()).hasValueSatisfying(t -> assertThat(t.reviewOn()).isEqualTo(LocalDate.of(2026, 2, 2)));
        }

        @Test
        void aDeepDiveGoesToItsWorkingGroupAsADeepDive() {
            item.triage(TriageDecision.DEEP_DIVE, "Needs evidence from partners", null, DANA, NOW);

            assertThat(item.stage()).isEqualTo(Stage.DEEP_DIVE);
            assertThat(item.type()).isEqualTo(ItemType.DEEP_DIVE);
            TimelineEntry entry = item.timeline().get(item.timeline().size() - 1);
            assertThat(entry.fromStage()).isEqualTo(Stage.RED_FLAG);
            assertThat(entry.toStage()).isEqualTo(Stage.DEEP_DIVE);
            assertThat(entry.who()).isSameAs(DANA);
            assertThat(entry.why()).isEqualTo("Needs evidence from partners");
        }

        @Test
        void anItemInScopingIsNotTriagedAgain() {
            item.triage(TriageDecision.REPORT, null, null, DANA, NOW);

            assertViolation(() -> item.triage(TriageDecision.REPORT, null, null, DANA, NOW), "decision")
                    .hasMessage("Only a red flag awaiting triage, or an item being monitored, can be triaged; this "
                            + "item is at scoping.");
        }
    }

    @Nested
    class KeyLinesOfEnquiryAndRequests {

        @Test
        void kloeNeedALineToBeAgreedAndAreFixedOnceAgreed() {
            ScrutinyItem item = Items.scheduled(committee, january);
            assertViolation(() -> item.agreeKeyLinesOfEnquiry(NOW.toLocalDate(), DANA, NOW), "keyLinesOfEnquiry")
                    .hasMessage("Add at least one question or data request before agreeing the key lines of enquiry.");

            item.addKeyQuestion("Why?", DANA, NOW);
            assertViolation(() -> item.addKeyQuestion(" why? ", DANA, NOW), "question")
                    .hasMessage("This line of enquiry is already there: \"why?\".");
            item.agreeKeyLinesOfEnquiry(LocalDate.of(2025, 11, 18), DANA, NOW);

            assertViolation(() -> item.addDataRequest("More data", DANA, NOW), "keyLinesOfEnquiry")
                    .hasMessage("The key lines of enquiry were agreed on Tue 18 Nov 2025; reopen them to change them.");
            assertThat(item.keyLinesOfEnquiry().agreedBy()).isSameAs(DANA);
        }

        @Test
        void aRequestIsIssuedOnlyWithAgreedKloeAndOnceAtATimePerOfficer() {
            ScrutinyItem draft = Items.scheduled(committee, january);
            draft.addKeyQuestion("Why?", DANA, NOW);
            assertViolation(() -> draft.issueRequest(OLU, RESPONSE_DUE, DANA, NOW), "keyLinesOfEnquiry")
                    .hasMessageStartingWith("Agree the key lines of enquiry before issuing a request");

            ScrutinyItem item = Items.withAgreedKloe(committee, january);
            item.issueRequest(OLU, RESPONSE_DUE, DANA, NOW);
            assertViolation(() -> item.issueRequest(OLU, RESPONSE_DUE, DANA, NOW), "officer")
                    .hasMessage("A request to Olu Example is already open.");
            assertViolation(() -> item.issueRequest(OONA, LocalDate.of(2025, 11, 2), DANA, NOW), "due")
                    .hasMessage("The due date (Sun 2 Nov 2025) cannot be before the request is issued (Mon 3 Nov 2025).");
            item.issueRequest(OONA, RESPONSE_DUE, DANA, NOW);

            assertThat(item.openRequests()).extracting(InformationRequest::officer).containsExactly(OLU, OONA);
        }

        /** 27 January 2026: reports published on 19 January, officer responses due on 12 January. */
        private MeetingDeadlines januaryDeadlines() {
            return new MeetingDeadlines(MEETING_DAY,
                    new ExplainedDate(LocalDate.of(2026, 1, 19), List.of("Five clear working days before."), List.of()),
                    new ExplainedDate(RESPONSE_DUE, List.of("Five working days before publication."), List.of()));
        }

        private static TimelineEntry last(ScrutinyItem item) {
            return item.timeline().get(item.timeline().size() - 1);
        }

        @Test
        void aRequestIssuedInTimeIsDueByTheOfficerResponseDeadlineWithNoReason() {
            ScrutinyItem item = Items.withAgreedKloe(committee, january);

            InformationRequest request = item.issueRequest(OLU, januaryDeadlines(), DANA, NOW);

            assertThat(request.due()).isEqualTo(RESPONSE_DUE);
            assertThat(last(item).whatChanged()).isEqualTo("Request issued to Olu Example, due Mon 12 Jan 2026.");
            assertThat(last(item).why()).isNull();
        }

        @Test
        void aFurtherOfficerAskedAfterTheDeadlineIsDueOnTheDayOfIssueAndTheTimelineSaysWhy() {
            ScrutinyItem item = Items.withAgreedKloe(committee, january);
            item.issueRequest(OLU, januaryDeadlines(), DANA, NOW);
            LocalDateTime afterDeadline = LocalDateTime.of(2026, 1, 14, 9, 30);

            InformationRequest further = item.issueRequest(OONA, januaryDeadlines(), DANA, afterDeadline);

            assertThat(further.due()).isEqualTo(LocalDate.of(2026, 1, 14));
            assertThat(item.openRequests()).hasSize(2);
            assertThat(last(item).whatChanged()).isEqualTo("Request issued to Oona Example, due Wed 14 Jan 2026.");
            assertThat(last(item).why()).isEqualTo("The officer response deadline (Mon 12 Jan 2026) had passed when "
                    + "the request was issued, so it is due on the day of issue.");
        }

        @Test
        void pastThePublicationDateTooTheReasonSaysThePublicationNeedsTheChairsAgreement() {
            ScrutinyItem item = Items.withAgreedKloe(committee, january);
            item.issueRequest(OLU, januaryDeadlines(), DANA, NOW);

            item.issueRequest(OONA, januaryDeadlines(), DANA, LocalDateTime.of(2026, 1, 21, 9, 30));

            assertThat(last(item).why()).startsWith("The officer response deadline (Mon 12 Jan 2026) had passed")
                    .endsWith("The publication date (Mon 19 Jan 2026) has passed too: the report can be published "
                            + "only late, as an urgent item with the chair's agreement.");
        }

        @Test
        void deadlinesOfAnotherMeetingOrNoMeetingAreRefused() {
            ScrutinyItem item = Items.withAgreedKloe(committee, january);
            MeetingDeadlines march = new MeetingDeadlines(LocalDate.of(2026, 3, 17),
                    new ExplainedDate(LocalDate.of(2026, 3, 9), List.of(), List.of()),
                    new ExplainedDate(LocalDate.of(2026, 3, 2), List.of(), List.of()));
            org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                    .isThrownBy(() -> item.issueRequest(OLU, march, DANA, NOW));

            ScrutinyItem unscheduled = new ScrutinyItem(committee, "Title", null, ItemType.REPORT, "x");
            assertViolation(() -> unscheduled.issueRequest(OLU, januaryDeadlines(), DANA, NOW), "meeting");
            assertThat(item.requests()).isEmpty();
        }

        @Test
        void aLineOfficersMayHaveAnsweredIsNotRemoved() {
            ScrutinyItem item = Items.withAgreedKloe(committee, january);
            item.issueRequest(OLU, RESPONSE_DUE, DANA, NOW);
            item.reopenKeyLinesOfEnquiry("Further report asked for", DANA, NOW);
            LineOfEnquiry first = item.keyLinesOfEnquiry().lines().get(0);

            assertViolation(() -> item.removeLineOfEnquiry(first, DANA, NOW), "line")
                    .hasMessageContaining("officers may have answered this one");
            LineOfEnquiry added = item.addKeyQuestion("What has changed since?", DANA, NOW);
            assertThat(item.keyLinesOfEnquiry().questions()).hasSize(2).last().isSameAs(added);
        }

        @Test
        void theStandardInclusionsCanBeNarrowedBeforeAgreement() {
            ScrutinyItem item = Items.scheduled(committee, january);

            item.chooseStandardInclusions(EnumSet.of(StandardDataInclusion.HISTORICAL_TRENDS,
                    StandardDataInclusion.LIMITATIONS_OF_THE_DATA), DANA, NOW);

            assertThat(item.keyLinesOfEnquiry().standardInclusions()).containsExactly(
                    StandardDataInclusion.HISTORICAL_TRENDS, StandardDataInclusion.LIMITATIONS_OF_THE_DATA);
            assertThat(item.timeline().get(item.timeline().size() - 1).whatChanged()).isEqualTo(
                    "Standard data inclusions asked for: historical trends, limitations of the data.");
        }
    }

    @Nested
    class PublicationQuestionsAndOutcome {

        private final ScrutinyItem item = Items.withAgreedKloe(committee, january);

        @Test
        void questionsWaitForPublicationAndGoToTheReportAuthor() {
            assertViolation(() -> item.askQuestion("How many?", MO, NOW), "question")
                    .hasMessage("Questions can be sent once the report is published.");
            assertViolation(() -> item.recordPublished(MEETING_DAY, DANA, NOW), "publishedOn")
                    .hasMessageStartingWith("Reports are published before the meeting");

            item.recordPublished(LocalDate.of(2026, 1, 19), DANA, NOW);
            Question toLeadOfficer = item.askQuestion("How many?", MO, NOW);
            item.assignReportAuthor(OONA, DANA, NOW);
            Question toAuthor = item.askQuestion("Which year groups?", MO, NOW);

            assertThat(item.stage()).isEqualTo(Stage.PUBLISHED);
            assertThat(toLeadOfficer.addressedTo()).isSameAs(OLU);
            assertThat(toAuthor.addressedTo()).isSameAs(OONA);
            assertThat(item.reportAuthor()).isEqualTo("Oona Example");
        }

        @Test
        void aQuestionIsAnsweredOnce() {
            item.recordPublished(LocalDate.of(2026, 1, 19), DANA, NOW);
            Question question = item.askQuestion("How many?", MO, NOW);
            LocalDateTime answeredAt = LocalDateTime.of(2026, 1, 27, 19, 0);

            question.answer("412 in January 2026", true, OLU, answeredAt);

            assertThat(question.isAnswered()).isTrue();
            assertThat(question.answeredAtMeeting()).isTrue();
            assertViolation(() -> question.answer("Again", false, OLU, answeredAt), "answer")
                    .hasMessage("This question was already answered on Tue 27 Jan 2026.");
        }

        @Test
        void anOutcomeIsRecordedOnlyAfterTheMeetingAndOncePerMeeting() {
            LocalDateTime before = LocalDateTime.of(2026, 1, 26, 12, 0);
            LocalDateTime after = LocalDateTime.of(2026, 1, 27, 21, 0);
            assertViolation(() -> item.recordOutcome(Resolution.NOTED, "Noted", null, DANA, before), "meeting")
                    .hasMessage("The meeting on Tue 27 Jan 2026 has not taken place yet.");

            Outcome outcome = item.recordOutcome(Resolution.NOTED, "The committee noted the report.", null, DANA, after);

            assertThat(item.stage()).isEqualTo(Stage.CONSIDERED);
            assertThat(item.outcome()).containsSame(outcome);
            assertThat(outcome.decidedOn()).isEqualTo(MEETING_DAY);
            assertViolation(() -> item.recordOutcome(Resolution.NOTED, "Again", null, DANA, after), "resolution")
                    .hasMessage("The outcome of the meeting on Tue 27 Jan 2026 is already recorded.");
        }

        @Test
        void aFurtherReportMovesTheItemToTheLaterMeetingForANewCycle() {
            LocalDateTime after = LocalDateTime.of(2026, 1, 28, 9, 0);
            item.recordPublished(LocalDate.of(2026, 1, 19), DANA, NOW);
            assertViolation(() -> item.recordOutcome(Resolution.FURTHER_REPORT, "Come back", null, DANA, after),
                    "furtherReportAt").hasMessage("Say which later meeting is to consider the further report.");
            assertViolation(() -> item.recordOutcome(Resolution.NOTED, "Noted", march, DANA, after), "furtherReportAt")
                    .hasMessage("Only a further report goes to a later meeting.");

            item.recordOutcome(Resolution.FURTHER_REPORT, "A further report on progress in March.", march, DANA, after);

            assertThat(item.targetMeeting()).isSameAs(march);
            assertThat(item.publishedOn()).isNull();
            assertThat(item.outcome()).hasValueSatisfying(o -> assertThat(o.furtherReportAt()).isSameAs(march));
        }
    }

    @Nested
    class Lifecycle {

        @Test
        void movingToTheSameStageIsRefusedAndEveryMoveIsRecorded() {
            ScrutinyItem item = ScrutinyItem.raisedFrom(redFlag(committee), null, NOW);

            assertViolation(() -> item.moveTo(Stage.RED_FLAG, null, DANA, NOW), "stage")
                    .hasMessage("The item is already at red flag.");
            item.moveTo(Stage.BACKGROUND_ENQUIRIES, "Asking the service for context", DANA, NOW);

            TimelineEntry entry = item.timeline().get(item.timeline().size() - 1);
            assertThat(entry.whatChanged()).isEqualTo("Moved from red flag to background enquiries.");
            assertThat(entry.isTransition()).isTrue();
            assertThat(entry.number()).isEqualTo(2);
        }

        @Test
        void withdrawingTheItemWithdrawsItsOpenRequestsAndStopsEverything() {
            ScrutinyItem item = Items.withAgreedKloe(committee, january);
            InformationRequest request = item.issueRequest(OLU, RESPONSE_DUE, DANA, NOW);

            assertViolation(() -> item.withdraw(null, DANA, NOW), "reason");
            item.withdraw("The service is being recommissioned", DANA, NOW);

            assertThat(item.stage()).isEqualTo(Stage.WITHDRAWN);
            assertThat(request.status()).isEqualTo(RequestStatus.WITHDRAWN);
            assertViolation(() -> item.moveTo(Stage.SCOPING, null, DANA, NOW), "stage")
                    .hasMessage("The item is withdrawn; it takes no more actions.");
            assertViolation(() -> request.askForExtension(RESPONSE_DUE.plusDays(7), "Busy", OLU, NOW), "extension")
                    .hasMessage("The item is withdrawn; it takes no more actions.");
        }

        @Test
        void theTimelineKeepsTheOrderOfWhatHappened() {
            ScrutinyItem item = Items.withAgreedKloe(committee, january);

            assertThat(item.timeline()).extracting(TimelineEntry::number).containsExactly(1, 2, 3, 4, 5, 6);
            assertThat(item.timeline()).extracting(TimelineEntry::whatChanged).containsExactly(
                    "Item created (Work programme).",
                    "Scheduled for the meeting on Tue 27 Jan 2026.",
                    "Lead officer: Olu Example.",
                    "Key question added: \"How many children are electively home educated, and how has that changed?\".",
                    "Data request added: \"Numbers by year group for the last five years\".",
                    "Key lines of enquiry agreed on Mon 3 Nov 2025.");
        }
    }
}
