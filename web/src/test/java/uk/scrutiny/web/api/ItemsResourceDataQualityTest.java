package uk.scrutiny.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import uk.scrutiny.domain.model.DomainRuleViolation;
import uk.scrutiny.domain.model.redflag.DataPoints;
import uk.scrutiny.domain.model.redflag.DataQuality;
import uk.scrutiny.domain.model.redflag.DataQualityPrompt;

/** The data-quality answers of a red flag sent to the API, as the domain keeps them. */
class ItemsResourceDataQualityTest {

    @Test
    void blankAnswersAreNotAnswered() {
        ItemRequests.DataQualityAnswers answers = new ItemRequests.DataQualityAnswers();
        answers.officialStatistic = Boolean.TRUE;
        answers.dataPoints = "TREND";
        answers.timeliness = "  ";

        DataQuality quality = ItemsResource.dataQuality(answers);

        assertThat(quality.officialStatistic()).isTrue();
        assertThat(quality.dataPoints()).isEqualTo(DataPoints.TREND);
        assertThat(quality.unanswered()).containsExactly(DataQualityPrompt.DATA_SET_SIZE,
                DataQualityPrompt.HOW_CALCULATED, DataQualityPrompt.TIMELINESS, DataQualityPrompt.KNOWN_QUALITY_ISSUES);
    }

    @Test
    void anAnswerThatIsNotAChoiceOrTooLongNamesItsField() {
        ItemRequests.DataQualityAnswers notAChoice = new ItemRequests.DataQualityAnswers();
        notAChoice.dataPoints = "trend-ish";
        assertThatThrownBy(() -> ItemsResource.dataQuality(notAChoice)).isInstanceOf(DomainRuleViolation.class)
                .extracting(e -> ((DomainRuleViolation) e).field()).isEqualTo("dataQuality.dataPoints");

        ItemRequests.DataQualityAnswers tooLong = new ItemRequests.DataQualityAnswers();
        tooLong.howCalculated = "x".repeat(1001);
        assertThatThrownBy(() -> ItemsResource.dataQuality(tooLong)).isInstanceOf(DomainRuleViolation.class)
                .extracting(e -> ((DomainRuleViolation) e).field()).isEqualTo("dataQuality.howCalculated");
    }
}
