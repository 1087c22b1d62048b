package uk.scrutiny.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.Flash;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import uk.scrutiny.domain.model.DomainRuleViolation;
import uk.scrutiny.domain.model.calendar.BankHoliday;
import uk.scrutiny.domain.model.calendar.CalendarRepository.Closure;
import uk.scrutiny.domain.model.calendar.ClosurePeriod;
import uk.scrutiny.domain.model.calendar.DisplayDate;
import uk.scrutiny.domain.model.deadline.DeadlineRules;
import uk.scrutiny.domain.service.CouncilCalendar;

/**
 * The administrator's page for the council's calendar: deadline rules, closures and bank holidays. Each form
 * keeps what was typed when it is refused, and says what to correct next to the field.
 */
@Named
@RequestScoped
public class CalendarAdminPage {

    private static final long MAX_FILE_BYTES = 1_000_000;

    @Inject
    CouncilCalendar calendar;

    @Inject
    FormErrors errors;

    @Inject
    FacesContext faces;

    @Inject
    SecurityContext security;

    private String publicationDays;
    private String responseDays;
    private String executiveMonths;
    private String cycleMonths;
    private String firstDay;
    private String firstMonth;
    private String firstYear;
    private String lastDay;
    private String lastMonth;
    private String lastYear;
    private String reason;
    private Part bankHolidayFile;

    /**
     * Shows the rules in force in the rules form, unless that form is what was just sent: a submitted value, even
     * a wrong one, is kept so the person can correct it. A page has several forms and only the one sent comes back.
     */
    public void load() {
        if (publicationDays == null && responseDays == null && executiveMonths == null && cycleMonths == null) {
            DeadlineRules rules = calendar.rules();
            publicationDays = String.valueOf(rules.publicationClearWorkingDays());
            responseDays = String.valueOf(rules.officerResponseWorkingDays());
            executiveMonths = String.valueOf(rules.executiveResponseMonths());
            cycleMonths = String.valueOf(rules.meetingCycleMonths());
        }
    }

    public String saveRules() {
        Integer n = number("publicationClearWorkingDays", publicationDays, "Clear working days before a meeting");
        Integer m = number("officerResponseWorkingDays", responseDays, "Working days before publication");
        Integer e = number("executiveResponseMonths", executiveMonths, "Months for the executive's response");
        Integer c = number("meetingCycleMonths", cycleMonths, "Months in a meeting cycle");
        if (n == null || m == null || e == null || c == null) {
            return null;
        }
        try {
            calendar.changeRules(new DeadlineRules(n, m, e, c));
        } catch (DomainRuleViolation violation) {
            errors.add(violation.field(), violation.getMessage());
            return null;
        }
        return done("The deadline rules have been changed. Every deadline now follows them.");
    }

    public String addClosure() {
        LocalDate first = DateFields.read(errors, "closureFirst", "the first day of the closure", firstDay, firstMonth,
                firstYear);
        LocalDate last = DateFields.read(errors, "closureLast", "the last day of the closure", lastDay, lastMonth,
                lastYear);
        if (reason == null || reason.isBlank()) {
            errors.add("closureReason", "Enter the reason for the closure, for example Christmas closure");
        } else if (reason.strip().length() > 300) {
            errors.add("closureReason", "The reason must be 300 characters or fewer");
        }
        if (first != null && last != null && last.isBefore(first)) {
            errors.add("closureLast-day", "The last day must be the same as or after the first day");
        }
        if (errors.isPresent()) {
            return null;
        }
        calendar.addClosure(new ClosurePeriod(first, last, reason));
        return done("The closure from " + DisplayDate.format(first) + " to " + DisplayDate.format(last)
                + " has been added.");
    }

    public String removeClosure(long id) {
        calendar.removeClosure(id);
        return done("The closure has been removed.");
    }

    public String loadBankHolidays() throws IOException {
        if (bankHolidayFile == null || bankHolidayFile.getSize() == 0) {
            errors.add("bankHolidayFile", "Select a bank-holidays.json file");
            return null;
        }
        if (bankHolidayFile.getSize() > MAX_FILE_BYTES) {
            errors.add("bankHolidayFile", "The file must be smaller than 1 MB");
            return null;
        }
        String json;
        try (InputStream in = bankHolidayFile.getInputStream()) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try {
            calendar.loadBankHolidays(json, security.getCallerPrincipal().getName());
        } catch (DomainRuleViolation violation) {
            errors.add("bankHolidayFile", "The file was not loaded: " + violation.getMessage());
            return null;
        }
        return done("The bank holidays have been loaded.");
    }

    private String done(String message) {
        Flash flash = faces.getExternalContext().getFlash();
        flash.put("success", message);
        return "/admin/calendar.xhtml?faces-redirect=true";
    }

    private Integer number(String field, String value, String label) {
        if (value == null || value.isBlank()) {
            errors.add(field, "Enter the " + label.toLowerCase());
            return null;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            errors.add(field, label + " must be a whole number, like 5");
            return null;
        }
    }

    public List<Closure> getClosures() {
        return calendar.closures();
    }

    public CouncilCalendar.BankHolidaySource getSource() {
        return calendar.bankHolidaySource();
    }

    public List<Integer> getYearsCovered() {
        return List.copyOf(calendar.calendar().yearsCovered());
    }

    public List<BankHoliday> holidaysIn(int year) {
        return calendar.calendar().bankHolidays().stream().filter(h -> h.date().getYear() == year).toList();
    }

    public String format(LocalDate date) {
        return DisplayDate.format(date);
    }

    // Form fields.
    public String getPublicationDays() { return publicationDays; }
    public void setPublicationDays(String v) { publicationDays = v; }
    public String getResponseDays() { return responseDays; }
    public void setResponseDays(String v) { responseDays = v; }
    public String getExecutiveMonths() { return executiveMonths; }
    public void setExecutiveMonths(String v) { executiveMonths = v; }
    public String getCycleMonths() { return cycleMonths; }
    public void setCycleMonths(String v) { cycleMonths = v; }
    public String getFirstDay() { return firstDay; }
    public void setFirstDay(String v) { firstDay = v; }
    public String getFirstMonth() { return firstMonth; }
    public void setFirstMonth(String v) { firstMonth = v; }
    public String getFirstYear() { return firstYear; }
    public void setFirstYear(String v) { firstYear = v; }
    public String getLastDay() { return lastDay; }
    public void setLastDay(String v) { lastDay = v; }
    public String getLastMonth() { return lastMonth; }
    public void setLastMonth(String v) { lastMonth = v; }
    public String getLastYear() { return lastYear; }
    public void setLastYear(String v) { lastYear = v; }
    public String getReason() { return reason; }
    public void setReason(String v) { reason = v; }
    public Part getBankHolidayFile() { return bankHolidayFile; }
    public void setBankHolidayFile(Part v) { bankHolidayFile = v; }
}
