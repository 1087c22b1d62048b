package uk.scrutiny.it.chasing;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import uk.scrutiny.it.TestServer;

/**
 * The test SMTP server the application's chase e-mails go to, for a test class's tests: started once the
 * application answers, before the first test, and stopped after the last ({@code @ExtendWith(WithMailServer.class)}).
 */
final class WithMailServer implements BeforeAllCallback, AfterAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        TestServer.awaitApplication();
        Chasing.startSmtpServer();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        Chasing.stopSmtpServer();
    }
}
