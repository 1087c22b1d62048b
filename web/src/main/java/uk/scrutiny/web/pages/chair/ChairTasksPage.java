package uk.scrutiny.web.pages.chair;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.scrutiny.domain.model.committee.Committee;
import uk.scrutiny.domain.model.committee.CommitteeRepository;
import uk.scrutiny.domain.model.committee.Meeting;
import uk.scrutiny.domain.model.committee.MeetingStatus;
import uk.scrutiny.domain.model.deadline.MeetingDeadlines;
import uk.scrutiny.domain.model.item.DeadlineQueries;
import uk.scrutiny.domain.model.item.ScrutinyItem;
import uk.scrutiny.domain.model.redflag.RedFlag;
import uk.scrutiny.web.pages.democratic.DemocraticServicesPage;
import uk.scrutiny.workflow.lifecycle.Action;
import uk.scrutiny.workflow.lifecycle.ItemLifecycle;
import uk.scrutiny.workflow.lifecycle.WaitingTasks;

/**
 * The chair's start page, "Your tasks as chair", for the committees they chair: the red flags awaiting triage
 * (which the chair triages with democratic services: whoever comes first decides), each beside the committee's
 * next meeting and when its reports are published; and the reports past their publication date that wait on the
 * chair's agreement to be taken as urgent, each with its meeting and how late it is.
 */
@Named
@RequestScoped
public class ChairTasksPage extends DemocraticServicesPage {

    /** A red flag awaiting triage, and the next meeting of its committee whose reports are still to publish. */
    public record RedFlagRow(ScrutinyItem item, RedFlag flag, MeetingDeadlines nextMeeting) {
    }

    /** A report past its publication date, awaiting the chair's agreement; its meeting is still to come. */
    public record UrgentRow(ScrutinyItem item, MeetingDeadlines deadlines) {
    }

    @Inject
    ChairedCommittees chaired;

    @Inject
    WaitingTasks waitingTasks;

    @Inject
    ItemLifecycle lifecycle;

    @Inject
    DeadlineQueries queries;

    @Inject
    CommitteeRepository committees;

    private final List<RedFlagRow> redFlags = new ArrayList<>();
    private final List<UrgentRow> urgent = new ArrayList<>();

    // REQUIRED: the tasks are the process's.
    @Override
    @Transactional
    public void load() {
        List<Long> triageIds = new ArrayList<>();
        // The chair's tasks are those of the committees they chair (see WaitingTasks).
        for (ItemLifecycle.WaitingTask task : waitingTasks.page(actor(), null, 0, Integer.MAX_VALUE - 1).tasks()) {
            if (Arrays.asList(task.action().split("\\|")).contains(Action.TRIAGE.apiName())) {
                triageIds.add(task.itemId());
            }
        }
        List<Long> urgentIds = lifecycle.urgentAgreementsAwaited(actor()).stream()
                .map(ItemLifecycle.WaitingTask::itemId).toList();
        Set<Long> ids = new LinkedHashSet<>(triageIds);
        ids.addAll(urgentIds);
        Map<Long, ScrutinyItem> byId = queries.items(ids).stream()
                .collect(Collectors.toMap(ScrutinyItem::id, Function.identity()));
        Map<Long, MeetingDeadlines> nextMeetings = new HashMap<>();
        for (Long id : triageIds) {
            ScrutinyItem item = byId.get(id);
            if (item != null) {
                redFlags.add(new RedFlagRow(item, item.origin() == null ? null : item.origin().redFlag(),
                        nextMeetings.computeIfAbsent(item.committee().id(), this::nextMeeting)));
            }
        }
        for (Long id : urgentIds) {
            ScrutinyItem item = byId.get(id);
            if (item != null) {
                urgent.add(new UrgentRow(item, deadlines().deadlinesFor(item.targetMeeting().date())));
            }
        }
    }

    /** The committee's first meeting whose reports are still to be published (on or after today), or null. */
    private MeetingDeadlines nextMeeting(long committeeId) {
        LocalDate today = today();
        for (Meeting meeting : committees.findMeetings(committeeId, today, null)) {
            if (meeting.status() != MeetingStatus.CANCELLED) {
                MeetingDeadlines d = deadlines().deadlinesFor(meeting.date());
                if (!d.publicationDate().isBefore(today)) {
                    return d;
                }
            }
        }
        return null;
    }

    public LocalDate getToday() {
        return today();
    }

    public List<Committee> getCommittees() {
        return chaired.mine();
    }

    /** "Children's Services" or "Children's Services and Adult Social Care", for the page's opening line. */
    public String getCommitteeNames() {
        List<String> names = chaired.mine().stream().map(Committee::name).toList();
        return names.size() < 2 ? String.join("", names)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    public List<RedFlagRow> getRedFlags() {
        return redFlags;
    }

    public List<UrgentRow> getUrgent() {
        return urgent;
    }
}
