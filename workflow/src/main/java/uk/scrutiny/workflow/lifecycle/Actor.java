package uk.scrutiny.workflow.lifecycle;

import java.util.Set;
import java.util.stream.Collectors;
import uk.scrutiny.domain.model.people.Role;

/**
 * Who is acting: the signed-in user name and roles, as the web layer's security context gives them. Passed in
 * rather than looked up here so the services stay independent of how users sign in.
 */
public record Actor(String username, Set<Role> roles) {

    public Actor {
        roles = Set.copyOf(roles);
    }

    /** The Flowable candidate groups this user belongs to: the roles' group names. */
    Set<String> groups() {
        return roles.stream().map(Role::groupName).collect(Collectors.toSet());
    }

    boolean has(Role role) {
        return roles.contains(role);
    }

    /** The same person acting without one of their roles. */
    Actor without(Role role) {
        return new Actor(username, roles.stream().filter(r -> r != role).collect(Collectors.toSet()));
    }
}
