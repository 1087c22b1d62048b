package uk.scrutiny.domain.model.redflag;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import uk.scrutiny.domain.model.Text;

/**
 * The evidence behind a red flag, as the member read it: the value ("42.3 per 10,000"), what it was compared with
 * ("England 38.1"), the period ("2024-25"), the trend and a link to the source. Kept as text because indicators
 * come as rates, percentages, counts and ranks, and the member's reading is what triage needs.
 */
@Embeddable
public class Evidence {

    /** No evidence given yet. */
    public static final Evidence NONE = new Evidence();

    @Column(name = "evidence_value", length = 200)
    private String value;

    @Column(name = "evidence_comparator", length = 300)
    private String comparator;

    @Column(name = "evidence_period", length = 100)
    private String period;

    @Enumerated(EnumType.STRING)
    @Column(name = "evidence_trend", length = 20)
    private Trend trend;

    @Column(name = "evidence_link", length = 1000)
    private String link;

    protected Evidence() {
        // for JPA and NONE
    }

    public Evidence(String value, String comparator, String period, Trend trend, String link) {
        this.value = Text.optional(value, "evidence.value", "Value", 200);
        this.comparator = Text.optional(comparator, "evidence.comparator", "Comparator", 300);
        this.period = Text.optional(period, "evidence.period", "Period", 100);
        this.trend = trend;
        this.link = Text.optionalLink(link, "evidence.link", "Link to the evidence");
    }

    public String value() { return value; }
    public String comparator() { return comparator; }
    public String period() { return period; }
    public Trend trend() { return trend; }
    public String link() { return link; }

    @Override
    public boolean equals(Object other) {
        return other instanceof Evidence that && Objects.equals(value, that.value)
                && Objects.equals(comparator, that.comparator) && Objects.equals(period, that.period)
                && trend == that.trend && Objects.equals(link, that.link);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value, comparator, period, trend, link);
    }
}
