package uk.scrutiny.domain.model.item;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import uk.scrutiny.domain.model.Text;

/** What a response says about one standard data inclusion: provided, or not provided and why. */
@Embeddable
public class InclusionStatement {

    @Column(name = "provided", nullable = false)
    private boolean provided;

    @Column(name = "reason_not_provided", length = 1000)
    private String reasonNotProvided;

    protected InclusionStatement() {
        // for JPA
    }

    private InclusionStatement(boolean provided, String reasonNotProvided) {
        this.provided = provided;
        this.reasonNotProvided = reasonNotProvided;
    }

    public static InclusionStatement provided() {
        return new InclusionStatement(true, null);
    }

    public static InclusionStatement notProvided(StandardDataInclusion inclusion, String why) {
        return new InclusionStatement(false, Text.required(why, "standardInclusions." + inclusion.name(),
                "Why " + inclusion.label().toLowerCase() + " are not provided", 1000));
    }

    public boolean isProvided() { return provided; }
    public String reasonNotProvided() { return reasonNotProvided; }

    @Override
    public boolean equals(Object other) {
        return other instanceof InclusionStatement that && provided == that.provided
                && Objects.equals(reasonNotProvided, that.reasonNotProvided);
    }

    @Override
    public int hashCode() {
        return Objects.hash(provided, reasonNotProvided);
    }
}
