package uk.scrutiny.it.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The items API in /openapi: every lifecycle action, its body's schema, examples, and the refusal problems. */
class ItemsOpenApiIT {

    @Test
    void theLifecycleActionsAreDocumentedWithSchemasAndExamples() {
        Api.setting(); // the application is up
        HttpResponse<String> response = Api.get("democratic", "/openapi");
        assertThat(response.statusCode()).isEqualTo(200);
        String document = response.body();
        assertThat(document).contains("/api/items/{id}/defer:", "/api/items/{id}/agree-urgent:",
                "/api/items/{id}/start-enquiries:", "/api/items/{id}/record-findings:", "/api/meetings:");
        assertThat(document).as("schemas").contains("Deferral:", "UrgentAgreement:", "BackgroundEnquiries:",
                "BackgroundFindings:", "LifecycleProblem:", "UrgentItem:", "NewMeeting:");
        assertThat(document).as("examples").contains("wrong stage", "another officer's request", "missing reason",
                "The service review will not report until March.", "recorded for the chair",
                "One quarter is not a trend.");
        assertThat(document).contains("application/problem+json", "allowedActions");
    }
}
