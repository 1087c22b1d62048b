package uk.scrutiny.domain.model.committee;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import uk.scrutiny.domain.model.Text;

/** An overview and scrutiny committee (or board): the body that owns a work programme and holds meetings. */
// In the shared cache (persistence.xml says why).
@Cacheable
@Entity
@Table(name = "committee")
public class Committee {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 200)
    private String name;

    @Column(length = 2000)
    private String remit;

    @Version
    private int version;

    protected Committee() {
        // for JPA
    }

    public Committee(String name, String remit) {
        this.name = Text.required(name, "name", "Committee name", 200);
        this.remit = Text.optional(remit, "remit", "Remit", 2000);
    }

    public void describeRemit(String remit) {
        this.remit = Text.optional(remit, "remit", "Remit", 2000);
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String remit() {
        return remit;
    }
}
