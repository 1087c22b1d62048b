package uk.scrutiny.it;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.scrutiny.it.TestServer.DEMO_PASSWORD;
import static uk.scrutiny.it.TestServer.array;
import static uk.scrutiny.it.TestServer.get;
import static uk.scrutiny.it.TestServer.getAs;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A second start against the same database: the migrations find nothing to do, the schema is left as it was, the
 * demo data is not loaded twice and the workflow engine finds its tables rather than making them.
 *
 * <p>Last, in a failsafe execution of its own (ear/pom.xml). The running process instances, their tasks and the
 * deployments are checked from inside the restarted server by {@code workflow.WorkflowAfterRestartIT}, which runs
 * after this class in the same execution and finds the witness {@code workflow.WorkflowBeforeRestartIT} left.
 */
class RestartIT {

    /** Flowable's log line for each part of the schema it makes: "performing create on engine with resource ...". */
    private static final String FLOWABLE_CREATES_SCHEMA = "performing create";

    @Test
    void aSecondStartRunsNoMigrationAndDuplicatesNoDemoData() throws Exception {
        String committeesBefore = getAs("democratic", DEMO_PASSWORD, "/api/committees").body();
        int meetingsBefore = array(getAs("democratic", DEMO_PASSWORD, "/api/meetings")).size();

        assertThat(TestServer.messagesLog()).as("first start on the empty database")
                .contains(FLOWABLE_CREATES_SCHEMA + " on engine");

        restartServer();

        String log = TestServer.messagesLog();
        assertThat(log).contains("ProcessEngine scrutiny created");
        assertThat(log).doesNotContain(FLOWABLE_CREATES_SCHEMA).doesNotContain("performing upgrade");
        assertThat(log).containsPattern("Database schema at version \\d+ \\(0 migrations run now\\)");
        assertThat(log).contains("Demo data: 0 records added");
        assertThat(log).doesNotContain("Database migrations failed");
        assertThat(getAs("democratic", DEMO_PASSWORD, "/api/committees").body()).isEqualTo(committeesBefore);
        assertThat(array(getAs("democratic", DEMO_PASSWORD, "/api/meetings")).size()).isEqualTo(meetingsBefore);
    }

    private static void restartServer() throws IOException, InterruptedException {
        server("stop");
        server("start");
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            try {
                if (get("/health/ready").statusCode() == 200 && TestServer.messagesLog().contains("CWWKZ0001I")) {
                    return;
                }
            } catch (IllegalStateException | IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new AssertionError("The server did not become ready again within 3 minutes");
    }

    private static void server(String action) throws IOException, InterruptedException {
        Path wlp = Path.of(System.getProperty("it.wlp.dir"));
        Process process = new ProcessBuilder(wlp.resolve("bin/server").toString(), action,
                System.getProperty("it.server.name")).inheritIO().start();
        assertThat(process.waitFor(3, TimeUnit.MINUTES)).as("server " + action + " finished").isTrue();
        assertThat(process.exitValue()).as("server " + action + " exit code").isIn(0, 1);
    }
}
