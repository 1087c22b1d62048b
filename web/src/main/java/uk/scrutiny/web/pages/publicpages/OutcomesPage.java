package uk.scrutiny.web.pages.publicpages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import uk.scrutiny.domain.model.calendar.DisplayDate;
import uk.scrutiny.domain.model.committee.Committee;
import uk.scrutiny.domain.model.committee.CommitteeRepository;
import uk.scrutiny.domain.model.item.Outcome;
import uk.scrutiny.domain.model.item.Resolution;
import uk.scrutiny.domain.model.item.ScrutinyItem;
import uk.scrutiny.domain.model.item.ScrutinyItemRepository;
import uk.scrutiny.domain.model.item.Stage;

/**
 * What the public may read of the committees' work beyond the programme: reports published for meetings still to
 * come, and what each committee resolved. Only what the council has made public is read here: a report counts
 * once its publication date has come, an outcome once the committee has resolved it; red flags, scoping, requests
 * and responses, all of them drafts as far as the public is concerned, never appear.
 */
@Named
@RequestScoped
public class OutcomesPage {

    /** One resolution of a committee on an item. */
    public record Resolved(String title, LocalDate meetingDate, String resolution, String text, LocalDate furtherAt) {
    }

    /** One report published for a meeting not yet held. */
    public record Published(String title, LocalDate meetingDate, LocalDate publishedOn) {
    }

    /** One committee's part of the page. */
    public record CommitteeOutcomes(Committee committee, List<Published> published, List<Resolved> resolved) {
    }

    @Inject
    CommitteeRepository committees;

    @Inject
    ScrutinyItemRepository items;

    Clock clock = Clock.system(ZoneId.of("Europe/London"));

    private List<CommitteeOutcomes> all;

    @Transactional
    public List<CommitteeOutcomes> getCommittees() {
        if (all == null) {
            LocalDate today = LocalDate.now(clock);
            all = new ArrayList<>();
            for (Committee committee : committees.findAll()) {
                List<Published> published = new ArrayList<>();
                List<Resolved> resolved = new ArrayList<>();
                for (ScrutinyItem item : items.findByCommittee(committee.id())) {
                    if (item.stage() == Stage.PUBLISHED && item.publishedOn() != null
                            && !item.publishedOn().isAfter(today) && item.targetMeeting() != null
                            && !item.targetMeeting().date().isBefore(today)) {
                        published.add(new Published(item.title(), item.targetMeeting().date(), item.publishedOn()));
                    }
                    for (Outcome outcome : item.outcomes()) {
                        resolved.add(new Resolved(item.title(), outcome.meeting().date(), words(outcome.resolution()),
                                outcome.text(), outcome.furtherReportAt() == null ? null
                                        : outcome.furtherReportAt().date()));
                    }
                }
                published.sort(Comparator.comparing(Published::meetingDate));
                resolved.sort(Comparator.comparing(Resolved::meetingDate).reversed()
                        .thenComparing(Resolved::title));
                all.add(new CommitteeOutcomes(committee, published, resolved));
            }
        }
        return all;
    }

    public String format(LocalDate date) {
        return date == null ? "" : DisplayDate.format(date);
    }

    private static String words(Resolution resolution) {
        return switch (resolution) {
            case NOTED -> "Noted";
            case RECOMMENDATIONS_MADE -> "Recommendations made";
            case FURTHER_REPORT -> "Further report requested";
            case REFERRED_TO_DEEP_DIVE -> "Referred to a deep dive";
        };
    }
}
