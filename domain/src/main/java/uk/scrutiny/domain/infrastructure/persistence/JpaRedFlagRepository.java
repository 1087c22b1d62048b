package uk.scrutiny.domain.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import uk.scrutiny.domain.model.redflag.RedFlag;
import uk.scrutiny.domain.model.redflag.RedFlagRepository;

@ApplicationScoped
public class JpaRedFlagRepository implements RedFlagRepository {

    @PersistenceContext(unitName = "scrutiny")
    private EntityManager em;

    @Override
    public Optional<RedFlag> find(long id) {
        return Optional.ofNullable(em.find(RedFlag.class, id));
    }

    @Override
    public void store(RedFlag redFlag) {
        Aggregates.store(em, redFlag, redFlag.id());
    }

    @Override
    public List<RedFlag> findByCommittee(long committeeId) {
        return em.createQuery("select f from RedFlag f where f.committee.id = :committee"
                + " order by f.raisedOn desc, f.id desc", RedFlag.class)
                .setParameter("committee", committeeId).getResultList();
    }

    @Override
    public List<RedFlag> findByDataSource(long dataSourceId) {
        return em.createQuery("select f from RedFlag f where f.dataSource.id = :source"
                + " order by f.raisedOn desc, f.id desc", RedFlag.class)
                .setParameter("source", dataSourceId).getResultList();
    }

    @Override
    public List<RedFlag> findRaisedBy(long userId) {
        return em.createQuery("select f from RedFlag f where f.raisedBy.id = :user"
                + " order by f.raisedOn desc, f.id desc", RedFlag.class)
                .setParameter("user", userId).getResultList();
    }
}
