package uk.scrutiny.it;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Waits, before Arquillian deploys a test archive, until the application is ready (see {@link TestServer}). On a
 * loaded machine the application can take minutes to start (schema, engine, demo data); an archive deployed
 * meanwhile waits behind it and Arquillian gives up on it. Register it before {@code ArquillianExtension}:
 * {@code @ExtendWith({ApplicationStarted.class, ArquillianExtension.class})}.
 */
public class ApplicationStarted implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        TestServer.baseUrl();
    }
}
