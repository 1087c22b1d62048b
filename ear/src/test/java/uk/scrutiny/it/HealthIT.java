package uk.scrutiny.it;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.scrutiny.it.TestServer.get;
import static uk.scrutiny.it.TestServer.object;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class HealthIT {

    @Test
    void readyOnceTheSchemaIsMigratedAndTheDatabaseAnswers() {
        HttpResponse<String> response = get("/health/ready");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject health = object(response);
        assertThat(health.getString("status")).isEqualTo("UP");
        JsonObject database = health.getJsonArray("checks").getJsonObject(0);
        assertThat(database.getString("name")).isEqualTo("database");
        assertThat(database.getJsonObject("data").getBoolean("migrated")).isTrue();
    }

    @Test
    void livenessIsSeparateFromTheDatabase() {
        HttpResponse<String> response = get("/health/live");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"application\"").doesNotContain("database");
    }
}
