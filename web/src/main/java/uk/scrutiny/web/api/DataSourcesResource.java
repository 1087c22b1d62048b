package uk.scrutiny.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.scrutiny.domain.model.catalogue.DataSourceRepository;

/** The data source catalogue, minimally: a red flag names its source by id, so clients need the ids. Public. */
@Path("/data-sources")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Data sources")
@Transactional(Transactional.TxType.SUPPORTS)
public class DataSourcesResource {

    @Schema(name = "DataSourceSummary")
    public record DataSourceView(long id, String name) {
    }

    @Inject
    DataSourceRepository dataSources;

    @GET
    @Operation(summary = "The catalogue's sources, in the order of the toolkit's table")
    public List<DataSourceView> list() {
        return dataSources.findAll().stream().map(d -> new DataSourceView(d.id(), d.name())).toList();
    }
}
