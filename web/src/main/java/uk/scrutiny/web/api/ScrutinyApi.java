package uk.scrutiny.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The JSON API under {@code /api}; documented at {@code /openapi}. */
@ApplicationPath("/api")
@OpenAPIDefinition(
        info = @Info(title = "Scrutiny work programme API", version = "0.1",
                description = "Committees, meetings and their deadlines, the work programme and scrutiny items."),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic",
        description = "HTTP Basic with the same user names and passwords as the pages' sign-in.")
public class ScrutinyApi extends Application {
}
