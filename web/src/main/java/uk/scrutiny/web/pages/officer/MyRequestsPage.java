package uk.scrutiny.web.pages.officer;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import uk.scrutiny.domain.model.calendar.DisplayDate;
import uk.scrutiny.domain.model.deadline.DeadlineCalculator;
import uk.scrutiny.domain.model.deadline.ExplainedDate;
import uk.scrutiny.domain.model.item.ExtensionDecision;
import uk.scrutiny.domain.model.item.InformationRequest;
import uk.scrutiny.domain.model.item.ScrutinyItemRepository;
import uk.scrutiny.domain.model.people.UserRepository;
import uk.scrutiny.domain.service.CouncilCalendar;
import uk.scrutiny.web.pages.CurrentUser;

/**
 * An officer's start page: the requests they still have to answer, earliest due first, each with its due date,
 * the working days left and how the date was worked out.
 */
@Named
@RequestScoped
public class MyRequestsPage {

    static final ZoneId COUNCIL_ZONE = ZoneId.of("Europe/London");

    /**
     * One request on the list.
     *
     * @param extensionDecision democratic services' decision on the officer's latest extension request, or null
     */
    public record Row(long itemId, long requestId, String title, String committee, String meetingDate,
            String status, DueDate due, String pendingExtension, String extensionDecision) {
    }

    @Inject
    ScrutinyItemRepository items;

    @Inject
    UserRepository users;

    @Inject
    CouncilCalendar calendar;

    @Inject
    CurrentUser currentUser;

    Clock clock = Clock.system(COUNCIL_ZONE);

    private List<Row> rows;

    @Transactional
    public List<Row> getRows() {
        if (rows == null) {
            rows = new ArrayList<>();
            LocalDate today = LocalDate.now(clock);
            users.findByUsername(currentUser.getUsername()).ifPresent(officer -> {
                for (InformationRequest request : items.findOpenRequestsFor(officer.id())) {
                    rows.add(new Row(request.item().id(), request.id(), request.item().title(),
                            request.item().committee().name(), request.item().targetMeeting() == null ? null
                                    : DisplayDate.format(request.item().targetMeeting().date()),
                            request.response().map(r -> r.returnedReason() != null ? "Returned for more"
                                    : "Draft saved").orElse("Not started"),
                            dueDate(calendar.deadlines(), request, today),
                            request.pendingExtension().map(e -> "Extension to " + DisplayDate.format(e.requestedDue())
                                    + " asked for, awaiting a decision").orElse(null),
                            extensionDecision(request)));
                }
            });
        }
        return rows;
    }

    /** The latest decided extension, as the officer reads it: granted to a date, or refused and why. */
    static String extensionDecision(InformationRequest request) {
        return request.extensions().stream().filter(e -> e.decision() == ExtensionDecision.GRANTED
                || e.decision() == ExtensionDecision.REFUSED).reduce((a, b) -> b).map(e -> e.decision()
                        == ExtensionDecision.GRANTED
                        ? "Extension granted on " + DisplayDate.format(e.decidedAt().toLocalDate()) + ": now due "
                                + DisplayDate.format(e.grantedDue()) + (e.decisionReason() == null ? "."
                                        : ". " + e.decisionReason())
                        : "Extension to " + DisplayDate.format(e.requestedDue()) + " refused on "
                                + DisplayDate.format(e.decidedAt().toLocalDate()) + ": " + e.decisionReason())
                .orElse(null);
    }

    /** The request's due date, explained by the rule it came from and, if it differs, why. */
    public static DueDate dueDate(DeadlineCalculator deadlines, InformationRequest request, LocalDate today) {
        ExplainedDate rule = request.item().targetMeeting() == null ? null
                : deadlines.officerResponseDue(request.item().targetMeeting().date());
        String note = null;
        if (rule == null || !rule.date().equals(request.due())) {
            var granted = request.extensions().stream().filter(e -> e.decision() == ExtensionDecision.GRANTED
                    && request.due().equals(e.grantedDue())).reduce((a, b) -> b);
            if (granted.isPresent()) {
                note = "An extension was granted to " + DisplayDate.format(request.due()) + ".";
            } else if (rule != null && rule.date().isBefore(request.issuedAt().toLocalDate())) {
                note = "The officer response date for the meeting (" + DisplayDate.format(rule.date())
                        + ") had passed when the request was issued on "
                        + DisplayDate.format(request.issuedAt().toLocalDate()) + ", so it was due that day.";
            } else {
                note = "Democratic services set this date when they issued the request.";
            }
        }
        return new DueDate("Response due", request.due(), deadlines.workingDaysLeft(today, request.due()), rule, note);
    }
}
