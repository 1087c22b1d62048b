package uk.scrutiny.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The sign-in form: checks what was typed against the users table and returns the person to where they were, or,
 * when they came to sign in directly, to their role's start page.
 */
@Named
@RequestScoped
public class SignInPage {

    @Inject
    SecurityContext securityContext;

    @Inject
    FacesContext faces;

    private String username;
    private String password;
    private String next;

    public String signIn() throws IOException {
        boolean missing = false;
        if (username == null || username.isBlank()) {
            error("username", "Enter your user name");
            missing = true;
        }
        if (password == null || password.isEmpty()) {
            error("password", "Enter your password");
            missing = true;
        }
        if (missing) {
            return null;
        }
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        // A new session on sign-in, so a session id planted before sign-in is worthless afterwards.
        request.changeSessionId();
        AuthenticationStatus status = securityContext.authenticate(request,
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username.strip(), password)));
        if (status == AuthenticationStatus.SUCCESS) {
            String to = next == null || next.isBlank() ? CurrentUser.startPage(request::isUserInRole) : safeNext();
            external.redirect(external.getRequestContextPath() + to);
            faces.responseComplete();
            return null;
        }
        password = null;
        error("username", "The user name or password is not right");
        return null;
    }

    /** Only a path on this site: an absolute address here would let a link send people elsewhere after sign-in. */
    String safeNext() {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")
                || next.startsWith("/sign-in")) {
            return "/";
        }
        return next;
    }

    private void error(String field, String message) {
        faces.addMessage(field, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
        faces.validationFailed();
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
