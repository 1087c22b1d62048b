package uk.scrutiny.workflow.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.scrutiny.domain.model.catalogue.DataSource;
import uk.scrutiny.domain.model.catalogue.DataSourceRepository;
import uk.scrutiny.domain.model.committee.Committee;
import uk.scrutiny.domain.model.committee.CommitteeRepository;
import uk.scrutiny.domain.model.committee.Meeting;
import uk.scrutiny.domain.model.committee.MeetingStatus;
import uk.scrutiny.domain.model.item.ItemType;
import uk.scrutiny.domain.model.item.Resolution;
import uk.scrutiny.domain.model.item.ScrutinyItem;
import uk.scrutiny.domain.model.item.ScrutinyItemRepository;
import uk.scrutiny.domain.model.item.StandardDataInclusion;
import uk.scrutiny.domain.model.item.TriageDecision;
import uk.scrutiny.domain.model.people.Role;
import uk.scrutiny.domain.model.people.User;
import uk.scrutiny.domain.model.people.UserRepository;
import uk.scrutiny.domain.model.recommendation.ExecutiveDecision;
import uk.scrutiny.domain.model.recommendation.RagStatus;
import uk.scrutiny.domain.service.CouncilCalendar;
import uk.scrutiny.workflow.demo.DemoItem.Goal;
import uk.scrutiny.workflow.demo.DemoItem.Slot;
import uk.scrutiny.workflow.lifecycle.Actor;
import uk.scrutiny.workflow.lifecycle.Commands;
import uk.scrutiny.workflow.lifecycle.ItemLifecycle;
import uk.scrutiny.workflow.lifecycle.ResponseDrafts;
import uk.scrutiny.workflow.recommendations.FollowUpCommands;
import uk.scrutiny.workflow.recommendations.RecommendationLifecycle;

/**
 * Takes each demo item through the real lifecycle, as its users would: a red flag raised, triaged by its chair, its
 * key lines of enquiry agreed and its request issued by democratic services, answered by the officer, and so on to
 * where the demo leaves it. So every item has its process, its tasks and its timeline, and the demo users find
 * real work waiting for them. The timeline's times are those of the first start: the services record when each
 * step is taken.
 *
 * <p>One item per transaction, keyed on its committee and title: an item is there whole or not at all, and a start
 * interrupted half-way is completed by the next one.
 */
@ApplicationScoped
public class DemoItems {

    private static final ZoneId COUNCIL_ZONE = ZoneId.of("Europe/London");
    private static final LocalTime EVENING = LocalTime.of(18, 0);
    private static final String VENUE = "Committee Room, Civic Centre Annex";
    /** A meeting cycle of the toolkit's committee: about two months. */
    private static final int CYCLE_WEEKS = 8;

    static final Actor DEMOCRATIC = new Actor("democratic", Set.of(Role.DEMOCRATIC_SERVICES));
    static final Actor CHAIR = new Actor("chair", Set.of(Role.MEMBER, Role.CHAIR));
    static final Actor MEMBER = new Actor("member", Set.of(Role.MEMBER));

    @Inject
    ItemLifecycle lifecycle;

    @Inject
    ResponseDrafts drafts;

    @Inject
    RecommendationLifecycle recommendations;

    @Inject
    ScrutinyItemRepository items;

    @Inject
    CommitteeRepository committees;

    @Inject
    DataSourceRepository dataSources;

    @Inject
    UserRepository users;

    @Inject
    CouncilCalendar calendar;

    Clock clock = Clock.system(COUNCIL_ZONE);

    /** Adds the item unless its committee already has an item of that title; answers whether it added it. */
    @Transactional
    public boolean add(DemoItem demo) {
        Committee committee = committees.findByName(demo.committee()).orElseThrow(
                () -> new IllegalStateException("Demo item for an unknown committee: " + demo.committee()));
        if (!items.findByCommitteeAndTitle(committee.id(), demo.title()).isEmpty()) {
            return false;
        }
        LocalDate today = LocalDate.now(clock);
        Meeting meeting = demo.meetingDate() != null ? meetingOn(committee, demo.meetingDate(), today)
                : demo.slot() != null ? meetingAt(committee, demo.slot(), today) : null;
        Goal goal = demo.goal() == Goal.AS_DATED ? asDated(meeting, today) : demo.goal();
        takeThrough(demo, committee, meeting, goal, today);
        return true;
    }

    /**
     * The stage an agenda item is at on the day the demo starts, by its meeting's deadlines: noted once the
     * meeting is held, published once its publication date has passed, accepted and waiting for publication once
     * the officer's response was due, with the officer once the key lines of enquiry should have been agreed.
     */
    private Goal asDated(Meeting meeting, LocalDate today) {
        LocalDate date = meeting.date();
        if (date.isBefore(today)) {
            return Goal.NOTED;
        }
        if (today.isAfter(calendar.deadlines().publicationDate(date).date())) {
            return Goal.PUBLISHED;
        }
        if (today.isAfter(calendar.deadlines().officerResponseDue(date).date())) {
            return Goal.AWAITING_PUBLICATION;
        }
        if (today.isAfter(calendar.deadlines().kloeAgreedBy(date).date())) {
            return Goal.REQUEST_ISSUED;
        }
        return Goal.SCOPING;
    }

