package uk.scrutiny.it.domain;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.assertj.core.api.Assertions;
import org.flywaydb.core.Flyway;
import org.flywaydb.database.derby.DerbyDatabaseType;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import uk.scrutiny.domain.model.committee.Committee;
import uk.scrutiny.it.ContainerArchives;
import uk.scrutiny.it.TestServer;

/**
 * The web archive each persistence test deploys: the test class and its helpers, the domain module (with its
 * persistence unit) and the libraries the domain's beans need to load (Flyway and the Jackson it uses), as
 * {@code DomainPersistenceIT} deploys.
 */
final class DomainDeployment {

    private DomainDeployment() {
    }

    static WebArchive of(String name, Class<?> testClass) {
        TestServer.awaitApplication();
        return ShrinkWrap.create(WebArchive.class, name)
                .addClasses(testClass, DomainDeployment.class, Transactions.class, Transactions.Work.class,
                        Scenario.class, Failures.class, SharedCache.class)
                .addAsLibrary(ContainerArchives.libraryOf(Committee.class))
                .addAsLibrary(ContainerArchives.libraryOf(Flyway.class))
                .addAsLibrary(ContainerArchives.libraryOf(DerbyDatabaseType.class))
                .addAsLibrary(ContainerArchives.libraryOf(ObjectMapper.class))
                .addAsLibrary(ContainerArchives.libraryOf(JsonFactory.class))
                .addAsLibrary(ContainerArchives.libraryOf(JsonAutoDetect.class))
                .addAsLibrary(ContainerArchives.libraryOf(Assertions.class))
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
    }
}
