package uk.scrutiny.workflow.lifecycle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import uk.scrutiny.domain.model.item.ScrutinyItem;
import uk.scrutiny.domain.model.item.ScrutinyItemRepository;

/**
 * Brings a monitored item back for triage when its review date comes: the {@code returnForReview} service task
 * that follows the review timer of the {@code scrutinyItem} process. It runs in the timer job's transaction, so the
 * item's move and the new triage task commit together, or the job is retried.
 */
@Named("monitoringReview")
@ApplicationScoped
public class MonitoringReview implements JavaDelegate {

    @Inject
    ScrutinyItemRepository items;

    @Override
    public void execute(DelegateExecution execution) {
        long itemId = ((Number) execution.getVariable("itemId")).longValue();
        ScrutinyItem item = items.find(itemId).orElseThrow(() -> new IllegalStateException(
                "The process of item " + itemId + " outlived its item"));
        item.returnFromWatchList(LocalDateTime.now(ZoneOffset.UTC));
        items.store(item);
    }
}
