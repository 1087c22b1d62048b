package uk.scrutiny.domain.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import uk.scrutiny.domain.model.people.Role;
import uk.scrutiny.domain.model.people.User;
import uk.scrutiny.domain.model.people.UserRepository;

@ApplicationScoped
public class JpaUserRepository implements UserRepository {

    @PersistenceContext(unitName = "scrutiny")
    private EntityManager em;

    @Override
    public Optional<User> findByUsername(String username) {
        return em.createQuery("select u from User u where u.username = :username", User.class)
                .setParameter("username", username).getResultStream().findFirst();
    }

    @Override
    public List<User> findByRole(Role role) {
        return em.createQuery("select u from User u where :role member of u.roles order by u.displayName", User.class)
                .setParameter("role", role).getResultList();
    }

    @Override
    public void store(User user) {
        if (user.id() == null) {
            em.persist(user);
            // Identity columns are assigned on insert; flush so the caller can use the id at once.
            em.flush();
        } else {
            em.merge(user);
        }
    }

    @Override
    public long count() {
        return em.createQuery("select count(u) from User u", Long.class).getSingleResult();
    }
}
