package uk.scrutiny.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;

/** The Liberty test server started by the build (see ear/pom.xml), and plain HTTP calls to it. */
public final class TestServer {

    static final String BASE_URL = System.getProperty("it.base.url", "http://localhost:9180");
    static final Path SERVER_DIR = Path.of(System.getProperty("it.server.dir", "target/liberty-server"));
    public static final String DEMO_PASSWORD = "scrutiny-demo";

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private static boolean applicationReady;

    static {
        awaitApplication();
    }

    private TestServer() {
    }

    /** Where the test server answers; every HTTP test goes through here, so none starts before the application. */
    public static String baseUrl() {
        return BASE_URL;
    }

    /**
     * The build starts the server before the tests, but on a loaded machine the application can still be starting
     * when the first test runs (Liberty answers 404 until then). Readiness turns UP once the application has started
     * and its database is migrated. The Arquillian deployments call this too: an archive deployed while the
     * application is still starting waits behind it, and Arquillian gives up on it.
     */
    public static synchronized void awaitApplication() {
        if (applicationReady) {
            return;
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(600).toNanos();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(BASE_URL + "/health/ready"))
                .timeout(Duration.ofSeconds(10)).GET().build();
        while (true) {
            try {
                if (CLIENT.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    applicationReady = true;
                    return;
                }
            } catch (IOException e) {
                // Not listening yet.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The application at " + BASE_URL + " was not ready in 600 s");
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    public static HttpResponse<String> get(String path) {
        return send(request(path).GET().build());
    }

    static HttpResponse<String> getAs(String username, String password, String path) {
        return send(request(path).header("Authorization", basic(username, password)).GET().build());
    }

    /** A request that carries only the given Cookie header, as a browser would after signing in. */
    public static HttpResponse<String> getWithCookies(String path, String cookies) {
        return send(request(path).header("Cookie", cookies).GET().build());
    }

    /** A request with a JSON body, as the given user. */
    public static HttpResponse<String> sendAs(String username, String method, String path, String json) {
        HttpRequest.Builder builder = request(path).header("Authorization", basic(username, DEMO_PASSWORD));
        if (json != null) {
            builder.header("Content-Type", "application/json");
        }
        return send(builder.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json)).build());
    }

    static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(BASE_URL + path)).timeout(Duration.ofSeconds(60));
    }

    static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("Test server did not answer " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static JsonObject object(HttpResponse<String> response) {
        return (JsonObject) parse(response.body());
    }

    public static JsonArray array(HttpResponse<String> response) {
        return (JsonArray) parse(response.body());
    }

    private static JsonStructure parse(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.read();
        }
    }

    static String messagesLog() throws IOException {
        return Files.readString(SERVER_DIR.resolve("logs/messages.log"));
    }
}
