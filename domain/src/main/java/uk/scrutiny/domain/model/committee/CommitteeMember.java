package uk.scrutiny.domain.model.committee;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;
import uk.scrutiny.domain.model.Text;
import uk.scrutiny.domain.model.people.User;

/**
 * A seat held on a committee for one municipal year (May to May): membership changes at the annual council
 * meeting, so the same person may be chair one year and a member the next.
 */
@Entity
@Table(name = "committee_member")
public class CommitteeMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "committee_id", nullable = false)
    private Committee committee;

    @Column(name = "municipal_year", nullable = false)
    private int municipalYear;

    @Column(name = "member_name", nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "member_role", nullable = false, length = 30)
    private MemberRole role;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "user_id")
    private User user;

    protected CommitteeMember() {
        // for JPA
    }

    public CommitteeMember(Committee committee, int municipalYear, String name, MemberRole role, User user) {
        this.committee = Objects.requireNonNull(committee, "Committee is required.");
        this.municipalYear = municipalYear;
        this.name = Text.required(name, "name", "Member name", 200);
        this.role = Objects.requireNonNull(role, "Member role is required.");
        this.user = user;
    }

    public Long id() {
        return id;
    }

    public Committee committee() {
        return committee;
    }

    public int municipalYear() {
        return municipalYear;
    }

    public String name() {
        return name;
    }

    public MemberRole role() {
        return role;
    }

    public User user() {
        return user;
    }
}
