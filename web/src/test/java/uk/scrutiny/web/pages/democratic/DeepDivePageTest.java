package uk.scrutiny.web.pages.democratic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The deep dive service names its fields as the API does; the page shows each message next to its own field. */
class DeepDivePageTest {

    @Test
    void eachFieldTheServiceNamesIsAFieldOfThePage() {
        assertThat(DeepDivePage.fieldOf("scope")).isEqualTo("scope");
        assertThat(DeepDivePage.fieldOf("workingGroup[2]")).isEqualTo("workingGroup");
        assertThat(DeepDivePage.fieldOf("keyLinesOfEnquiry[0]")).isEqualTo("keyLines");
        assertThat(DeepDivePage.fieldOf("title")).isEqualTo("sessionTitle");
        assertThat(DeepDivePage.fieldOf("heldOn")).isEqualTo("heldOn-day");
        assertThat(DeepDivePage.fieldOf("witnesses[1]")).isEqualTo("witnesses");
        assertThat(DeepDivePage.fieldOf("findings")).isEqualTo("finding");
        assertThat(DeepDivePage.fieldOf("finalReportOn")).isEqualTo("reportOn-day");
        assertThat(DeepDivePage.fieldOf("recommendations")).isEqualTo("text-1");
    }

    @Test
    void aFieldThePageDoesNotHaveGoesToTheSummaryOnly() {
        assertThat(DeepDivePage.fieldOf(null)).isNull();
        assertThat(DeepDivePage.fieldOf("deepDive")).isNull();
    }
}
