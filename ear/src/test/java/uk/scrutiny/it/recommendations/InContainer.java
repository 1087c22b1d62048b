package uk.scrutiny.it.recommendations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import uk.scrutiny.domain.model.committee.Committee;
import uk.scrutiny.domain.model.committee.CommitteeRepository;
import uk.scrutiny.domain.model.committee.Meeting;
import uk.scrutiny.domain.model.committee.MeetingStatus;
import uk.scrutiny.domain.model.item.ItemType;
import uk.scrutiny.domain.model.item.Resolution;
import uk.scrutiny.domain.model.item.ScrutinyItem;
import uk.scrutiny.domain.model.item.ScrutinyItemRepository;
import uk.scrutiny.domain.model.item.Stage;
import uk.scrutiny.domain.model.item.TimelineEntry;
import uk.scrutiny.domain.model.people.Role;
import uk.scrutiny.domain.model.people.User;
import uk.scrutiny.domain.model.people.UserRepository;
import uk.scrutiny.workflow.lifecycle.Actor;

/**
 * Items placed where the in-container tests start, through the domain as the item lifecycle would leave them, in
 * transactions of their own: at "recommendations made" after a meeting already held, or referred to a deep dive
 * (which the item lifecycle does not do yet).
 */
@ApplicationScoped
public class InContainer {

    static final Actor DEMOCRATIC = new Actor("democratic", Set.of(Role.DEMOCRATIC_SERVICES));
    static final Actor CHAIR = new Actor("chair", Set.of(Role.MEMBER, Role.CHAIR));

    @Inject
    CommitteeRepository committees;

    @Inject
    ScrutinyItemRepository items;

    @Inject
    UserRepository users;

    /** The demo committee with the most meetings held, and the last of them. */
    @Transactional
    public Meeting lastMeetingHeld() {
        LocalDate yesterday = today().minusDays(1);
        return committees.findAll().stream()
                .map(c -> committees.findMeetings(c.id(), null, yesterday).stream()
                        .filter(m -> m.status() != MeetingStatus.CANCELLED).toList())
                .max(Comparator.comparingInt(List::size)).filter(m -> !m.isEmpty())
                .map(m -> m.get(m.size() - 1)).orElseThrow(() -> new AssertionError("no demo meeting held"));
    }

    @Transactional
    public long itemWithRecommendationsMade(String title, long meetingId) {
        Meeting meeting = committees.findMeeting(meetingId).orElseThrow();
        User dana = users.findByUsername("democratic").orElseThrow();
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        ScrutinyItem item = new ScrutinyItem(meeting.committee(), title, null, ItemType.REPORT, "Work programme");
        item.scheduleFor(meeting, dana, now);
        item.recordOutcome(Resolution.RECOMMENDATIONS_MADE, "Recommendations to Cabinet.", null, dana, now);
        items.store(item);
        return item.id();
    }

    @Transactional
    public long itemReferredToDeepDive(String title, Committee committee) {
        User dana = users.findByUsername("democratic").orElseThrow();
        ScrutinyItem item = new ScrutinyItem(committees.find(committee.id()).orElseThrow(), title, null,
                ItemType.DEEP_DIVE, "Work programme");
        item.moveTo(Stage.DEEP_DIVE, "Referred to a deep dive by the committee.", dana,
                LocalDateTime.now(ZoneOffset.UTC));
        items.store(item);
        return item.id();
    }

    @Transactional
    public Stage stage(long itemId) {
        return items.find(itemId).orElseThrow().stage();
    }

    /** Each timeline entry as "who|whatChanged" (who is "system" for none). */
    @Transactional
    public List<String> timeline(long itemId) {
        return items.find(itemId).orElseThrow().timeline().stream().map(InContainer::line).toList();
    }

    private static String line(TimelineEntry e) {
        return (e.who() == null ? "system" : e.who().username()) + "|" + e.whatChanged();
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/London"));
    }
}
