package uk.scrutiny.it.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.scrutiny.domain.model.DomainRuleViolation;
import uk.scrutiny.domain.model.catalogue.DataSourceRepository;
import uk.scrutiny.domain.model.committee.CommitteeRepository;
import uk.scrutiny.domain.model.item.Attachment;
import uk.scrutiny.domain.model.item.ExtensionDecision;
import uk.scrutiny.domain.model.item.ExtensionRequest;
import uk.scrutiny.domain.model.item.InformationRequest;
import uk.scrutiny.domain.model.item.ItemType;
import uk.scrutiny.domain.model.item.LineOfEnquiry;
import uk.scrutiny.domain.model.item.OfficerResponse;
import uk.scrutiny.domain.model.item.OriginKind;
import uk.scrutiny.domain.model.item.Question;
import uk.scrutiny.domain.model.item.RequestStatus;
import uk.scrutiny.domain.model.item.Resolution;
import uk.scrutiny.domain.model.item.ResponseStatus;
import uk.scrutiny.domain.model.item.ScrutinyItem;
import uk.scrutiny.domain.model.item.ScrutinyItemRepository;
import uk.scrutiny.domain.model.item.Stage;
import uk.scrutiny.domain.model.item.StandardDataInclusion;
import uk.scrutiny.domain.model.item.TimelineEntry;
import uk.scrutiny.domain.model.item.TriageDecision;
import uk.scrutiny.domain.model.people.UserRepository;
import uk.scrutiny.domain.model.programme.MunicipalYear;
import uk.scrutiny.domain.model.programme.WorkProgramme;
import uk.scrutiny.domain.model.programme.WorkProgrammeRepository;
import uk.scrutiny.domain.model.redflag.RedFlag;
import uk.scrutiny.domain.model.redflag.RedFlagRepository;
import uk.scrutiny.domain.model.redflag.Severity;

/** The scrutiny item aggregate: the item and everything it carries through its life. */
@ExtendWith(ArquillianExtension.class)
class ScrutinyItemPersistenceIT {

    private static final LocalDateTime AUTUMN = LocalDateTime.of(2025, 11, 3, 10, 0);
    private static final LocalDate RESPONSE_DUE = LocalDate.of(2026, 1, 12);

    @Deployment
    static WebArchive deployment() {
        return DomainDeployment.of("scrutiny-item-persistence-it.war", ScrutinyItemPersistenceIT.class);
    }

    @Inject
    UserTransaction transaction;
    @Inject
    UserRepository users;
    @Inject
    CommitteeRepository committees;
    @Inject
    DataSourceRepository dataSources;
    @Inject
    RedFlagRepository redFlags;
    @Inject
    WorkProgrammeRepository programmes;
    @Inject
    ScrutinyItemRepository items;

    private Transactions transactions;
    private Scenario scenario;

    @BeforeEach
    void scenario() throws Exception {
        transactions = new Transactions(transaction);
        scenario = transactions.inNew(() -> new Scenario(users, committees, dataSources));
    }

    @AfterEach
    void removeScenario() throws Exception {
        if (scenario != null) {
            scenario.removeIn(transactions, committees);
        }
    }

    private RedFlag storedRedFlag() {
        RedFlag flag = new RedFlag(scenario.committee, scenario.dataSource, "Re-referrals within 12 months", null,
                Severity.HIGH, "Re-referrals rose for the third year running.", scenario.member,
                AUTUMN.toLocalDate());
        redFlags.store(flag);
        return flag;
    }

    /** An item with agreed KLOE and a request to the officer, stored. */
    private ScrutinyItem storedItemWithRequest() {
        ScrutinyItem item = new ScrutinyItem(scenario.committee, "Elective home education", null, ItemType.REPORT,
                "Work programme");
        item.scheduleFor(scenario.january, scenario.democratic, AUTUMN);
        item.assignLeadOfficer(scenario.officer, scenario.democratic, AUTUMN);
        item.addKeyQuestion("How many children are home educated?", scenario.democratic, AUTUMN);
        item.agreeKeyLinesOfEnquiry(AUTUMN.toLocalDate(), scenario.democratic, AUTUMN);
        item.issueRequest(scenario.officer, RESPONSE_DUE, scenario.democratic, AUTUMN);
        items.store(item);
        return item;
    }

