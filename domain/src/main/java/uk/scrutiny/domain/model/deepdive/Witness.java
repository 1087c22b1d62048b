package uk.scrutiny.domain.model.deepdive;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import uk.scrutiny.domain.model.Text;

/** Someone who gave evidence: a name and the role or organisation they spoke for. */
@Embeddable
public class Witness {

    @Column(name = "witness_name", nullable = false, length = 200)
    private String name;

    @Column(name = "witness_role", length = 300)
    private String role;

    protected Witness() {
        // for JPA
    }

    public Witness(String name, String role) {
        this.name = Text.required(name, "witnesses.name", "Witness name", 200);
        this.role = Text.optional(role, "witnesses.role", "Witness role or organisation", 300);
    }

    public String name() { return name; }
    public String role() { return role; }

    @Override
    public boolean equals(Object other) {
        return other instanceof Witness that && name.equals(that.name) && Objects.equals(role, that.role);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, role);
    }
}
