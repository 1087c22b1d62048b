package uk.scrutiny.domain.model.people;

import java.util.List;
import java.util.Optional;

public interface UserRepository {

    Optional<User> findByUsername(String username);

    List<User> findByRole(Role role);

    void store(User user);

    long count();
}
