package uk.scrutiny.domain.model.item;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import uk.scrutiny.domain.model.Text;

/**
 * What a response says about one standard data inclusion: provided (with what the officer gives for it, when they
 * give it in the response rather than in an attachment), or not provided and why.
 */
@Embeddable
public class InclusionStatement {

    @Column(name = "provided", nullable = false)
    private boolean provided;

    @Column(name = "reason_not_provided", length = 1000)
    private String reasonNotProvided;

    @Column(name = "provided_content", length = 4000)
    private String content;

    protected InclusionStatement() {
        // for JPA
    }

    private InclusionStatement(boolean provided, String reasonNotProvided, String content) {
        this.provided = provided;
        this.reasonNotProvided = reasonNotProvided;
        this.content = content;
    }

    public static InclusionStatement provided() {
        return new InclusionStatement(true, null, null);
    }

    /** Provided, with the content itself (for instance the trend figures); blank content means none given here. */
    public static InclusionStatement provided(StandardDataInclusion inclusion, String content) {
        return new InclusionStatement(true, null, Text.optional(content, "standardInclusions." + inclusion.name(),
                inclusion.label(), 4000));
    }

    public static InclusionStatement notProvided(StandardDataInclusion inclusion, String why) {
        return new InclusionStatement(false, Text.required(why, "standardInclusions." + inclusion.name(),
                "Why " + inclusion.label().toLowerCase() + " are not provided", 1000), null);
    }

    public boolean isProvided() { return provided; }
    public String reasonNotProvided() { return reasonNotProvided; }
    /** What was given for a provided inclusion, or null. */
    public String content() { return content; }

    @Override
    public boolean equals(Object other) {
        return other instanceof InclusionStatement that && provided == that.provided
                && Objects.equals(reasonNotProvided, that.reasonNotProvided) && Objects.equals(content, that.content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(provided, reasonNotProvided, content);
    }
}