    private void takeThrough(DemoItem demo, Committee committee, Meeting meeting, Goal goal, LocalDate today) {
        DataSource source = dataSources.findByName(demo.dataSource()).orElseThrow(
                () -> new IllegalStateException("Demo item from a source not in the catalogue: " + demo.dataSource()));
        long id = lifecycle.raiseRedFlag(new Commands.RaiseRedFlag(committee.id(), source.id(), demo.title(),
                demo.indicator(), demo.observation(), demo.severity(), demo.whyItMatters()), actor(demo.raisedBy()));
        describeForTheAgenda(id, demo);
        if (goal == Goal.AWAITING_TRIAGE) {
            return;
        }
        // The demo chair chairs the toolkit's committee; the other committees' chairs have no accounts, so
        // democratic services triage those committees' items.
        Actor triage = committees.findCommitteesChaired(CHAIR.username(), today).chairs(committee.id())
                ? CHAIR : DEMOCRATIC;
        if (goal == Goal.BACKGROUND_ENQUIRIES) {
            lifecycle.startBackgroundEnquiries(id, new Commands.StartBackgroundEnquiries(null, demo.enquiries()),
                    triage);
            return;
        }
        lifecycle.triage(id, new Commands.Triage(TriageDecision.REPORT, demo.type() == ItemType.REPORT
                ? "The committee should see a report on this." : "On the committee's work programme.", null,
                meeting.id()), triage);
        if (goal == Goal.SCOPING) {
            return;
        }
        lifecycle.agreeKeyLinesOfEnquiry(id, new Commands.AgreeKeyLinesOfEnquiry(demo.questions(),
                demo.dataRequests(), null), DEMOCRATIC);
        if (goal == Goal.REQUEST_TO_ISSUE) {
            return;
        }
        lifecycle.issueRequest(id, demo.officer(), DEMOCRATIC);
        if (goal == Goal.REQUEST_ISSUED) {
            return;
        }
        Actor officer = new Actor(demo.officer(), Set.of(Role.OFFICER));
        if (goal == Goal.DRAFT_SAVED) {
            long requestId = item(id).requests().get(0).id();
            drafts.save(id, requestId, new ResponseDrafts.Draft(Map.of(1, demo.answers().get(0)),
                    Map.of(StandardDataInclusion.HISTORICAL_TRENDS, new ResponseDrafts.InclusionChoice(true,
                            "The rates for each year from 2021 to 2025, with England's.", null))), officer);
            return;
        }
        lifecycle.submitResponse(id, new Commands.SubmitResponse(answers(id, demo), demo.notProvided()), officer);
        if (goal == Goal.RESPONSE_REVIEW) {
            return;
        }
        lifecycle.acceptResponse(id, DEMOCRATIC);
        if (goal == Goal.AWAITING_PUBLICATION) {
            return;
        }
        // Published on the day when there is still time, otherwise on the meeting's publication date.
        LocalDate publicationDate = calendar.deadlines().publicationDate(meeting.date()).date();
        lifecycle.publish(id, today.isBefore(publicationDate) ? today : publicationDate, DEMOCRATIC);
        if (goal == Goal.PUBLISHED || goal == Goal.OUTCOME_TO_RECORD) {
            return;
        }
        if (goal == Goal.NOTED) {
            lifecycle.recordOutcome(id, new Commands.RecordOutcome(Resolution.NOTED, demo.outcome(), null),
                    DEMOCRATIC);
            return;
        }
        lifecycle.recordOutcome(id, new Commands.RecordOutcome(Resolution.RECOMMENDATIONS_MADE, demo.outcome(),
                null), DEMOCRATIC);
        LocalDate target = meeting.date().plusMonths(6);
        List<Long> made = recommendations.recordRecommendations(id, demo.recommendations().stream()
                .map(r -> new FollowUpCommands.NewRecommendation(r.text(), r.decisionMaker(), target)).toList(),
                DEMOCRATIC);
        if (goal == Goal.EXECUTIVE_RESPONSE) {
            return;
        }
        recommendations.recordExecutiveResponse(id, made.get(0), new FollowUpCommands.ExecutiveResponse(
                ExecutiveDecision.ACCEPTED, "Cabinet agreed the recommendation as it stands.", today), DEMOCRATIC);
        recommendations.recordExecutiveResponse(id, made.get(1), new FollowUpCommands.ExecutiveResponse(
                ExecutiveDecision.PARTLY_ACCEPTED, "Agreed, with reports once a year: the partnership board meets "
                        + "quarterly and six-monthly reports would repeat its minutes.", today), DEMOCRATIC);
        recommendations.recordProgress(id, made.get(0), new FollowUpCommands.Progress(RagStatus.AMBER,
                "The recovery plan is drafted and goes to Cabinet next month.", today), DEMOCRATIC);
    }

