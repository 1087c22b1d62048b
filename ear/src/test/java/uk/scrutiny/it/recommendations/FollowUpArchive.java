package uk.scrutiny.it.recommendations;

import java.io.File;
import org.assertj.core.api.Assertions;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import uk.scrutiny.it.ContainerArchives;

/**
 * The web archive of the in-container tests here: the test classes and the application's own libraries, read from
 * the EAR the build has just deployed, so the services, the process and the timer beans under test are exactly the
 * application's. Its workflow engine tags its jobs with a category of its own, which the application's executor
 * does not run, and runs no executor itself: the tests run the timer jobs by hand, when they choose, instead of
 * racing an executor for them.
 */
final class FollowUpArchive {

    /** Outranks the test server's system properties (400). */
    private static final String CONFIG = """
            config_ordinal=500
            scrutiny.workflow.async-executor.activate=false
            scrutiny.workflow.job-category=recommendations-it
            """;

    private FollowUpArchive() {
    }

    static WebArchive of(String name, Class<?>... classes) {
        WebArchive war = ShrinkWrap.create(WebArchive.class, name)
                .addClasses(classes)
                .addClasses(FollowUpArchive.class, InContainer.class)
                .addAsLibrary(ContainerArchives.libraryOf(Assertions.class))
                .addAsResource(new StringAsset(CONFIG), "META-INF/microprofile-config.properties")
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
        File earFile = new File(System.getProperty("it.ear.file", "target/scrutiny.ear"));
        if (!earFile.isFile()) {
            throw new IllegalStateException("The built EAR " + earFile + " is missing; run the integration tests "
                    + "through Maven (verify), which packages it first");
        }
        EnterpriseArchive ear = ShrinkWrap.createFromZipFile(EnterpriseArchive.class, earFile);
        ear.getContent(path -> path.get().startsWith("/lib/") && path.get().endsWith(".jar")).forEach(
                (path, node) -> war.addAsLibrary(node.getAsset(), path.get().substring("/lib/".length())));
        return war;
    }
}
