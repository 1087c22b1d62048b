package uk.scrutiny.domain.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import uk.scrutiny.domain.model.catalogue.DataSource;
import uk.scrutiny.domain.model.catalogue.DataSourceRepository;

@ApplicationScoped
public class JpaDataSourceRepository implements DataSourceRepository {

    @PersistenceContext(unitName = "scrutiny")
    private EntityManager em;

    @Override
    public List<DataSource> findAll() {
        // Numbered rows first in the toolkit's order, then the unnumbered ones in the order they were added.
        return em.createQuery("select d from DataSource d order by case when d.tableNumber is null then 1 else 0 end,"
                + " d.tableNumber, d.id", DataSource.class).getResultList();
    }

    @Override
    public Optional<DataSource> find(long id) {
        return Optional.ofNullable(em.find(DataSource.class, id));
    }

    @Override
    public Optional<DataSource> findByName(String name) {
        return em.createQuery("select d from DataSource d where d.name = :name", DataSource.class)
                .setParameter("name", name).getResultStream().findFirst();
    }

    @Override
    public void store(DataSource dataSource) {
        if (dataSource.id() == null) {
            em.persist(dataSource);
            // Identity columns are assigned on insert; flush so the caller can use the id at once.
            em.flush();
        } else {
            em.merge(dataSource);
        }
    }

    @Override
    public long count() {
        return em.createQuery("select count(d) from DataSource d", Long.class).getSingleResult();
    }
}
