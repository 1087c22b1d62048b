package uk.scrutiny.it.benchmark;

import java.io.File;
import java.util.Map;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.Node;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The benchmark's web archive: {@link BenchmarkDataServlet} with the application's own libraries, read from the EAR
 * just built (as {@code it/workflow/WorkflowArchives} does), so the data set is made by the same services, engine
 * and process definitions the application runs. Its engine's job executor stays off, like the application's on the
 * test server: the generator fires no timers, and nothing of another engine runs in the middle of a measurement.
 */
final class BenchmarkArchive {

    private static final String CONFIG = """
            # Outranks system properties (400): the generator's engine runs no jobs.
            config_ordinal=500
            scrutiny.workflow.async-executor.activate=false
            """;

    private BenchmarkArchive() {
    }

    static WebArchive war(String name) {
        WebArchive war = ShrinkWrap.create(WebArchive.class, name)
                .addClasses(BenchmarkDataServlet.class, RawFlowable.class)
                .addAsResource(new StringAsset(CONFIG), "META-INF/microprofile-config.properties")
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
        File earFile = new File(System.getProperty("it.ear.file", "target/scrutiny.ear"));
        if (!earFile.isFile()) {
            throw new IllegalStateException("The built EAR " + earFile + " is missing; run the benchmark through "
                    + "Maven (verify -Pbenchmark), which packages it first");
        }
        EnterpriseArchive ear = ShrinkWrap.createFromZipFile(EnterpriseArchive.class, earFile);
        Map<ArchivePath, Node> libraries = ear.getContent(path -> path.get().startsWith("/lib/")
                && path.get().endsWith(".jar"));
        libraries.forEach((path, node) -> war.addAsLibrary(node.getAsset(), path.get().substring("/lib/".length())));
        return war;
    }
}
