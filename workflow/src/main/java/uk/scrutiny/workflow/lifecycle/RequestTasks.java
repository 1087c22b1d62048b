package uk.scrutiny.workflow.lifecycle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import uk.scrutiny.domain.model.item.InformationRequest;
import uk.scrutiny.domain.model.item.RequestStatus;
import uk.scrutiny.domain.model.item.ScrutinyItemRepository;

/**
 * The requests the {@code responses} subprocess starts an instance for, and what the tasks of one instance read
 * from its request when they start: the
 * officer it is addressed to (the assignee), its due date, and whose response is reviewed (the review task's
 * name). Read from the domain rather than passed in, so a task that starts again (a response returned for more)
 * or for a request added later follows whatever the request says by then: a hand-over, an extension, a deferral.
 * Called in the transaction of the action that starts the task, after the item was stored.
 */
@Named("requestTasks")
@ApplicationScoped
public class RequestTasks {

    @Inject
    ScrutinyItemRepository items;

    /**
     * The ids of the item's requests whose responses are not yet accepted (awaiting their officer or in review;
     * withdrawn ones left out), oldest first: one instance of the subprocess each. When the issue task completes
     * these are the requests just issued, as every earlier one is accepted by then. The engine asks again each time
     * an instance ends, and leaves the subprocess at once if the answer is empty, ending the instances still
     * running: so the answer is empty only once every response is accepted. (The requests awaiting their officer
     * alone are empty as soon as every response is in: accepting one of two responses in review then published
     * without the other.)
     */
    @Transactional
    public List<Long> requestsNotYetAccepted(long itemId) {
        return items.find(itemId).map(item -> item.requests().stream()
                        .filter(r -> r.status() == RequestStatus.OPEN || r.status() == RequestStatus.RESPONDED)
                        .map(InformationRequest::id).toList())
                .orElseThrow(() -> new IllegalStateException("The process of item " + itemId
                        + " outlived its item"));
    }

    /**
     * What the definitions deployed before {@link #requestsNotYetAccepted} ask for their responses subprocess.
     * Their running instances ask it each time an instance ends, so it answers the same: the requests not yet
     * accepted, not just those awaiting their officer (which ended those instances early).
     */
    @Transactional
    public List<Long> openRequests(long itemId) {
        return requestsNotYetAccepted(itemId);
    }

    @Transactional
    public String officer(long itemId, long requestId) {
        return request(itemId, requestId).officer().username();
    }

    @Transactional
    public String officerName(long itemId, long requestId) {
        return request(itemId, requestId).officer().displayName();
    }

    /** The due date as the engine keeps task due dates: the start of the day, UTC. */
    @Transactional
    public Date due(long itemId, long requestId) {
        return Date.from(request(itemId, requestId).due().atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    private InformationRequest request(long itemId, long requestId) {
        return items.find(itemId).flatMap(item -> item.findRequest(requestId)).orElseThrow(
                () -> new IllegalStateException("A response task started for request " + requestId + " of item "
                        + itemId + ", which has no such request"));
    }
}
