package uk.scrutiny.web.pages.member;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import uk.scrutiny.domain.model.DomainRuleViolation;
import uk.scrutiny.domain.model.calendar.DisplayDate;
import uk.scrutiny.domain.model.item.ScrutinyItem;
import uk.scrutiny.domain.model.item.ScrutinyItemRepository;
import uk.scrutiny.domain.model.item.Stage;
import uk.scrutiny.domain.model.notice.ChaseNoticeRepository;
import uk.scrutiny.domain.model.recommendation.RecommendationRepository;
import uk.scrutiny.domain.model.redflag.DataPoints;
import uk.scrutiny.domain.model.redflag.DataQualityPrompt;
import uk.scrutiny.domain.model.redflag.RedFlag;
import uk.scrutiny.domain.service.CouncilCalendar;
import uk.scrutiny.web.pages.CurrentUser;
import uk.scrutiny.web.pages.FormErrors;
import uk.scrutiny.web.pages.RecommendationRows;
import uk.scrutiny.web.pages.TimelineRow;
import uk.scrutiny.workflow.lifecycle.LifecycleConflict;
import uk.scrutiny.workflow.lifecycle.LifecycleForbidden;
import uk.scrutiny.workflow.lifecycle.MembersQuestions;

/**
 * One item as a member follows it: where it stands, the red flag it came from, the committee's outcomes, the
 * questions members asked on its report with their answers (and the form to ask one once the report is
 * published), and its timeline. Only for members of the item's committee.
 */
@Named
@RequestScoped
public class ItemPage {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    @Inject
    ScrutinyItemRepository items;

    @Inject
    MembersQuestions questions;

    @Inject
    MemberCommittees memberCommittees;

    @Inject
    ItemStatus status;

    @Inject
    CurrentUser currentUser;

    @Inject
    FormErrors errors;

    @Inject
    FacesContext faces;

    @Inject
    RecommendationRepository recommendations;

    @Inject
    CouncilCalendar calendar;

    @Inject
    ChaseNoticeRepository notices;

    private ScrutinyItem item;
    private ItemStatus.Line line;
    private List<MembersQuestions.Asked> asked;
    private String question;
    private List<RecommendationRows.Row> recommendationRows;

    /** 404 for no such item, 403 for an item of a committee the member does not sit on. */
    @Transactional
    public void load() throws IOException {
        ExternalContext external = faces.getExternalContext();
        if (item() == null) {
            faces.responseComplete(); // before the error page's own Faces request ends this one's context
            external.responseSendError(HttpServletResponse.SC_NOT_FOUND, "No such item");
        } else if (!memberCommittees.sitsOn(item.committee().id())) {
            faces.responseComplete(); // before the error page's own Faces request ends this one's context
            external.responseSendError(HttpServletResponse.SC_FORBIDDEN, "The item belongs to a committee you do "
                    + "not sit on");
        }
    }

    @Transactional
    ScrutinyItem item() {
        if (item == null) {
            String id = faces.getExternalContext().getRequestParameterMap().get("id");
            try {
                item = id == null ? null : items.find(Long.parseLong(id.strip())).orElse(null);
            } catch (NumberFormatException e) {
                item = null;
            }
        }
        return item;
    }

    public String ask() {
        if (item() == null || !memberCommittees.sitsOn(item.committee().id())) {
            errors.add(null, "You can only ask questions on items of your committees.");
            return null;
        }
        if (question == null || question.isBlank()) {
            errors.add("question", "Enter your question");
        } else if (question.strip().length() > 2000) {
            errors.add("question", "Your question must be 2,000 characters or fewer");
        }
        if (errors.isPresent()) {
            return null;
        }
        MembersQuestions.Asked sent;
        try {
            sent = questions.ask(item.id(), question, currentUser.actor());
        } catch (DomainRuleViolation violation) {
            errors.add("question", violation.getMessage());
            return null;
        } catch (LifecycleConflict | LifecycleForbidden refused) {
            errors.add(null, refused.getMessage());
            return null;
        }
        faces.getExternalContext().getFlash().put("success", "Your question has been sent to "
                + sent.addressedToName() + ".");
        return "/member/item.xhtml?faces-redirect=true&id=" + item.id();
    }

    public ScrutinyItem getItem() {
        return item();
    }

    @Transactional
    public ItemStatus.Line getStatus() {
        if (line == null) {
            line = status.of(item(), currentUser.actor());
        }
        return line;
    }

    @Transactional
    public List<MembersQuestions.Asked> getQuestions() {
        if (asked == null) {
            asked = questions.on(item().id());
        }
        return asked;
    }

    /** The committee's recommendations, the executive's response to each and the latest RAG rating. */
    @Transactional
    public List<RecommendationRows.Row> getRecommendations() {
        if (recommendationRows == null) {
            recommendationRows = RecommendationRows.of(recommendations.findByItem(item().id()), calendar.deadlines(),
                    LocalDate.now(ItemStatus.COUNCIL_ZONE));
        }
        return recommendationRows;
    }

    /** Questions can be sent once the report is published, while the item is open. */
    public boolean isQuestionsOpen() {
        return item().publishedOn() != null && item().stage().isOpen();
    }

    public RedFlag getRedFlag() {
        return item().origin().redFlag();
    }

    public List<DataQualityPrompt> getPrompts() {
        return List.of(DataQualityPrompt.values());
    }

    /** The member's answer to one data-quality prompt, in words, or "Not answered". */
    public String answerTo(DataQualityPrompt prompt) {
        var quality = getRedFlag().dataQuality();
        Object answer = switch (prompt) {
            case OFFICIAL_STATISTIC -> quality.officialStatistic() == null ? null
                    : quality.officialStatistic() ? "Yes" : "No";
            case TREND_OR_SINGLE_POINT -> quality.dataPoints() == null ? null
                    : quality.dataPoints() == DataPoints.TREND ? "A trend" : "A single data point";
            case DATA_SET_SIZE -> quality.dataSetSize();
            case HOW_CALCULATED -> quality.howCalculated();
            case TIMELINESS -> quality.timeliness();
            case KNOWN_QUALITY_ISSUES -> quality.knownQualityIssues();
        };
        return answer == null ? "Not answered" : answer.toString();
    }

    /** Newest first, with the reminders and escalations sent about the item's requests. */
    @Transactional
    public List<TimelineRow> getTimeline() {
        List<TimelineRow> newestFirst = new ArrayList<>(TimelineRow.merge(item().timeline(),
                notices.findByItem(item().id())));
        Collections.reverse(newestFirst);
        return newestFirst;
    }

    public String stage(Stage stage) {
        return ItemStatus.stage(stage);
    }

    public String format(LocalDate date) {
        return date == null ? "" : DisplayDate.format(date);
    }

    /** A UTC time as the council's local date and time. */
    public String when(LocalDateTime utc) {
        if (utc == null) {
            return "";
        }
        var local = utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(ItemStatus.COUNCIL_ZONE);
        return DisplayDate.format(local.toLocalDate()) + " at " + TIME.format(local);
    }

    public String getQuestion() { return question; }
    public void setQuestion(String v) { question = v; }
}
