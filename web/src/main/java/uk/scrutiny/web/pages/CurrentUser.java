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
import java.util.stream.Collectors;
import uk.scrutiny.domain.model.people.Role;
import uk.scrutiny.domain.model.people.User;
import uk.scrutiny.domain.model.people.UserRepository;

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
