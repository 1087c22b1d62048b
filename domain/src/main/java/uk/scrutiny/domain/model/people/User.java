package uk.scrutiny.domain.model.people;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A person who signs in: a democratic services officer, an officer answering requests, a councillor, an
 * administrator. The password is only ever held as a PBKDF2 hash; the container's identity store reads the same
 * rows, so there is one source of truth for who may sign in.
 */
// In the shared cache (persistence.xml says why).
@Cacheable
@Entity
@Table(name = "app_user")
public class User {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 100)
    private String username;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(length = 320)
    private String email;

    @Column(name = "password_hash", nullable = false, length = 512)
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt; // UTC

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role", nullable = false, length = 40)
    @Convert(converter = RoleConverter.class)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Version
    private int version;

    protected User() {
        // for JPA
    }

    public User(String username, String displayName, String email, String passwordHash, Set<Role> roles) {
        this.username = requireText(username, "Username is required.");
        if (!username.matches("[a-z0-9][a-z0-9._-]{1,99}")) {
            throw new IllegalArgumentException(
                    "Username must be 2 to 100 lower-case letters, digits, dots, hyphens or underscores.");
        }
        this.displayName = requireText(displayName, "Display name is required.");
        this.email = email;
        this.passwordHash = requireText(passwordHash, "Password hash is required.");
        Objects.requireNonNull(roles, "Roles are required.");
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("A user needs at least one role.");
        }
        this.roles = EnumSet.copyOf(roles);
        this.enabled = true;
        this.createdAt = LocalDateTime.now(ZoneOffset.UTC);
    }

    private static String requireText(String value, String message) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(message);
        }
        return value.strip();
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public void disable() {
        this.enabled = false;
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String email() {
        return email;
    }

    public boolean enabled() {
        return enabled;
    }

    public Set<Role> roles() {
        return Collections.unmodifiableSet(roles);
    }
}
