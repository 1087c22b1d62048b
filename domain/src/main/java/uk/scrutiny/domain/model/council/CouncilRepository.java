package uk.scrutiny.domain.model.council;

/** The one council of this installation (created by the schema migrations). */
public interface CouncilRepository {

    Council theCouncil();

    void store(Council council);
}
