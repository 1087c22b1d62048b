package uk.scrutiny.workflow.lifecycle;

import java.util.List;
import uk.scrutiny.domain.model.item.Stage;

/**
 * An action the item's stage allows but not for this user (answered 403): another role's turn, or a request
 * addressed to another officer. Carries the same details as {@link LifecycleConflict}.
 */
public class LifecycleForbidden extends RuntimeException {

    private final long itemId;
    private final Stage stage;
    private final List<String> allowedActions;

    public LifecycleForbidden(long itemId, Stage stage, List<String> allowedActions, String message) {
        super(message);
        this.itemId = itemId;
        this.stage = stage;
        this.allowedActions = List.copyOf(allowedActions);
    }

    public long itemId() { return itemId; }
    public Stage stage() { return stage; }
    public List<String> allowedActions() { return allowedActions; }
}
