package uk.scrutiny.web.pages.democratic;

import jakarta.security.enterprise.SecurityContext;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import uk.scrutiny.domain.model.people.Role;
import uk.scrutiny.workflow.lifecycle.Actor;

/** The signed-in person as the lifecycle service needs them. */
final class Actors {

    private Actors() {
    }

    static Actor of(SecurityContext security) {
        Set<Role> roles = Arrays.stream(Role.values()).filter(r -> security.isCallerInRole(r.groupName()))
                .collect(Collectors.toSet());
        return new Actor(security.getCallerPrincipal().getName(), roles);
    }
}
