package uk.scrutiny.workflow.recommendations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.flowable.engine.delegate.DelegateExecution;
import uk.scrutiny.domain.model.calendar.DisplayDate;
import uk.scrutiny.domain.model.item.ScrutinyItem;
import uk.scrutiny.domain.model.item.ScrutinyItemRepository;
import uk.scrutiny.domain.model.recommendation.Recommendation;
import uk.scrutiny.domain.model.recommendation.RecommendationRepository;

/**
 * What the timers of the executive response do, called by name from the {@code itemRecommendations} process
 * ({@code ${executiveResponseChasing.remind(execution)}}) in the timer job's transaction: the reminder and the
 * escalation are written to the item's timeline by the system (no person), and the escalation's task for
 * democratic services follows in the process. E-mail to the people concerned is for the notifications work to add.
 *
 * <p>An item withdrawn meanwhile is left alone: the item lifecycle's withdrawal ends only its own process, so a
 * timer of this one may still fire, and a withdrawn item takes no more entries.
 */
@Named
@ApplicationScoped
public class ExecutiveResponseChasing {

    @Inject
    ScrutinyItemRepository items;

    @Inject
    RecommendationRepository recommendations;

    public void remind(DelegateExecution execution) {
        awaitingOn(execution).ifPresent(item -> {
            List<Recommendation> awaiting = awaiting(item);
            item.recordFollowUp("Reminder: the executive's response to " + count(awaiting) + " is due on "
                    + DisplayDate.format(awaiting.get(0).executiveResponseDue()) + ".", null, null,
                    FollowUpTasks.now());
            items.store(item);
        });
    }

    public void escalate(DelegateExecution execution) {
        awaitingOn(execution).ifPresent(item -> {
            List<Recommendation> awaiting = awaiting(item);
            item.recordFollowUp("Executive response overdue: " + count(awaiting) + " still without a response, "
                    + "due on " + DisplayDate.format(awaiting.get(0).executiveResponseDue())
                    + ". Escalated to democratic services.", null, null, FollowUpTasks.now());
            items.store(item);
        });
    }

    /** The due date of the responses still awaited, for the task that chases them. */
    public Date due(DelegateExecution execution) {
        long itemId = ((Number) execution.getVariable("itemId")).longValue();
        return items.find(itemId).map(this::awaiting).filter(a -> !a.isEmpty())
                .map(a -> FollowUpTasks.dueDate(a.get(0).executiveResponseDue())).orElse(null);
    }

    private Optional<ScrutinyItem> awaitingOn(DelegateExecution execution) {
        long itemId = ((Number) execution.getVariable("itemId")).longValue();
        return items.find(itemId).filter(item -> item.stage().isOpen() && !awaiting(item).isEmpty());
    }

    private List<Recommendation> awaiting(ScrutinyItem item) {
        return recommendations.findByItem(item.id()).stream().filter(Recommendation::isAwaitingExecutiveResponse)
                .toList();
    }

    private static String count(List<Recommendation> awaiting) {
        return awaiting.size() == 1 ? "1 recommendation" : awaiting.size() + " recommendations";
    }
}
