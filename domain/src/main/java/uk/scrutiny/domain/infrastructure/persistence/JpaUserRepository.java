package uk.scrutiny.domain.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import uk.scrutiny.domain.model.people.Role;
import uk.scrutiny.domain.model.people.User;
import uk.scrutiny.domain.model.people.UserRepository;

@ApplicationScoped
public class JpaUserRepository implements UserRepository {

    @PersistenceContext(unitName = "scrutiny")
    private EntityManager em;

    /**
     * The id of each user name looked up: a user name never changes, and users are in the shared cache, so the next
     * look-up of the signed-in user (every action) is a find by id that reads no row.
     */
    private final Map<String, Long> idsByUsername = new ConcurrentHashMap<>();

    @Override
    public Optional<User> findByUsername(String username) {
        Long id = idsByUsername.get(username);
        if (id != null) {
            User known = em.find(User.class, id);
            if (known != null && known.username().equals(username)) {
                return Optional.of(known);
            }
            idsByUsername.remove(username);
        }
        Optional<User> found = em.createQuery("select u from User u where u.username = :username", User.class)
                .setParameter("username", username).getResultStream().findFirst();
        found.ifPresent(user -> idsByUsername.put(username, user.id()));
        return found;
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
