package uk.scrutiny.web.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import uk.scrutiny.domain.infrastructure.persistence.SchemaMigrations;

/**
 * Ready only when the schema migrations have run and the database answers: a load balancer must not send
 * people to a server that would fail their first request.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Inject
    SchemaMigrations migrations;

    @Resource(lookup = "jdbc/scrutiny")
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("database")
                .withData("migrated", migrations.isMigrated());
        if (!migrations.isMigrated()) {
            if (migrations.failure() != null) {
                response.withData("failure", migrations.failure());
            }
            return response.down().build();
        }
        try (Connection connection = dataSource.getConnection()) {
            return response.status(connection.isValid(5)).build();
        } catch (SQLException e) {
            return response.withData("failure", e.getMessage()).down().build();
        }
    }
}
