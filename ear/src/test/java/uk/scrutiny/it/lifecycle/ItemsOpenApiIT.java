package uk.scrutiny.it.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The items API in /openapi: every lifecycle action, its body's schema, examples, and the refusal problems. */
class ItemsOpenApiIT {

    private static final String NOT_IN_REVIEW = "ResponseNotWaitingForReview";

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

    /** The refusal of accepting or returning one request's response is declared once and referred to by name. */
    @Test
    void theActionsOnOneRequestsResponseReferToOneNamedRefusal() {
        Api.setting();
        HttpResponse<String> response = Api.get("democratic", "/openapi?format=JSON");
        JsonObject document = Api.ok(response, 200);

        JsonObject named = document.getJsonObject("components").getJsonObject("responses")
                .getJsonObject(NOT_IN_REVIEW);
        assertThat(named).as("among the components' responses").isNotNull();
        assertThat(named.getString("description")).startsWith("this request's response is not waiting for review");
        JsonObject problem = named.getJsonObject("content").getJsonObject("application/problem+json");
        assertThat(problem.getJsonObject("schema").getString("$ref")).endsWith("/LifecycleProblem");
        assertThat(problem.getJsonObject("examples")).containsKey("wrong stage");

        for (String action : List.of("accept-response", "return-response")) {
            JsonObject conflict = document.getJsonObject("paths")
                    .getJsonObject("/api/items/{id}/requests/{requestId}/" + action).getJsonObject("post")
                    .getJsonObject("responses").getJsonObject("409");
            assertThat(conflict).as(action).containsOnlyKeys("$ref");
            assertThat(conflict.getString("$ref")).as(action).isEqualTo("#/components/responses/" + NOT_IN_REVIEW);
        }
        assertThat(response.body().split("not waiting for review", -1)).as("its description written once")
                .hasSize(2);
    }
}
