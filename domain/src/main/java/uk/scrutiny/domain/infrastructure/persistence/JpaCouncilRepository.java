package uk.scrutiny.domain.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import uk.scrutiny.domain.model.council.Council;
import uk.scrutiny.domain.model.council.CouncilRepository;

@ApplicationScoped
public class JpaCouncilRepository implements CouncilRepository {

    @PersistenceContext(unitName = "scrutiny")
    private EntityManager em;

    @Override
    public Council theCouncil() {
        return em.createQuery("select c from Council c order by c.id", Council.class).setMaxResults(1)
                .getResultStream().findFirst()
                .orElseThrow(() -> new IllegalStateException("No council row: the schema migrations have not run"));
    }

    @Override
    public void store(Council council) {
        if (council.id() == null) {
            em.persist(council);
        } else {
            em.merge(council);
        }
    }
}
