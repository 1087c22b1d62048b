package uk.scrutiny.it.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;

/**
 * The persistence unit's shared cache, which holds users, committees, meetings and data sources: a test that deletes
 * their rows by SQL, behind JPA's back, forgets what the cache holds, or JPA would go on finding them.
 */
@ApplicationScoped
public class SharedCache {

    @PersistenceUnit(unitName = "scrutiny")
    EntityManagerFactory entityManagerFactory;

    public void forget() {
        entityManagerFactory.getCache().evictAll();
    }
}
