package uk.scrutiny.it.pages;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Finds a row on democratic services' dashboard as a user would: the committee chosen in the filter, then the list's
 * pages followed until the row is there. Every list of the dashboard is a page at a time, and the tests leave many
 * items behind them, so a row is not always on the first page.
 */
public final class DashboardLists {

    private DashboardLists() {
    }

    /**
     * Opens the dashboard for the committee and follows the "Next" link of one list until {@code row} is on the page.
     *
     * @param list the list's table id ({@code tasks}, {@code overdue}, {@code due-soon}, {@code meetings},
     *     {@code executive-responses}, {@code deep-dives}, {@code extensions}); its pagination is {@code list-pages}
     * @param row a CSS selector of what to find in it
     */
    public static void find(Browser browser, long committeeId, String list, String row) {
        browser.open("/democratic/dashboard.xhtml?committee=" + committeeId);
        String next = "#" + list + "-pages .govuk-pagination__next a";
        while (browser.findAll("#" + list + " " + row).isEmpty()) {
            assertThat(browser.findAll(next)).as("%s in the list %s of committee %d", row, list, committeeId)
                    .isNotEmpty();
            browser.submit(next);
        }
    }
}
