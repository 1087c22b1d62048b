package uk.scrutiny.it.pages.publicpages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.scrutiny.it.pages.Browser;
import uk.scrutiny.it.questions.Items;

/** What the public sees of outcomes, without signing in: what committees resolved, nothing still in draft. */
class PublicOutcomesIT {

    @Test
    void outcomesArePublicAndNothingUnpublishedShows() {
        Items.Setting setting = Items.childrens();
        String considered = Items.uniqueTitle("Considered");
        Items.considered(setting, considered, "NOTED", "The committee noted the locality figures.");
        String requested = Items.uniqueTitle("Still with the officer");
        Items.requested(setting, requested);
        String published = Items.uniqueTitle("Published, meeting held");
        Items.published(setting, published);

        try (Browser browser = new Browser()) {
            browser.open("/public/outcomes.xhtml");
            assertThat(browser.findAll("#signed-in-name")).as("nobody is signed in").isEmpty();
            String page = browser.mainText();
            assertThat(page).contains(Items.CHILDRENS, considered, "Noted", "The committee noted the locality figures.")
                    .doesNotContain(requested)
                    .as("published for a meeting already held, with no outcome yet: not an outcome")
                    .doesNotContain(published);
            browser.check("public-outcomes");
        }
    }
}
