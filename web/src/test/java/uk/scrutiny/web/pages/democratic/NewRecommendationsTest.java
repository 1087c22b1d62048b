package uk.scrutiny.web.pages.democratic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.scrutiny.domain.model.DomainRuleViolation;

/** The "add another" rows of a recommendations form, as the server reads them back from what the browser sent. */
class NewRecommendationsTest {

    private final Map<String, String> sent = new HashMap<>();

    private void row(int n, String text, String maker, String year) {
        sent.put("text-" + n, text);
        sent.put("decisionMaker-" + n, maker);
        sent.put("targetDate-" + n + "-year", year);
    }

    private List<NewRecommendations.Row> read() {
        return NewRecommendations.read(sent::get);
    }

    @Test
    void aFormNotSentYetHasOneEmptyRow() {
        assertThat(read()).singleElement().satisfies(r -> {
            assertThat(r.number()).isEqualTo(1);
            assertThat(r.isEmpty()).isTrue();
        });
        assertThat(NewRecommendations.rowsChanged(sent::get)).isFalse();
    }

    @Test
    void addAnotherKeepsEveryRowTypedAndAddsAnEmptyOne() {
        sent.put("rows", "4");
        for (int n = 1; n <= 4; n++) {
            row(n, "Recommendation " + n, "Cabinet", "2027");
        }
        sent.put("add-another", "1");

        List<NewRecommendations.Row> rows = read();

        assertThat(rows).hasSize(5);
        assertThat(rows).extracting(NewRecommendations.Row::text).containsExactly("Recommendation 1",
                "Recommendation 2", "Recommendation 3", "Recommendation 4", null);
        assertThat(rows.get(3).year()).isEqualTo("2027");
        assertThat(NewRecommendations.rowsChanged(sent::get)).isTrue();
    }

    @Test
    void removeTakesOutThatRowAndNumbersTheRestAgain() {
        sent.put("rows", "3");
        row(1, "First", "Cabinet", null);
        row(2, "Second", "Portfolio holder", "2027");
        row(3, "Third", "Cabinet", null);
        sent.put("remove-row", "2");

        List<NewRecommendations.Row> rows = read();

        assertThat(rows).extracting(NewRecommendations.Row::number).containsExactly(1, 2);
        assertThat(rows).extracting(NewRecommendations.Row::text).containsExactly("First", "Third");
    }

    @Test
    void removingTheOnlyRowLeavesAnEmptyOneAndNonsenseCountsAreBounded() {
        sent.put("rows", "1");
        row(1, "Only", "Cabinet", null);
        sent.put("remove-row", "1");
        assertThat(read()).singleElement().satisfies(r -> assertThat(r.isEmpty()).isTrue());

        sent.clear();
        sent.put("rows", "99999");
        sent.put("remove-row", "x");
        assertThat(read()).hasSize(NewRecommendations.MOST_ROWS);
        sent.put("rows", "-3");
        assertThat(read()).hasSize(1);
        sent.put("rows", "many");
        assertThat(read()).hasSize(1);
    }

    @Test
    void theServicesRefusalOfTheNthRecommendationSentGoesToItsRow() {
        // Rows 1 and 3 were sent (2 was left empty): the service counts them 0 and 1.
        NewRecommendations.Checked checked = new NewRecommendations.Checked(List.of(), List.of(1, 3));

        assertThat(checked.fieldOf(new DomainRuleViolation("recommendations[1].decisionMaker", "x")))
                .isEqualTo("decisionMaker-3");
        assertThat(checked.fieldOf(new DomainRuleViolation("recommendations[0].targetDate", "x")))
                .isEqualTo("targetDate-1-day");
        assertThat(checked.fieldOf(new DomainRuleViolation("recommendations[1].text", "x"))).isEqualTo("text-3");
        assertThat(checked.fieldOf(new DomainRuleViolation("recommendations", "x"))).isEqualTo("text-1");
        assertThat(checked.fieldOf(new DomainRuleViolation(null, "x"))).isEqualTo("text-1");
    }
}
