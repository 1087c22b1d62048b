package uk.scrutiny.domain.model.catalogue;

import java.util.List;
import java.util.Optional;

public interface DataSourceRepository {

    /** In the order of the toolkit's table. */
    List<DataSource> findAll();

    Optional<DataSource> find(long id);

    Optional<DataSource> findByName(String name);

    void store(DataSource dataSource);

    long count();
}