    /** The agenda's own words: the kind of item and who presents it. */
    private void describeForTheAgenda(long id, DemoItem demo) {
        if (demo.type() == ItemType.REPORT && demo.reportAuthor() == null) {
            return;
        }
        ScrutinyItem item = item(id);
        if (demo.type() != ItemType.REPORT) {
            item.changeType(demo.type(), user(DEMOCRATIC), LocalDateTime.now(ZoneOffset.UTC));
        }
        item.nameReportAuthor(demo.reportAuthor());
        items.store(item);
    }

    /** An answer to every line, in order; a data request the officer has no words for is answered by its table. */
    private Map<Integer, String> answers(long id, DemoItem demo) {
        Map<Integer, String> answers = new HashMap<>();
        int lines = item(id).keyLinesOfEnquiry().lines().size();
        for (int position = 1; position <= lines; position++) {
            answers.put(position, position <= demo.answers().size() ? demo.answers().get(position - 1)
                    : "The table is attached to the response.");
        }
        return answers;
    }

    // ---- Meetings ----------------------------------------------------------------------------------------------

    /** The real meeting of an agenda item: from the meetings file, or added for the agenda's date. */
    private Meeting meetingOn(Committee committee, LocalDate date, LocalDate today) {
        return committees.findMeetings(committee.id(), date, date).stream().findFirst().orElseGet(
                () -> DemoReferenceData.addMeeting(committees, committee, date, EVENING, null, today));
    }

    /**
     * The story's meeting, worked out from today: a meeting the committee already has in the window is used (so a
     * start on another day, or a meeting democratic services added, does not give the committee two meetings a
     * few days apart), otherwise one is added on a Tuesday evening, as the committee meets.
     */
    private Meeting meetingAt(Committee committee, Slot slot, LocalDate today) {
        return switch (slot) {
            case RECENT -> held(committee, today);
            case NEXT -> next(committee, today);
            case LATER -> cycleAfter(committee, next(committee, today), today);
            case AFTER -> cycleAfter(committee, cycleAfter(committee, next(committee, today), today), today);
        };
    }

    /** Held in the last five weeks, the latest such; otherwise the Tuesday of last week. */
    private Meeting held(Committee committee, LocalDate today) {
        return meetings(committee, today.minusWeeks(5), today.minusDays(1)).stream()
                .max(Comparator.comparing(Meeting::date))
                .orElseGet(() -> add(committee, today.minusWeeks(1).with(TemporalAdjusters.previousOrSame(
                        DayOfWeek.TUESDAY)), today));
    }

    /**
     * The next meeting whose officer response deadline is still a few days off, so the officer's request is due
     * soon but not today, and publication is a week or two away.
     */
    private Meeting next(Committee committee, LocalDate today) {
        LocalDate from = today.plusWeeks(2);
        Optional<Meeting> existing = meetings(committee, from, today.plusWeeks(6)).stream()
                .filter(m -> responsesDueAfter(m.date(), today)).findFirst();
        if (existing.isPresent()) {
            return existing.get();
        }
        LocalDate date = from.with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
        while (!responsesDueAfter(date, today)) {
            date = date.plusWeeks(1);
        }
        return add(committee, date, today);
    }

    private boolean responsesDueAfter(LocalDate meetingDate, LocalDate today) {
        return calendar.deadlines().officerResponseDue(meetingDate).date().isAfter(today.plusDays(2));
    }

    /** The meeting one cycle after the given one. */
    private Meeting cycleAfter(Committee committee, Meeting before, LocalDate today) {
        LocalDate from = before.date().plusWeeks(CYCLE_WEEKS - 2);
        return meetings(committee, from, before.date().plusWeeks(CYCLE_WEEKS + 2)).stream().findFirst()
                .orElseGet(() -> add(committee, before.date().plusWeeks(CYCLE_WEEKS)
                        .with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY)), today));
    }

    private List<Meeting> meetings(Committee committee, LocalDate from, LocalDate to) {
        return committees.findMeetings(committee.id(), from, to).stream()
                .filter(m -> m.status() != MeetingStatus.CANCELLED).toList();
    }

    private Meeting add(Committee committee, LocalDate date, LocalDate today) {
        return DemoReferenceData.addMeeting(committees, committee, date, EVENING, VENUE, today);
    }

    // ---- Helpers -----------------------------------------------------------------------------------------------

    private static Actor actor(String username) {
        return switch (username) {
            case "democratic" -> DEMOCRATIC;
            case "chair" -> CHAIR;
            case "member" -> MEMBER;
            default -> throw new IllegalStateException("Demo red flags are raised by democratic, chair or member, not "
                    + username);
        };
    }

    private ScrutinyItem item(long id) {
        return items.find(id).orElseThrow();
    }

    private User user(Actor actor) {
        return users.findByUsername(actor.username()).orElseThrow();
    }
}
