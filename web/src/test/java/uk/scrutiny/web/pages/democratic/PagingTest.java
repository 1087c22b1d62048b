package uk.scrutiny.web.pages.democratic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PagingTest {

    private static final String DASHBOARD = "/democratic/dashboard.xhtml?committee=3";

    @Test
    void aPageNumberPastTheEndShowsTheLastAndAnythingElseTheFirst() {
        assertThat(Paging.of("99", 20, 733, DASHBOARD, "page", "tasks").number()).isEqualTo(37);
        assertThat(Paging.of("two", 20, 733, DASHBOARD, "page", "tasks").number()).isEqualTo(1);
        assertThat(Paging.of("0", 20, 733, DASHBOARD, "page", "tasks").number()).isEqualTo(1);
        assertThat(Paging.of("-3", 20, 733, DASHBOARD, "page", "tasks").number()).isEqualTo(1);
        assertThat(Paging.of(null, 20, 0, DASHBOARD, "page", "tasks").number()).isEqualTo(1);
        assertThat(Paging.of("999999999", 20, 733, DASHBOARD, "page", "tasks").number()).isEqualTo(37);
        assertThat(Paging.requested("999999999")).isEqualTo(1_000_000);
        assertThat(Paging.of("12345678901", 20, 733, DASHBOARD, "page", "tasks").number()).isEqualTo(1);
    }

    @Test
    void theFirstTheLastTheCurrentAndItsNeighboursAreLinkedWithGapsBetween() {
        Paging paging = Paging.of("5", 20, 733, DASHBOARD, "page", "tasks");
        assertThat(paging.links().stream().map(Paging.Link::number)).containsExactly(1, 0, 4, 5, 6, 0, 37);
        assertThat(paging.links().stream().filter(Paging.Link::current).map(Paging.Link::number)).containsExactly(5);
        assertThat(paging.previous()).isEqualTo("/democratic/dashboard.xhtml?committee=3&page=4#tasks");
        assertThat(paging.next()).isEqualTo("/democratic/dashboard.xhtml?committee=3&page=6#tasks");
        assertThat(paging.first()).isEqualTo(80);
        assertThat(paging.showing(20)).isEqualTo("Showing 81 to 100 of 733");
        assertThat(Paging.of("37", 20, 733, DASHBOARD, "page", "tasks").showing(13)).isEqualTo("Showing 721 to 733 of 733");
    }

    @Test
    void aListThatFitsOnOnePageIsNotPaged() {
        Paging paging = Paging.of("1", 20, 20, "/democratic/dashboard.xhtml", "page", "tasks");
        assertThat(paging.isPaged()).isFalse();
        assertThat(paging.hasPrevious()).isFalse();
        assertThat(paging.hasNext()).isFalse();
        assertThat(Paging.of("1", 20, 21, "/democratic/dashboard.xhtml", "page", "tasks").next())
                .isEqualTo("/democratic/dashboard.xhtml?page=2#tasks");
    }

    @Test
    void theAddressLeavesOutWhatIsNotChosenAndEncodesTheRest() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("committee", null);
        parameters.put("q", "a&b c");
        assertThat(Paging.address("/democratic/dashboard.xhtml", parameters))
                .isEqualTo("/democratic/dashboard.xhtml?q=a%26b+c");
    }
}
