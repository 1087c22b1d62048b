package uk.scrutiny.web.pages.member;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import uk.scrutiny.domain.model.DomainRuleViolation;
import uk.scrutiny.domain.model.catalogue.DataSource;
import uk.scrutiny.domain.model.catalogue.DataSourceRepository;
import uk.scrutiny.domain.model.committee.Committee;
import uk.scrutiny.domain.model.redflag.DataPoints;
import uk.scrutiny.domain.model.redflag.DataQuality;
import uk.scrutiny.domain.model.redflag.DataQualityPrompt;
import uk.scrutiny.domain.model.redflag.Severity;
import uk.scrutiny.web.pages.CurrentUser;
import uk.scrutiny.web.pages.FormErrors;
import uk.scrutiny.workflow.lifecycle.Commands;
import uk.scrutiny.workflow.lifecycle.LifecycleForbidden;
import uk.scrutiny.workflow.lifecycle.MemberRedFlags;
import uk.scrutiny.workflow.lifecycle.NoSuchItem;

/**
 * The red flag form: what a member saw while horizon scanning, in which source, why it matters, and their answers
 * to the toolkit's prompts for intelligent use of data. The prompts are encouraged, not required (a gap is itself
 * worth seeing at triage); what the flag is about, its source, severity and why it matters are required.
 */
@Named
@RequestScoped
public class RedFlagPage {

    @Inject
    MemberCommittees memberCommittees;

    @Inject
    DataSourceRepository dataSources;

    @Inject
    MemberRedFlags redFlags;

    @Inject
    CurrentUser currentUser;

    @Inject
    FormErrors errors;

    @Inject
    FacesContext faces;

    private String committee;
    private String dataSource;
    private String title;
    private String indicator;
    private String observation;
    private String whyItMatters;
    private String dataSetSize;
    private String howCalculated;
    private String timeliness;
    private String knownQualityIssues;
    private List<DataSource> sources;

    public String raise() {
        Long committeeId = chosen(committee);
        if (committeeId == null || !memberCommittees.sitsOn(committeeId)) {
            errors.add("committee", "Select the committee the red flag is for");
        }
        Long sourceId = chosen(dataSource);
        if (sourceId == null) {
            errors.add("dataSource", "Select the data source");
        }
        if (blank(indicator) && blank(observation)) {
            errors.add("indicator", "Enter the indicator, or describe what you saw");
        }
        maxLength("title", title, 300, "The title");
        maxLength("indicator", indicator, 300, "The indicator");
        maxLength("observation", observation, 2000, "What you saw");
        Severity severity = severity();
        if (severity == null) {
            errors.add("severity", "Select how serious it is");
        }
        if (blank(whyItMatters)) {
            errors.add("whyItMatters", "Enter why it matters");
        }
        maxLength("whyItMatters", whyItMatters, 2000, "Why it matters");
        maxLength("dataSetSize", dataSetSize, 300, "The size of the data set");
        maxLength("howCalculated", howCalculated, 1000, "How it is calculated");
        maxLength("timeliness", timeliness, 300, "How timely it is");
        maxLength("knownQualityIssues", knownQualityIssues, 1000, "Known quality issues");
        if (errors.isPresent()) {
            return null;
        }
        long itemId;
        try {
            DataQuality answers = new DataQuality(officialStatistic(), dataPoints(), dataSetSize, howCalculated,
                    timeliness, knownQualityIssues);
            itemId = redFlags.raise(new Commands.RaiseRedFlag(committeeId, sourceId, title, indicator, observation,
                    severity, whyItMatters), answers, currentUser.actor());
        } catch (DomainRuleViolation violation) {
            String field = violation.field() == null ? null : violation.field().replace("dataQuality.", "");
            errors.add(field, violation.getMessage());
            return null;
        } catch (NoSuchItem missing) {
            errors.add(missing.field(), missing.getMessage());
            return null;
        } catch (LifecycleForbidden refused) {
            errors.add(null, refused.getMessage());
            return null;
        }
        faces.getExternalContext().getFlash().put("success", "Your red flag has been raised. The chair and "
                + "democratic services will triage it.");
        return "/member/item.xhtml?faces-redirect=true&id=" + itemId;
    }

    private Severity severity() {
        String value = param("severity");
        try {
            return value == null ? null : Severity.valueOf(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private Boolean officialStatistic() {
        String value = param("officialStatistic");
        return "yes".equals(value) ? Boolean.TRUE : "no".equals(value) ? Boolean.FALSE : null;
    }

    private DataPoints dataPoints() {
        String value = param("dataPoints");
        try {
            return value == null || value.equals("unknown") ? null : DataPoints.valueOf(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** What was chosen on a radio group last sent, so a refused form shows it again; "" when nothing. */
    public String posted(String name) {
        String value = param(name);
        return value == null ? "" : value;
    }

    public List<Committee> getCommittees() {
        return memberCommittees.mine();
    }

    @Transactional
    public List<DataSource> getSources() {
        if (sources == null) {
            sources = dataSources.findAll();
        }
        return sources;
    }

    public String prompt(String name) {
        return DataQualityPrompt.valueOf(name).question();
    }

    public Severity[] getSeverities() {
        return Severity.values();
    }

    public String words(Severity severity) {
        return switch (severity) {
            case LOW -> "Low: worth watching";
            case MEDIUM -> "Medium: the committee should know soon";
            case HIGH -> "High: the committee should look at it now";
        };
    }

    private void maxLength(String field, String value, int max, String what) {
        if (value != null && value.strip().length() > max && errors.about(field) == null) {
            errors.add(field, what + " must be " + String.format("%,d", max) + " characters or fewer");
        }
    }

    private String param(String name) {
        Map<String, String> params = faces.getExternalContext().getRequestParameterMap();
        return params.get(name);
    }

    private static Long chosen(String id) {
        try {
            return id == null || id.isBlank() ? null : Long.valueOf(id.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    // Form fields.
    public String getCommittee() {
        if (committee == null && getCommittees().size() == 1) {
            committee = String.valueOf(getCommittees().get(0).id());
        }
        return committee;
    }
    public void setCommittee(String v) { committee = v; }
    public String getDataSource() { return dataSource; }
    public void setDataSource(String v) { dataSource = v; }
    public String getTitle() { return title; }
    public void setTitle(String v) { title = v; }
    public String getIndicator() { return indicator; }
    public void setIndicator(String v) { indicator = v; }
    public String getObservation() { return observation; }
    public void setObservation(String v) { observation = v; }
    public String getWhyItMatters() { return whyItMatters; }
    public void setWhyItMatters(String v) { whyItMatters = v; }
    public String getDataSetSize() { return dataSetSize; }
    public void setDataSetSize(String v) { dataSetSize = v; }
    public String getHowCalculated() { return howCalculated; }
    public void setHowCalculated(String v) { howCalculated = v; }
    public String getTimeliness() { return timeliness; }
    public void setTimeliness(String v) { timeliness = v; }
    public String getKnownQualityIssues() { return knownQualityIssues; }
    public void setKnownQualityIssues(String v) { knownQualityIssues = v; }
}
