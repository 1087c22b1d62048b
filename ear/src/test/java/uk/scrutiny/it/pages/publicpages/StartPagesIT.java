package uk.scrutiny.it.pages.publicpages;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.scrutiny.it.TestServer;
import uk.scrutiny.it.pages.Browser;

/**
 * Signing in from the sign-in page itself takes each role to its start page; the header says who is signed in;
 * signing out ends the session, so a protected page asks for sign-in again.
 */
class StartPagesIT {

    @Test
    void eachRoleLandsOnItsStartPageAndSigningOutEndsTheSession() {
        String[][] landings = {
                {"officer", "/officer/requests.xhtml", "Officer"},
                {"member", "/member/items.xhtml", "Member"},
                {"chair", "/chair/tasks.xhtml", "Member, Chair"},
                {"admin", "/admin/calendar.xhtml", "Admin"},
                // Built on the democratic services pages' branch; only where sign-in sends them is checked here.
                {"democratic", "/democratic/dashboard.xhtml", null}};
        try (Browser browser = new Browser()) {
            for (String[] landing : landings) {
                browser.signIn(landing[0]);
                assertThat(browser.driver.getCurrentUrl()).as(landing[0]).isEqualTo(Browser.BASE_URL + landing[1]);
                if (landing[2] == null) {
                    browser.open("/");
                } else {
                    assertThat(browser.text("#signed-in-roles")).isEqualTo(landing[2]);
                    browser.check("start-page-" + landing[0]);
                }
                browser.submit("#sign-out input[type=submit]");
                assertThat(browser.findAll("#signed-in-name")).as("signed out: " + landing[0]).isEmpty();
            }
            browser.open("/officer/requests.xhtml");
            assertThat(browser.driver.getCurrentUrl()).as("the session ended with sign-out")
                    .contains("/sign-in.xhtml?next=");
        }
    }

    /**
     * A signed-in request is recognised by its cookies alone (not by running the sign-in again), so the cookies of a
     * session that signed out must not work when sent again, by the browser or by anyone who copied them.
     */
    @Test
    void theCookiesOfASignedOutSessionAreRefused() {
        try (Browser browser = Browser.signedInAs("officer")) {
            String cookies = browser.driver.manage().getCookies().stream()
                    .map(c -> c.getName() + "=" + c.getValue()).collect(Collectors.joining("; "));
            assertThat(cookies).contains("SCRUTINYSSO=");
            assertThat(TestServer.getWithCookies("/api/my-tasks", cookies).statusCode()).as("signed in")
                    .isEqualTo(200);

            browser.submit("#sign-out input[type=submit]");
            assertThat(browser.findAll("#signed-in-name")).isEmpty();

            HttpResponse<String> replayed = TestServer.getWithCookies("/api/my-tasks", cookies);
            assertThat(replayed.statusCode()).as("the signed-out session's cookies sent again").isEqualTo(401);
            assertThat(replayed.body()).contains("Sign in");
        }
    }
}
