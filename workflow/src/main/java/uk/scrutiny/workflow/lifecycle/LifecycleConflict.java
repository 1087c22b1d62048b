package uk.scrutiny.workflow.lifecycle;

import java.util.List;
import uk.scrutiny.domain.model.item.Stage;

/**
 * An action that the item's current stage does not allow (answered 409). Names the stage and the actions that are
 * allowed now, so a client can tell the user what to do instead.
 */
public class LifecycleConflict extends RuntimeException {

    private final long itemId;
    private final Stage stage;
    private final List<String> allowedActions;

    public LifecycleConflict(long itemId, Stage stage, List<String> allowedActions, String message) {
        super(message);
        this.itemId = itemId;
        this.stage = stage;
        this.allowedActions = List.copyOf(allowedActions);
    }

    public long itemId() { return itemId; }
    public Stage stage() { return stage; }
    public List<String> allowedActions() { return allowedActions; }
}
