package uk.scrutiny.web;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.servlet.ServletContext;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.scrutiny.domain.infrastructure.persistence.SchemaMigrations;
import uk.scrutiny.workflow.demo.DemoData;

/**
 * What happens, in order, when the application starts: the schema is migrated, then the demo data is loaded if
 * it is switched on. A production server never loads demo data, whatever the demo switch says, so a stray
 * setting cannot create users with a published password.
 */
@ApplicationScoped
public class ApplicationStartup {

    private static final Logger LOG = Logger.getLogger(ApplicationStartup.class.getName());

    @Inject
    SchemaMigrations migrations;

    @Inject
    DemoData demoData;

    @Inject
    @ConfigProperty(name = "scrutiny.demo-data", defaultValue = "false")
    boolean demoDataWanted;

    @Inject
    @ConfigProperty(name = "scrutiny.production", defaultValue = "false")
    boolean production;

    /** Runs before other start-up observers (the workflow engine among them), so they find the schema in place. */
    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) @Initialized(ApplicationScoped.class)
            ServletContext context) {
        try {
            migrations.ensureMigrated();
        } catch (RuntimeException e) {
            // Readiness stays DOWN and says why; the server keeps running so the failure can be read.
            LOG.log(Level.SEVERE, "Database migrations failed; the application is not ready", e);
            return;
        }
        if (production) {
            if (demoDataWanted) {
                LOG.warning("scrutiny.demo-data is ignored because scrutiny.production is true");
            }
            return;
        }
        if (demoDataWanted) {
            try {
                demoData.load();
            } catch (RuntimeException e) {
                // Each step is a transaction of its own: the failing one is rolled back, those before it are
                // kept and the next start adds the rest. The application itself works without it.
                LOG.log(Level.SEVERE, "Demo data could not be loaded completely; what was added before the failure "
                        + "is kept and the next start adds the rest", e);
            }
        }
    }
}
