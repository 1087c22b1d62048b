package uk.scrutiny.it.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The workflow benchmark (see {@link BenchmarkServlet}): not part of {@code verify}; run it with
 * {@code ./mvnw -B verify -Pbenchmark} and read the table it prints (also written to
 * {@code ear/target/workflow-benchmark.txt}). Sizes: {@code -Dbenchmark.instances=}, {@code -Dbenchmark.rounds=},
 * {@code -Dbenchmark.warmUp=}. It reports figures and asserts only that both paths did the work: a timing
 * threshold would make the build depend on the machine.
 */
@Tag("benchmark")
@ExtendWith(ArquillianExtension.class)
class WorkflowBenchmarkIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return WorkflowArchives.withEngine("workflow-benchmark.war", BenchmarkServlet.class);
    }

    @ArquillianResource
    URL base;

    @Test
    void printsStartAndCompletionRatesOfTheContainerPathAgainstRawFlowable() throws IOException, InterruptedException {
        String query = "benchmark?instances=" + System.getProperty("benchmark.instances", "300")
                + "&rounds=" + System.getProperty("benchmark.rounds", "4")
                + "&warmUp=" + System.getProperty("benchmark.warmUp", "200");
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(base.toExternalForm()).resolve(query))
                        .timeout(Duration.ofMinutes(15)).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        System.out.println();
        System.out.println(response.body());
        Files.writeString(Path.of("target", "workflow-benchmark.txt"), response.body());
        assertThat(response.body()).contains("container / raw");
    }
}
