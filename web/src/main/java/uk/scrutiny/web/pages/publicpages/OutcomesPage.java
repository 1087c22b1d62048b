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
import uk.scrutiny.domain.model.recommendation.ExecutiveResponse;
import uk.scrutiny.domain.model.recommendation.Recommendation;
import uk.scrutiny.domain.model.recommendation.RecommendationRepository;
import uk.scrutiny.web.pages.RecommendationRows;

/**
 * What the public may read of the committees' work beyond the programme: reports published for meetings still to
 * come, and what each committee resolved. Only what the council has made public is read here: a report counts
 * once its publication date has come, an outcome once the committee has resolved it; red flags, scoping, requests
 * and responses, all of them drafts as far as the public is concerned, never appear.
 */
@Named
@RequestScoped
public class OutcomesPage {

    /**
     * One resolution of a committee on an item, with the recommendations it made.
     *
     * @param anchor the id of its row: "outcome-" and the item's id for the item's latest outcome
     */
    public record Resolved(String anchor, String title, LocalDate meetingDate, String resolution, String text,
            LocalDate furtherAt, List<Recommended> recommendations) {
    }

    /**
     * A recommendation as the public sees it: what was recommended to whom, and the executive's response once
     * given. Progress notes are democratic services' working notes and stay out.
     *
     * @param response "Accepted", "Partly accepted" or "Rejected"; null while awaited
     */
    public record Recommended(int number, String text, String decisionMaker, String response, String reasons,
            LocalDate respondedOn, LocalDate due) {
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

    @Inject
    RecommendationRepository recommendations;

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
                    List<Outcome> outcomes = item.outcomes();
                    List<Recommendation> made = outcomes.stream().anyMatch(o -> makesRecommendations(o))
                            ? recommendations.findByItem(item.id()) : List.of();
                    for (int i = 0; i < outcomes.size(); i++) {
                        Outcome outcome = outcomes.get(i);
                        String anchor = "outcome-" + item.id() + (i == outcomes.size() - 1 ? "" : "-" + (i + 1));
                        resolved.add(new Resolved(anchor, item.title(), outcome.meeting().date(),
                                words(outcome.resolution()), outcome.text(), outcome.furtherReportAt() == null ? null
                                        : outcome.furtherReportAt().date(), recommended(outcome, made)));
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

    private static boolean makesRecommendations(Outcome outcome) {
        return outcome.resolution() == Resolution.RECOMMENDATIONS_MADE
                || outcome.resolution() == Resolution.REFERRED_TO_DEEP_DIVE;
    }

    /**
     * The recommendations an outcome led to: those made at its meeting, or for a referral, those of the deep dive's
     * final report.
     */
    private static List<Recommended> recommended(Outcome outcome, List<Recommendation> made) {
        List<Recommended> shown = new ArrayList<>();
        for (int n = 0; n < made.size(); n++) {
            Recommendation r = made.get(n);
            boolean ofThis = outcome.resolution() == Resolution.RECOMMENDATIONS_MADE
                    ? r.deepDive() == null && r.madeOn().equals(outcome.decidedOn())
                    : outcome.resolution() == Resolution.REFERRED_TO_DEEP_DIVE && r.deepDive() != null;
            if (ofThis) {
                ExecutiveResponse response = r.executiveResponse().orElse(null);
                shown.add(new Recommended(n + 1, r.text(), r.decisionMaker(),
                        response == null ? null : RecommendationRows.decision(response.decision()),
                        response == null ? null : response.reasons(),
                        response == null ? null : response.respondedOn(), r.executiveResponseDue()));
            }
        }
        return shown;
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
