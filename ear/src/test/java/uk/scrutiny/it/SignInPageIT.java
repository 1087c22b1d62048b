package uk.scrutiny.it;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.scrutiny.it.TestServer.BASE_URL;
import static uk.scrutiny.it.TestServer.DEMO_PASSWORD;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Form sign-in for the pages, as a browser without JavaScript does it: a session cookie and the Faces form. */
class SignInPageIT {

    private static final Pattern HIDDEN_INPUT = Pattern.compile("<input[^>]*type=\"hidden\"[^>]*>");
    private static final Pattern NAME = Pattern.compile("name=\"([^\"]*)\"");
    private static final Pattern VALUE = Pattern.compile("value=\"([^\"]*)\"");

    private final HttpClient browser = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void signingInShowsWhoIsSignedInAndTheirRoles() throws Exception {
        HttpResponse<String> afterSignIn = signIn("chair", DEMO_PASSWORD, "/");

        assertThat(afterSignIn.statusCode()).isIn(302, 303);
        assertThat(afterSignIn.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/"));
        String home = get("/").body();
        assertThat(home).contains("Signed in as", "Cllr Chris Example", "Member, Chair", "Sign out");
    }

    @Test
    void aWrongPasswordShowsTheErrorSummaryAndKeepsTheUserName() throws Exception {
        HttpResponse<String> response = signIn("democratic", "wrong-password", "/");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("govuk-error-summary", "There is a problem",
                "The user name or password is not right", "value=\"democratic\"");
        assertThat(response.body()).contains("<title>Error: Sign in");
        assertThat(response.body()).doesNotContain("wrong-password");
    }

    @Test
    void emptyFieldsAreEachReported() throws Exception {
        HttpResponse<String> response = signIn("", "", "/");

        assertThat(response.body()).contains("Enter your user name", "Enter your password",
                "href=\"#username\"", "href=\"#password\"");
    }

    @Test
    void aProtectedPageSendsThePersonToSignInAndBackAfterwards() throws Exception {
        HttpResponse<String> response = get("/home/start.xhtml");

        assertThat(response.statusCode()).isIn(302, 303);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).contains("/sign-in.xhtml?next=%2Fhome%2Fstart.xhtml"));
    }

    @Test
    void signInNeverRedirectsToAnotherSite() throws Exception {
        HttpResponse<String> response = signIn("member", DEMO_PASSWORD, "//evil.example.org/");

        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).doesNotContain("evil.example.org"));
    }

    private HttpResponse<String> signIn(String username, String password, String next)
            throws IOException, InterruptedException {
        String form = get("/sign-in.xhtml?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8)).body();
        // The form's own hidden fields (view state, submit marker) as the page rendered them.
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher hidden = HIDDEN_INPUT.matcher(form);
        while (hidden.find()) {
            Matcher name = NAME.matcher(hidden.group());
            Matcher value = VALUE.matcher(hidden.group());
            if (name.find()) {
                fields.put(name.group(1), value.find() ? value.group(1).replace("&#58;", ":") : "");
            }
        }
        assertThat(fields).as("the sign-in form carries a view state").containsKey("jakarta.faces.ViewState");
        fields.put("next", next);
        fields.put("username", username);
        fields.put("password", password);
        fields.put("continue", "Sign in");
        String body = fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return browser.send(HttpRequest.newBuilder(URI.create(BASE_URL + "/sign-in.xhtml")).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(URI.create(BASE_URL + path)).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