    @Test
    void anItemIsStoredWithEveryPartAndLoadedAgainInANewTransaction() throws Exception {
        ScrutinyItem stored = transactions.inNew(() -> {
            RedFlag flag = storedRedFlag();
            WorkProgramme programme = new WorkProgramme(scenario.committee, MunicipalYear.startingIn(2025));
            programmes.store(programme);
            ScrutinyItem item = ScrutinyItem.raisedFrom(flag, null, AUTUMN);
            items.store(item);
            item.triage(TriageDecision.REPORT, "Worth a report", null, scenario.democratic, AUTUMN);
            item.placeOn(programme, scenario.democratic, AUTUMN);
            item.scheduleFor(scenario.january, scenario.democratic, AUTUMN);
            item.assignLeadOfficer(scenario.officer, scenario.democratic, AUTUMN);
            item.addKeyQuestion("Why are re-referrals rising?", scenario.democratic, AUTUMN);
            item.addDataRequest("Re-referrals by locality, 2021-2025", scenario.democratic, AUTUMN);
            item.chooseStandardInclusions(EnumSet.complementOf(EnumSet.of(StandardDataInclusion.COSTINGS_AND_BUDGET)),
                    scenario.democratic, AUTUMN);
            item.agreeKeyLinesOfEnquiry(AUTUMN.toLocalDate(), scenario.democratic, AUTUMN);
            InformationRequest request = item.issueRequest(scenario.officer, RESPONSE_DUE, scenario.democratic, AUTUMN);
            ExtensionRequest extension = request.askForExtension(LocalDate.of(2026, 1, 14), "Data from the new case "
                    + "management system", scenario.officer, AUTUMN.plusDays(20));
            request.grantExtension(extension, null, null, scenario.democratic, AUTUMN.plusDays(21));
            request.handOver(scenario.otherOfficer, "Oona leads on front door data", scenario.officer,
                    AUTUMN.plusDays(22));
            OfficerResponse response = request.draftResponse();
            for (LineOfEnquiry line : item.keyLinesOfEnquiry().lines()) {
                response.answer(line, "Answer to: " + line.text());
            }
            response.stateProvided(StandardDataInclusion.HISTORICAL_TRENDS);
            response.stateProvided(StandardDataInclusion.REGIONAL_AND_NATIONAL_COMPARISONS);
            response.stateProvided(StandardDataInclusion.LIMITATIONS_OF_THE_DATA);
            response.stateNotProvided(StandardDataInclusion.DEMOGRAPHIC_COMPARISONS, "Numbers too small to publish");
            response.attach(new Attachment("Re-referrals table", "https://example.org/re-referrals.xlsx"));
            request.submitResponse(scenario.otherOfficer, AUTUMN.plusDays(50));
            request.acceptResponse(scenario.democratic, AUTUMN.plusDays(51));
            item.recordPublished(LocalDate.of(2026, 1, 19), scenario.democratic, AUTUMN.plusDays(77));
            Question question = item.askQuestion("Which localities?", scenario.member, AUTUMN.plusDays(78));
            question.answer("North and East", false, scenario.officer, AUTUMN.plusDays(79));
            item.recordOutcome(Resolution.FURTHER_REPORT, "A further report on the action plan in March.",
                    scenario.march, scenario.democratic, LocalDateTime.of(2026, 1, 27, 21, 0));
            items.store(item);
            return item;
        });

        transactions.inNew(() -> {
            ScrutinyItem item = items.find(stored.id()).orElseThrow();
            assertThat(item).as("read from the database, not the first transaction's object").isNotSameAs(stored);
            assertThat(item.stage()).isEqualTo(Stage.CONSIDERED);
            assertThat(item.origin().kind()).isEqualTo(OriginKind.RED_FLAG);
            assertThat(item.origin().redFlag().id()).isEqualTo(stored.origin().redFlag().id());
            assertThat(item.triage()).hasValueSatisfying(t -> assertThat(t.decision()).isEqualTo(TriageDecision.REPORT));
            assertThat(item.workProgramme().municipalYear()).isEqualTo(MunicipalYear.startingIn(2025));
            assertThat(item.targetMeeting().date()).isEqualTo(Scenario.MARCH_MEETING);
            assertThat(item.leadOfficer().id()).isEqualTo(scenario.officer.id());
            assertThat(item.keyLinesOfEnquiry().lines()).extracting(LineOfEnquiry::text).containsExactly(
                    "Why are re-referrals rising?", "Re-referrals by locality, 2021-2025");
            assertThat(item.keyLinesOfEnquiry().standardInclusions()).hasSize(4)
                    .doesNotContain(StandardDataInclusion.COSTINGS_AND_BUDGET);
            assertThat(item.keyLinesOfEnquiry().agreedBy().id()).isEqualTo(scenario.democratic.id());

            InformationRequest request = item.requests().get(0);
            assertThat(request.officer().id()).isEqualTo(scenario.otherOfficer.id());
            assertThat(request.status()).isEqualTo(RequestStatus.ACCEPTED);
            assertThat(request.due()).isEqualTo(LocalDate.of(2026, 1, 14));
            assertThat(request.originalDue()).isEqualTo(RESPONSE_DUE);
            assertThat(request.extensions()).singleElement().satisfies(e -> {
                assertThat(e.decision()).isEqualTo(ExtensionDecision.GRANTED);
                assertThat(e.reason()).isEqualTo("Data from the new case management system");
            });
            assertThat(request.handOvers()).singleElement().satisfies(h -> {
                assertThat(h.fromOfficer().id()).isEqualTo(scenario.officer.id());
                assertThat(h.reason()).isEqualTo("Oona leads on front door data");
            });
            OfficerResponse response = request.response().orElseThrow();
            assertThat(response.status()).isEqualTo(ResponseStatus.ACCEPTED);
            assertThat(response.unansweredLines()).isEmpty();
            assertThat(response.answerTo(item.keyLinesOfEnquiry().lines().get(1)))
                    .contains("Answer to: Re-referrals by locality, 2021-2025");
            assertThat(response.statementOn(StandardDataInclusion.DEMOGRAPHIC_COMPARISONS)).hasValueSatisfying(s ->
                    assertThat(s.reasonNotProvided()).isEqualTo("Numbers too small to publish"));
            assertThat(response.attachments()).extracting(Attachment::url)
                    .containsExactly("https://example.org/re-referrals.xlsx");

            assertThat(item.questions()).singleElement().satisfies(q -> {
                assertThat(q.addressedTo().id()).isEqualTo(scenario.officer.id());
                assertThat(q.answer()).isEqualTo("North and East");
            });
            assertThat(item.outcome()).hasValueSatisfying(o -> {
                assertThat(o.resolution()).isEqualTo(Resolution.FURTHER_REPORT);
                assertThat(o.meeting().date()).isEqualTo(Scenario.JANUARY_MEETING);
                assertThat(o.furtherReportAt().date()).isEqualTo(Scenario.MARCH_MEETING);
            });
            List<TimelineEntry> timeline = item.timeline();
            assertThat(timeline).extracting(TimelineEntry::number)
                    .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, timeline.size()).boxed().toList());
            assertThat(timeline.get(0).whatChanged()).isEqualTo("Item created (Red flag: Re-referrals within 12 months).");
            assertThat(timeline.get(timeline.size() - 1).whatChanged())
                    .isEqualTo("Further report to the meeting on Tue 17 Mar 2026.");
            return null;
        });
    }

    @Test
    void theFindersTheLifecycleNeedsFindThisCommitteesRecords() throws Exception {
        long[] ids = transactions.inNew(() -> {
            RedFlag flag = storedRedFlag();
            ScrutinyItem raised = ScrutinyItem.raisedFrom(flag, null, AUTUMN);
            items.store(raised);
            ScrutinyItem monitored = ScrutinyItem.raisedFrom(storedRedFlag(), "Monitored", AUTUMN);
            monitored.triage(TriageDecision.MONITOR, null, LocalDate.of(2026, 2, 2), scenario.democratic, AUTUMN);
            items.store(monitored);
            ScrutinyItem requested = storedItemWithRequest();
            InformationRequest request = requested.requests().get(0);
            request.askForExtension(LocalDate.of(2026, 1, 16), "Sign-off", scenario.officer, AUTUMN.plusDays(1));
            requested.recordPublished(LocalDate.of(2026, 1, 19), scenario.democratic, AUTUMN.plusDays(2));
            Question question = requested.askQuestion("How many?", scenario.member, AUTUMN.plusDays(3));
            items.store(requested);
            return new long[] {raised.id(), monitored.id(), requested.id(), request.id(), question.id(), flag.id()};
        });

        transactions.inNew(() -> {
            long committee = scenario.committee.id();
            assertThat(items.findByCommitteeAndStage(committee, Stage.RED_FLAG)).extracting(ScrutinyItem::id)
                    .containsExactly(ids[0]);
            assertThat(items.findByStage(Stage.RED_FLAG)).extracting(ScrutinyItem::id).contains(ids[0])
                    .doesNotContain(ids[1]);
            assertThat(items.findByMeeting(scenario.january.id())).extracting(ScrutinyItem::id).containsExactly(ids[2]);
            assertThat(items.findRaisedFrom(ids[5])).map(ScrutinyItem::id).contains(ids[0]);
            assertThat(items.findMonitoringDueForReview(LocalDate.of(2026, 2, 2))).extracting(ScrutinyItem::id)
                    .contains(ids[1]);
            assertThat(items.findMonitoringDueForReview(LocalDate.of(2026, 2, 1))).extracting(ScrutinyItem::id)
                    .doesNotContain(ids[1]);
            assertThat(items.findOpenRequestsDueBefore(RESPONSE_DUE.plusDays(1))).extracting(InformationRequest::id)
                    .contains(ids[3]);
            assertThat(items.findOpenRequestsDueBefore(RESPONSE_DUE)).extracting(InformationRequest::id)
                    .doesNotContain(ids[3]);
            assertThat(items.findOpenRequestsFor(scenario.officer.id())).singleElement().satisfies(r -> {
                assertThat(r.id()).isEqualTo(ids[3]);
                assertThat(r.item().title()).isEqualTo("Elective home education");
            });
            assertThat(items.findRequestsWithPendingExtension()).extracting(InformationRequest::id).contains(ids[3]);
            assertThat(items.findUnansweredQuestionsFor(scenario.officer.id())).extracting(Question::id)
                    .containsExactly(ids[4]);
            assertThat(items.findByCommittee(committee)).hasSize(3);
            return null;
        });
    }

    @Test
    void itemsAreFoundByTheirCommitteeAndExactTitleOldestFirst() throws Exception {
        String title = "Elective home education " + scenario.key;
        long[] ids = transactions.inNew(() -> {
            ScrutinyItem first = new ScrutinyItem(scenario.committee, title, null, ItemType.REPORT, "Work programme");
            items.store(first);
            items.store(new ScrutinyItem(scenario.committee, "School transport " + scenario.key, null,
                    ItemType.REPORT, "Work programme"));
            ScrutinyItem second = new ScrutinyItem(scenario.committee, title, null, ItemType.REPORT,
                    "Work programme");
            items.store(second);
            return new long[] {first.id(), second.id()};
        });

        transactions.inNew(() -> {
            long committee = scenario.committee.id();
            assertThat(items.findByCommitteeAndTitle(committee, title)).extracting(ScrutinyItem::id)
                    .containsExactly(ids[0], ids[1]);
            assertThat(items.findByCommitteeAndTitle(committee, title.toUpperCase())).as("exact title").isEmpty();
            assertThat(items.findByCommitteeAndTitle(committee, "Elective home education")).as("whole title")
                    .isEmpty();
            List<Long> others = committees.findAll().stream().map(c -> c.id()).filter(id -> id != committee)
                    .toList();
            assertThat(others).as("other committees to look in").isNotEmpty();
            assertThat(others).allSatisfy(other -> assertThat(items.findByCommitteeAndTitle(other, title))
                    .as("only the committee asked about").isEmpty());
            return null;
        });
    }

    @Test
    void itemsAreReadTogetherByTheirIdsInIdOrder() throws Exception {
        long[] ids = transactions.inNew(() -> {
            long[] stored = new long[3];
            for (int i = 0; i < stored.length; i++) {
                ScrutinyItem item = new ScrutinyItem(scenario.committee, "Item " + i + " " + scenario.key, null,
                        ItemType.REPORT, "Work programme");
                items.store(item);
                stored[i] = item.id();
            }
            return stored;
        });

        transactions.inNew(() -> {
            List<ScrutinyItem> found = items.findByIds(List.of(ids[2], ids[0], -1L));
            assertThat(found).extracting(ScrutinyItem::id).as("in id order, the unknown id left out")
                    .containsExactly(ids[0], ids[2]);
            assertThat(found).extracting(i -> i.committee().name()).containsOnly(scenario.committee.name());
            assertThat(found.get(1).title()).isEqualTo("Item 2 " + scenario.key);
            assertThat(items.findByIds(List.of())).isEmpty();
            return null;
        });
    }

    @Test
    void aRefusedActionChangesNothingAndSaysWhy() throws Exception {
        long id = transactions.inNew(() -> {
            ScrutinyItem item = new ScrutinyItem(scenario.committee, "Title", null, ItemType.REPORT, "Work programme");
            items.store(item);
            return item.id();
        });

        assertThatThrownBy(() -> transactions.inNew(() -> {
            ScrutinyItem item = items.find(id).orElseThrow();
            item.addKeyQuestion("A question that will be rolled back", scenario.democratic, AUTUMN);
            item.issueRequest(scenario.officer, RESPONSE_DUE, scenario.democratic, AUTUMN);
            items.store(item);
            return null;
        })).isInstanceOf(DomainRuleViolation.class)
                .hasMessage("Agree the key lines of enquiry before issuing a request: they are what the officer answers.")
                .satisfies(e -> assertThat(((DomainRuleViolation) e).field()).isEqualTo("keyLinesOfEnquiry"));

        transactions.inNew(() -> {
            ScrutinyItem item = items.find(id).orElseThrow();
            assertThat(item.keyLinesOfEnquiry().lines()).isEmpty();
            assertThat(item.requests()).isEmpty();
            assertThat(item.timeline()).hasSize(1);
            return null;
        });
    }

    @Test
    void ofTwoConcurrentChangesToTheSameItemTheSecondFails() throws Exception {
        long id = transactions.inNew(() -> storedItemWithRequest().id());
        // Two people open the same item; each changes a different part of it.
        ScrutinyItem first = transactions.inNew(() -> loadedWithParts(id));
        ScrutinyItem second = transactions.inNew(() -> loadedWithParts(id));

        transactions.inNew(() -> {
            first.requests().get(0).handOver(scenario.otherOfficer, "Leave", scenario.officer, AUTUMN.plusDays(5));
            items.store(first);
            return null;
        });
        assertThatThrownBy(() -> transactions.inNew(() -> {
            second.requests().get(0).askForExtension(LocalDate.of(2026, 1, 20), "Busy", scenario.officer,
                    AUTUMN.plusDays(5));
            items.store(second);
            return null;
        })).satisfies(e -> assertThat(Failures.isOptimisticLockFailure(e)).as("optimistic lock failure: " + e).isTrue());

        transactions.inNew(() -> {
            InformationRequest request = items.find(id).orElseThrow().requests().get(0);
            assertThat(request.officer().id()).isEqualTo(scenario.otherOfficer.id());
            assertThat(request.extensions()).as("the second change was not kept").isEmpty();
            return null;
        });
    }

    /** Loads the item and the parts the concurrent change touches, before its transaction ends. */
    private ScrutinyItem loadedWithParts(long id) {
        ScrutinyItem item = items.find(id).orElseThrow();
        item.timeline().size();
        item.keyLinesOfEnquiry().lines().size();
        InformationRequest request = item.requests().get(0);
        request.extensions().size();
        request.handOvers().size();
        request.officer().displayName();
        return item;
    }
}
