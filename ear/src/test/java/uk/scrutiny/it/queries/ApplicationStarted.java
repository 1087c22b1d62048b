package uk.scrutiny.it.queries;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import uk.scrutiny.it.TestServer;

/**
 * Waits, before Arquillian deploys a test archive, until the application answers as a demo user. On a loaded
 * machine the application can take minutes to start (schema, engine, demo data); an archive deployed meanwhile
 * waits behind it and Arquillian gives up on it, and a fixture needs the demo users. Register it before
 * {@code ArquillianExtension}: {@code @ExtendWith({ApplicationStarted.class, ArquillianExtension.class})}.
 */
public class ApplicationStarted implements BeforeAllCallback {

    private static final Duration PATIENCE = Duration.ofMinutes(10);

    @Override
    public void beforeAll(ExtensionContext context) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> response = TestServer.sendAs("officer2", "GET", "/api/requests?size=1", null);
                if (response.statusCode() == 200) {
                    return;
                }
                last = response.statusCode() + " " + response.body();
            } catch (IllegalStateException notListening) {
                last = notListening.getMessage();
            }
            Thread.sleep(3000);
        }
        throw new IllegalStateException("The application did not answer as officer2 within " + PATIENCE + ": " + last);
    }
}
