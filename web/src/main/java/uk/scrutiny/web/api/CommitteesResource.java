package uk.scrutiny.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.scrutiny.domain.model.committee.Committee;
import uk.scrutiny.domain.model.committee.CommitteeRepository;

@Path("/committees")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Committees")
@Transactional(Transactional.TxType.SUPPORTS)
public class CommitteesResource {

    /** A committee as the API shows it. */
    @Schema(name = "Committee")
    public record CommitteeView(long id, String name, String remit) {
        static CommitteeView of(Committee c) {
            return new CommitteeView(c.id(), c.name(), c.remit());
        }
    }

    @Inject
    CommitteeRepository committees;

    @GET
    @Operation(summary = "All committees, by name")
    public List<CommitteeView> list() {
        return committees.findAll().stream().map(CommitteeView::of).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One committee")
    @APIResponse(responseCode = "200", description = "The committee")
    @APIResponse(responseCode = "404", description = "No such committee",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CommitteeView get(@PathParam("id") String id) {
        Long committeeId = Parameters.optionalId("id", id);
        return committees.find(committeeId).map(CommitteeView::of)
                .orElseThrow(() -> new NoSuchResource("No committee has id " + committeeId + "."));
    }
}
