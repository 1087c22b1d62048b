package uk.scrutiny.it.workflow;

import java.io.File;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.assertj.core.api.Assertions;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.Node;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import uk.scrutiny.it.TestServer;

/**
 * Test archives with a workflow engine of their own, built like the application.
 *
 * <p>The libraries are read from the EAR the build has just made and deployed ({@code lib/*.jar}), not assembled
 * from the test classpath: the engine under test then has exactly the jars, versions and exclusions the
 * application runs with, and nothing that only the tests need (Arquillian, JUnit and AssertJ are added separately).
 *
 * <p>Job executor: the application's engine and each archive's engine share one database, and both executors are
 * active. Each runs only jobs of its own category: the application's {@code scrutiny} (the default), the archives'
 * {@value #JOB_CATEGORY}, set with a config source that outranks the server's system properties. Without that,
 * whichever executor looked first would take every due job, and a job of a test process run by the application's
 * engine would fail, since the application has none of the beans the test processes name
 * ({@code ${chaseRecorder...}}). The alternative, test processes without beans, would leave the name resolution on
 * job threads unproved.
 */
final class WorkflowArchives {

    private static final String PROCESS_DIRECTORY = "processes/";
    private static final List<String> PROCESS_FILES = List.of("deployment.list", "review.bpmn20.xml",
            "chase.bpmn20.xml", "context-probe.bpmn20.xml", "failing.bpmn20.xml");

    /** The job category of the archives' engines: never the application's. */
    static final String JOB_CATEGORY = "workflow-it";

    private static final String CONFIG = """
            # Outranks system properties (400), through which the test server configures the application's engine.
            config_ordinal=500
            scrutiny.workflow.async-executor.activate=true
            scrutiny.workflow.job-category=%s
            """.formatted(JOB_CATEGORY);

    private WorkflowArchives() {
    }

    /** A web archive with the application's libraries, the test processes, their beans and the given classes. */
    static WebArchive withEngine(String name, Class<?>... classes) {
        TestServer.awaitApplication();
        WebArchive war = ShrinkWrap.create(WebArchive.class, name)
                .addClasses(classes)
                .addClasses(TestProcesses.class, ChaseRecorder.class, ContextProbe.class, Failer.class,
                        ContainerContext.class)
                .addAsLibrary(libraryOf(Assertions.class))
                .addAsResource(new StringAsset(CONFIG), "META-INF/microprofile-config.properties")
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
        for (String file : PROCESS_FILES) {
            war.addAsResource(WorkflowArchives.class.getPackage(), PROCESS_DIRECTORY + file);
        }
        for (Map.Entry<String, Node> library : applicationLibraries().entrySet()) {
            war.addAsLibrary(library.getValue().getAsset(), library.getKey());
        }
        return war;
    }

    /** The EAR's {@code lib/} jars by file name. */
    private static Map<String, Node> applicationLibraries() {
        File earFile = new File(System.getProperty("it.ear.file", "target/scrutiny.ear"));
        if (!earFile.isFile()) {
            throw new IllegalStateException("The built EAR " + earFile + " is missing; run the integration tests "
                    + "through Maven (verify), which packages it first");
        }
        EnterpriseArchive ear = ShrinkWrap.createFromZipFile(EnterpriseArchive.class, earFile);
        Map<ArchivePath, Node> content = ear.getContent(path -> path.get().startsWith("/lib/")
                && path.get().endsWith(".jar"));
        if (content.isEmpty()) {
            throw new IllegalStateException("The EAR " + earFile + " has no libraries in lib/");
        }
        Map<String, Node> libraries = new TreeMap<>();
        content.forEach((path, node) -> libraries.put(path.get().substring("/lib/".length()), node));
        return libraries;
    }

    private static JavaArchive libraryOf(Class<?> type) {
        try {
            File location = new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
            return ShrinkWrap.createFromZipFile(JavaArchive.class, location);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
