package uk.scrutiny.it.lifecycle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import uk.scrutiny.domain.model.item.ScrutinyItem;
import uk.scrutiny.domain.model.item.ScrutinyItemRepository;
import uk.scrutiny.domain.model.item.Stage;

/** Reads what the in-container tests compare, inside a transaction of its own, from the database as committed. */
@ApplicationScoped
public class ItemSnapshots {

    /** The parts of an item a transition changes. */
    public record Snapshot(Stage stage, List<String> timeline, String triageDecision, String leadOfficer) {
    }

    @Inject
    ScrutinyItemRepository items;

    @Transactional
    public Snapshot of(long itemId) {
        ScrutinyItem item = items.find(itemId).orElseThrow();
        return new Snapshot(item.stage(), item.timeline().stream().map(e -> e.whatChanged()).toList(),
                item.triage().map(t -> t.decision().name()).orElse(null),
                item.leadOfficer() == null ? null : item.leadOfficer().username());
    }
}
