package uk.scrutiny.it.queries;

import java.net.URL;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The set-up the query tests share: {@link QueryFixtureServlet}'s committee, built once for the test class (every
 * test only reads) in the class's own archive, and removed after its last test. A subclass declares its
 * {@code @Deployment} with {@link QueryFixture#archive(String)}.
 */
@ExtendWith(ArquillianExtension.class)
abstract class OnQueryFixture {

    @ArquillianResource
    URL base;

    static QueryFixture fixture;

    @BeforeEach
    void build() throws Exception {
        if (fixture == null) {
            fixture = QueryFixture.create(base);
        }
    }

    @AfterAll
    static void remove() throws Exception {
        if (fixture != null) {
            fixture.remove();
            fixture = null;
        }
    }
}
