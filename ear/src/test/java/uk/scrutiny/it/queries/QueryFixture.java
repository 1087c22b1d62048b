package uk.scrutiny.it.queries;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import org.flywaydb.core.Flyway;
import org.flywaydb.database.derby.DerbyDatabaseType;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import uk.scrutiny.domain.model.committee.Committee;
import uk.scrutiny.it.ContainerArchives;
import uk.scrutiny.it.TestServer;

/** The ids {@link QueryFixtureServlet} answers with, and the archive that holds it. */
record QueryFixture(URL base, long committee, long pastMeeting, long futureMeeting, long alpha, long bravo,
        long charlie, long delta, long echo, LocalDate bravoDue) {

    static WebArchive archive(String name) {
        TestServer.awaitApplication();
        return ShrinkWrap.create(WebArchive.class, name)
                .addClasses(QueryFixtureServlet.class)
                .addAsLibrary(ContainerArchives.libraryOf(Committee.class))
                .addAsLibrary(ContainerArchives.libraryOf(Flyway.class))
                .addAsLibrary(ContainerArchives.libraryOf(DerbyDatabaseType.class))
                .addAsLibrary(ContainerArchives.libraryOf(ObjectMapper.class))
                .addAsLibrary(ContainerArchives.libraryOf(JsonFactory.class))
                .addAsLibrary(ContainerArchives.libraryOf(JsonAutoDetect.class))
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
    }

    static QueryFixture create(URL base) throws Exception {
        HttpResponse<String> response = send(base, "POST", "query-fixture");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonObject ids;
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            ids = reader.readObject();
        }
        return new QueryFixture(base, id(ids, "committee"), id(ids, "pastMeeting"), id(ids, "futureMeeting"),
                id(ids, "alpha"), id(ids, "bravo"), id(ids, "charlie"), id(ids, "delta"), id(ids, "echo"),
                LocalDate.parse(ids.getString("bravoDue")));
    }

    void remove() throws Exception {
        HttpResponse<String> response = send(base, "DELETE", "query-fixture?committee=" + committee);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
    }

    private static long id(JsonObject ids, String name) {
        return ids.getJsonNumber(name).longValue();
    }

    private static HttpResponse<String> send(URL base, String method, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base.toExternalForm()).resolve(path))
                .timeout(Duration.ofMinutes(2)).method(method, HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
