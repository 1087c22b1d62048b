package uk.scrutiny.workflow.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.scrutiny.workflow.engine.LockContentionRetry;
import uk.scrutiny.workflow.engine.WorkflowEngine;

/**
 * Demonstration data: the three real committees and their real meeting dates, the whole data source catalogue of
 * the toolkit and fictional people to sign in as ({@link DemoReferenceData}), then the scrutiny items, real agenda
 * titles and the toolkit committee's story, each taken through the real lifecycle ({@link DemoItems}) so the demo
 * users find work waiting for them.
 *
 * <p>In restartable steps, each keyed on natural keys and adding only what is missing: the reference data in one
 * transaction, then each item in one of its own. A restart never duplicates anything and a start interrupted
 * half-way is completed by the next.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    /** Printed in the README; never used outside demonstrations. */
    public static final String DEMO_PASSWORD = "scrutiny-demo";

    @Inject
    WorkflowEngine engine;

    @Inject
    DemoReferenceData referenceData;

    @Inject
    DemoItems items;

    /** Adds whatever demo data is missing. Called outside any transaction: each step is one of its own. */
    public void load() {
        // The engine starts here, before any transaction, as it would at start-up: on a first start it makes its
        // tables, which is no work for the demo's transactions.
        engine.processEngine();
        long started = System.nanoTime();
        int added = referenceData.load();
        for (DemoItem item : DemoItem.all()) {
            if (addOnce(item)) {
                added++;
            }
        }
        int total = added;
        double seconds = (System.nanoTime() - started) / 1e9;
        LOG.info(() -> String.format(Locale.ROOT, "Demo data: %d records added in %.1f s", total, seconds));
    }

    /** The job executor starts with the application: an item that loses a lock to it is added once more. */
    private boolean addOnce(DemoItem item) {
        try {
            return items.add(item);
        } catch (RuntimeException e) {
            if (!LockContentionRetry.lostALock(e)) {
                throw e;
            }
            LOG.log(Level.INFO, "Demo item \"{0}\" lost a lock to a concurrent transaction; adding it once more",
                    item.title());
            return items.add(item);
        }
    }
}
