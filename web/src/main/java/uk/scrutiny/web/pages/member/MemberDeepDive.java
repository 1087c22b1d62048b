package uk.scrutiny.web.pages.member;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import uk.scrutiny.domain.model.calendar.DisplayDate;
import uk.scrutiny.domain.model.deepdive.DeepDive;
import uk.scrutiny.domain.model.deepdive.DeepDiveRepository;
import uk.scrutiny.domain.model.deepdive.EvidenceSession;
import uk.scrutiny.domain.model.deepdive.Witness;

/**
 * The deep dive of the item on a member's item page, read-only: its working group, evidence sessions and findings.
 * The page itself has already refused members who do not sit on the item's committee; everything is read here, in
 * one transaction, into plain rows.
 */
@Named
@RequestScoped
public class MemberDeepDive {

    /** An evidence session as members read it; who gave evidence, or null. */
    public record Session(String heldOn, String what, String witnesses) {
    }

    /** What the page shows of a deep dive. */
    public record View(String scope, String startedOn, String finalReportOn, List<String> workingGroup,
            List<Session> sessions, List<String> findings) {
    }

    @Inject
    DeepDiveRepository deepDives;

    @Inject
    FacesContext faces;

    private Optional<View> view;

    /** The item's deep dive, or null when it has none. */
    @Transactional
    public View getDeepDive() {
        if (view == null) {
            view = itemId().flatMap(deepDives::findForItem).map(MemberDeepDive::viewOf);
        }
        return view.orElse(null);
    }

    private static View viewOf(DeepDive d) {
        return new View(d.scope(), DisplayDate.format(d.startedOn()),
                d.finalReportOn() == null ? null : DisplayDate.format(d.finalReportOn()),
                d.workingGroup().stream().map(m -> m.name()).toList(),
                d.sessions().stream().map(MemberDeepDive::sessionOf).toList(), d.findings());
    }

    private static Session sessionOf(EvidenceSession s) {
        String kind = switch (s.kind()) {
            case EVIDENCE_SESSION -> "Evidence session";
            case SITE_VISIT -> "Site visit";
            case SURVEY -> "Survey";
        };
        return new Session(DisplayDate.format(s.heldOn()), kind + ": " + s.title(), s.witnesses().isEmpty() ? null
                : s.witnesses().stream().map(MemberDeepDive::witness).collect(Collectors.joining("; ")));
    }

    private static String witness(Witness w) {
        return w.role() == null ? w.name() : w.name() + ", " + w.role();
    }

    private Optional<Long> itemId() {
        String id = faces.getExternalContext().getRequestParameterMap().get("id");
        try {
            return id == null ? Optional.empty() : Optional.of(Long.parseLong(id.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
