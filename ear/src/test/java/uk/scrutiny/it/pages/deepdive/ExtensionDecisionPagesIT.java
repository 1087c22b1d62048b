package uk.scrutiny.it.pages.deepdive;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.scrutiny.it.pages.Browser;
import uk.scrutiny.it.pages.DashboardLists;
import uk.scrutiny.it.questions.Items;

/**
 * Democratic services decide on an officer's extension request from its page (reached from the dashboard or the
 * item page): granted, the request is due on the new date, shown with the working days left and how it was worked
 * out; refused, it stays due when it was, with the reason. The officer's requests page shows the decision. A
 * decision sent after the response came in (the extension closed as no longer needed) is refused and the page
 * shows what happened. Requests and extensions are set up over the API. Every page is checked with axe-core.
 */
class ExtensionDecisionPagesIT {

    private static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    private static Items.Setting setting;
    private static Browser browser;

    @BeforeAll
    static void signIn() {
        setting = Items.childrens();
        browser = Browser.signedInAs("democratic");
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    @Test
    void anExtensionGrantedFromTheDashboardMovesTheDueDateAndTheOfficerSeesIt() {
        String title = Items.uniqueTitle("Extension granted");
        long id = Items.requested(setting, title);
        long request = Items.requestId(id);
        LocalDate asked = weekday(today().plusDays(21));
        long extension = askForExtension(id, request, asked, "The locality figures arrive at the end of the month.");

        String decide = "#act-" + id + "-extension-" + extension;
        DashboardLists.find(browser, setting.committeeId(), "extensions", decide);
        assertThat(browser.text("#extensions")).contains(title, "Decide on an extension asked for by Olu Example");
        browser.check("extension-on-dashboard");
        browser.submit(decide);
        assertThat(browser.text("h1")).isEqualTo("Extension asked for by Olu Example (Lead Officer)");
        assertThat(browser.text("#previous-due")).isEqualTo(DISPLAY.format(today()));
        assertThat(browser.text("#requested-due")).isEqualTo(DISPLAY.format(asked));
        assertThat(browser.text("#extension-reason")).isEqualTo("The locality figures arrive at the end of the month.");
        assertThat(browser.text("#decision-status")).isEqualTo("Awaiting your decision");
        assertThat(browser.find("#until-day").getAttribute("value")).as("the date asked for is filled in")
                .isEqualTo(String.valueOf(asked.getDayOfMonth()));
        browser.check("extension-decision");

        browser.submit("#decide");
        assertThat(browser.text(".govuk-error-summary")).contains("Select whether to grant or refuse the extension");
        browser.check("extension-decision-errors");

        LocalDate granted = weekday(asked.minusDays(7));
        browser.click("#decision");
        browser.type("until-day", String.valueOf(today().getDayOfMonth()));
        browser.type("until-month", String.valueOf(today().getMonthValue()));
        browser.type("until-year", String.valueOf(today().getYear()));
        browser.type("note", "A week less than asked: the report is published soon after.");
        browser.submit("#decide");
        assertThat(browser.text("#until-error")).contains("must be after the current due date");
        assertThat(browser.find("#decision").isSelected()).as("the choice is kept").isTrue();
        assertThat(browser.find("#note").getAttribute("value")).startsWith("A week less than asked");
        browser.check("extension-decision-date-error");

        browser.type("until-day", String.valueOf(granted.getDayOfMonth()));
        browser.type("until-month", String.valueOf(granted.getMonthValue()));
        browser.type("until-year", String.valueOf(granted.getYear()));
        browser.submit("#decide");
        assertThat(browser.text("#success-message")).contains("granted", DISPLAY.format(granted));
        assertThat(browser.text("#decision-status")).startsWith("Granted").contains("A week less than asked");
        assertThat(browser.text("#current-due")).contains(DISPLAY.format(granted), "working days left");
        browser.click("#current-due summary");
        assertThat(browser.text("#current-due")).contains("An extension was granted to " + DISPLAY.format(granted));
        assertThat(browser.findAll("#decision-form")).as("decided once").isEmpty();
        browser.check("extension-granted");

        try (Browser officer = Browser.signedInAs("officer")) {
            assertThat(officer.text("#request-" + request)).contains(DISPLAY.format(granted), "working days left");
            assertThat(officer.text("#extension-decision-" + request)).startsWith("Extension granted on")
                    .contains("now due " + DISPLAY.format(granted));
            officer.check("officer-requests-extension-granted");
        }
    }

    @Test
    void anExtensionRefusedFromTheItemPageKeepsTheDueDateAndTheOfficerSeesWhy() {
        String title = Items.uniqueTitle("Extension refused");
        long id = Items.requested(setting, title);
        long request = Items.requestId(id);
        askForExtension(id, request, weekday(today().plusDays(14)), "Staff absence.");

        browser.open("/democratic/item.xhtml?id=" + id);
        assertThat(browser.text("#requests")).contains("Decide on the extension");
        browser.check("extension-on-item-page");
        browser.submit("#extension-link-" + request);
        assertThat(browser.text("#requested-due")).isNotBlank();
        browser.check("extension-decision-from-item");
        browser.click("#decision-REFUSE");
        browser.submit("#decide");
        assertThat(browser.text("#refusalReason-error")).contains("Enter why the extension is refused");
        assertThat(browser.find("#decision-REFUSE").isSelected()).isTrue();
        browser.check("extension-refusal-errors");

        browser.type("refusalReason", "The meeting cannot move: the report must be published on time.");
        browser.submit("#decide");
        assertThat(browser.text("#success-message")).contains("refused", DISPLAY.format(today()));
        assertThat(browser.text("#decision-status")).isEqualTo("Refused: The meeting cannot move: the report must be "
                + "published on time.");
        assertThat(browser.text("#current-due")).contains(DISPLAY.format(today()), "due today");
        browser.check("extension-refused");

        try (Browser officer = Browser.signedInAs("officer")) {
            assertThat(officer.text("#extension-decision-" + request)).contains("refused on", "the report must be "
                    + "published on time");
            officer.check("officer-requests-extension-refused");
        }
    }

    @Test
    void aDecisionSentAfterTheResponseCameInIsRefusedAndTheExtensionShownAsClosed() {
        long id = Items.requested(setting, Items.uniqueTitle("Extension overtaken"));
        long request = Items.requestId(id);
        long extension = askForExtension(id, request, weekday(today().plusDays(10)), "Waiting for data.");
        browser.open("/democratic/extension.xhtml?item=" + id + "&request=" + request + "&extension=" + extension);
        assertThat(browser.text("#decision-status")).isEqualTo("Awaiting your decision");
        browser.check("extension-before-overtaken");
        browser.click("#decision");

        Items.ok(Items.post("officer", "/api/items/" + id + "/submit-response", """
                {"answers": [{"line": 1, "text": "Threshold changes in 2023."},
                             {"line": 2, "text": "Attached as a table."}],
                 "notProvided": [{"inclusion": "COSTINGS_AND_BUDGET", "reason": "Not held by locality."}]}
                """), 200);

        browser.submit("#decide");
        assertThat(browser.text(".govuk-error-summary")).contains("The extension can no longer be decided",
                "no longer needed");
        assertThat(browser.text("#decision-status")).startsWith("Closed: no longer needed");
        assertThat(browser.findAll("#decision-form")).isEmpty();
        browser.check("extension-overtaken");

        browser.open("/democratic/extension.xhtml?item=" + id + "&request=" + request + "&extension=999999");
        assertThat(browser.text("h1")).isEqualTo("Page not found");
        browser.check("extension-not-found");
    }

    /** The officer asks over the API; the extension's id. */
    private static long askForExtension(long id, long request, LocalDate until, String reason) {
        Items.ok(Items.post("officer", "/api/items/" + id + "/requests/" + request + "/extensions",
                "{\"until\": \"" + until + "\", \"reason\": \"" + reason + "\"}"), 201);
        return Items.ok(Items.get("democratic", "/api/items/" + id), 200).getJsonArray("requests").getJsonObject(0)
                .getJsonArray("extensions").getJsonObject(0).getJsonNumber("id").longValue();
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/London"));
    }

    /** The first Monday to Friday from the day given. */
    private static LocalDate weekday(LocalDate from) {
        LocalDate day = from;
        while (day.getDayOfWeek().getValue() > 5) {
            day = day.plusDays(1);
        }
        return day;
    }
}
