package uk.scrutiny.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import uk.scrutiny.domain.model.people.Role;
import uk.scrutiny.domain.model.people.User;
import uk.scrutiny.domain.model.people.UserRepository;
import uk.scrutiny.workflow.lifecycle.Actor;

/** Who is signed in, for the header of every page, and signing out. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext securityContext;

    @Inject
    UserRepository users;

    @Inject
    FacesContext faces;

    private User user;
    private boolean looked;

    public boolean isSignedIn() {
        return securityContext.getCallerPrincipal() != null;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public String getDisplayName() {
        User u = user();
        Principal principal = securityContext.getCallerPrincipal();
        return u != null ? u.displayName() : principal == null ? null : principal.getName();
    }

    /** The roles in plain words, e.g. "Member, Chair". */
    public String getRoles() {
        return rolesHeld().stream().map(r -> {
            String words = r.groupName().replace('-', ' ');
            return Character.toUpperCase(words.charAt(0)) + words.substring(1);
        }).collect(Collectors.joining(", "));
    }

    /**
     * The page each role starts from, in the order a person with several roles most needs: democratic services run
     * everything, officers owe responses, chairs triage and agree urgent items (their members' pages are a link away),
     * members follow their committees, administrators keep the calendar.
     */
    static String startPage(Predicate<String> inRole) {
        if (inRole.test(Role.DEMOCRATIC_SERVICES_NAME)) {
            return "/democratic/dashboard.xhtml";
        }
        if (inRole.test(Role.OFFICER_NAME)) {
            return "/officer/requests.xhtml";
        }
        if (inRole.test(Role.CHAIR_NAME)) {
            return "/chair/tasks.xhtml";
        }
        if (inRole.test(Role.MEMBER_NAME)) {
            return "/member/items.xhtml";
        }
        if (inRole.test(Role.ADMIN_NAME)) {
            return "/admin/calendar.xhtml";
        }
        return "/";
    }

    /** The signed-in person as the application services take them. */
    public Actor actor() {
        Principal principal = securityContext.getCallerPrincipal();
        if (principal == null) {
            throw new IllegalStateException("Nobody is signed in: the page should have been protected");
        }
        return new Actor(principal.getName(), Set.copyOf(rolesHeld()));
    }

    public String getUsername() {
        Principal principal = securityContext.getCallerPrincipal();
        return principal == null ? null : principal.getName();
    }

    public List<Role> rolesHeld() {
        return Arrays.stream(Role.values()).filter(r -> securityContext.isCallerInRole(r.groupName())).toList();
    }

    public void signOut() throws IOException, ServletException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        external.redirect(external.getRequestContextPath() + "/?signedOut=true");
        faces.responseComplete();
    }

    private User user() {
        if (!looked) {
            looked = true;
            Principal principal = securityContext.getCallerPrincipal();
            user = principal == null ? null : users.findByUsername(principal.getName()).orElse(null);
        }
        return user;
    }
}
