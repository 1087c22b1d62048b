package uk.scrutiny.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
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
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Cross-site request forgery: a page form sent without this session's token, or with another, is refused with 403
 * before any page code runs, and changes nothing. Plain HTTP with a cookie jar, as a forging site's browser would
 * send it: the session cookie goes along, but the token in the page cannot be read by the other site.
 */
class FormTokenIT {

    private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>");
    private static final Pattern NAME = Pattern.compile("\\bname=\"([^\"]*)\"");
    private static final Pattern VALUE = Pattern.compile("\\bvalue=\"([^\"]*)\"");
    private static final Pattern TYPE = Pattern.compile("\\btype=\"([^\"]*)\"");

    private final HttpClient browser = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void everyFormCarriesTheSessionsToken() throws Exception {
        String page = get("/sign-in.xhtml").body();
        Map<String, String> fields = form(page, "sign-in");
        assertTrue(fields.get("csrf-token").length() >= 40, "the sign-in form has a long random token: " + fields);
        String again = form(get("/sign-in.xhtml").body(), "sign-in").get("csrf-token");
        assertEquals(fields.get("csrf-token"), again, "one token for the session");
    }

    @Test
    void aSignInWithoutTheTokenIsRefusedAndDoesNotSignIn() throws Exception {
        Map<String, String> fields = form(get("/sign-in.xhtml").body(), "sign-in");
        fields.put("username", "admin");
        fields.put("password", TestServer.DEMO_PASSWORD);
        fields.remove("csrf-token");

        HttpResponse<String> refused = post("/sign-in.xhtml", fields);

        assertEquals(403, refused.statusCode());
        assertTrue(refused.body().contains("The form could not be used"), refused.body());
        assertTrue(refused.body().contains("Nothing has been changed"));
        HttpResponse<String> admin = get("/admin/calendar.xhtml");
        assertEquals(302, admin.statusCode(), "still not signed in");
        assertTrue(admin.headers().firstValue("Location").orElse("").contains("/sign-in.xhtml"));
    }

    @Test
    void aFormWithAnotherTokenChangesNothingAndTheRightTokenWorks() throws Exception {
        signInAs("admin");
        String reason = "Forged closure " + UUID.randomUUID();
        Map<String, String> fields = form(get("/admin/calendar.xhtml").body(), "add-closure");
        fields.put("closureFirst-day", "28");
        fields.put("closureFirst-month", "12");
        fields.put("closureFirst-year", "2027");
        fields.put("closureLast-day", "29");
        fields.put("closureLast-month", "12");
        fields.put("closureLast-year", "2027");
        fields.put("closureReason", reason);
        String token = fields.put("csrf-token", "x".repeat(43));

        HttpResponse<String> refused = post("/admin/calendar.xhtml", fields);

        assertEquals(403, refused.statusCode());
        assertFalse(closures().contains(reason), "no closure was added by the forged form");

        fields.put("csrf-token", token);
        HttpResponse<String> accepted = post("/admin/calendar.xhtml", fields);
        assertTrue(accepted.statusCode() < 400, "status " + accepted.statusCode());
        JsonObject added = TestServer.array(TestServer.getAs("admin", TestServer.DEMO_PASSWORD,
                "/api/calendar/closures")).getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("reason").equals(reason)).findFirst().orElseThrow();
        assertEquals(204, TestServer.sendAs("admin", "DELETE", "/api/calendar/closures/" + added.getJsonNumber("id"),
                null).statusCode());
    }

    private void signInAs(String username) throws Exception {
        Map<String, String> fields = form(get("/sign-in.xhtml").body(), "sign-in");
        fields.put("username", username);
        fields.put("password", TestServer.DEMO_PASSWORD);
        HttpResponse<String> signedIn = post("/sign-in.xhtml", fields);
        assertEquals(302, signedIn.statusCode(), signedIn.body());
    }

    private static String closures() {
        return TestServer.getAs("admin", TestServer.DEMO_PASSWORD, "/api/calendar/closures").body();
    }

    /** The fields a browser would send from the form with this id: its inputs and its one submit button. */
    private static Map<String, String> form(String page, String formId) {
        int start = page.indexOf("<form id=\"" + formId + "\"");
        assertTrue(start >= 0, "form " + formId + " on the page");
        String form = page.substring(start, page.indexOf("</form>", start));
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher input = INPUT.matcher(form);
        while (input.find()) {
            String tag = input.group();
            Matcher name = NAME.matcher(tag);
            if (!name.find()) {
                continue;
            }
            Matcher value = VALUE.matcher(tag);
            Matcher type = TYPE.matcher(tag);
            String kind = type.find() ? type.group(1) : "text";
            if (!kind.equals("file")) {
                fields.put(name.group(1), value.find() ? value.group(1).replace("&amp;", "&") : "");
            }
        }
        return fields;
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(URI.create(TestServer.BASE_URL + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, Map<String, String> fields)
            throws IOException, InterruptedException {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return browser.send(HttpRequest.newBuilder(URI.create(TestServer.BASE_URL + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
