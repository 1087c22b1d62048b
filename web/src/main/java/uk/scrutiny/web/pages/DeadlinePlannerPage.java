package uk.scrutiny.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import uk.scrutiny.domain.model.calendar.DisplayDate;
import uk.scrutiny.domain.model.deadline.DeadlineCalculator;
import uk.scrutiny.domain.model.deadline.MeetingDeadlines;
import uk.scrutiny.domain.model.deadline.WorkingDaysLeft;
import uk.scrutiny.domain.service.CouncilCalendar;

/**
 * "When must the reports for a meeting on this date be published?": the deadlines for any meeting date, before the
 * meeting exists. A GET form, so the answer can be bookmarked and shared.
 */
@Named
@RequestScoped
public class DeadlinePlannerPage {

    static final String FIELD = "meetingDate";

    @Inject
    CouncilCalendar calendar;

    @Inject
    FormErrors errors;

    Clock clock = Clock.systemDefaultZone();

    private String day;
    private String month;
    private String year;
    private MeetingDeadlines deadlines;
    private DeadlineCalculator calculator;

    /** Runs when the form has been sent: checks the date and works the deadlines out. */
    public void plan() {
        if (day == null && month == null && year == null) {
            return;
        }
        LocalDate date = DateFields.read(errors, FIELD, "the date of the meeting", day, month, year);
        if (date != null) {
            calculator = calendar.deadlines();
            deadlines = calculator.deadlinesFor(date);
        }
    }

    public MeetingDeadlines getDeadlines() {
        return deadlines;
    }

    public String format(LocalDate date) {
        return date == null ? "" : DisplayDate.format(date);
    }

    /** "in 12 working days", "today" or "passed", from today: a planned date is not overdue, just past. */
    public String fromToday(LocalDate due) {
        WorkingDaysLeft left = calculator.workingDaysLeft(LocalDate.now(clock), due);
        if (left.isDueToday()) {
            return "today";
        }
        if (left.isOverdue()) {
            return "passed";
        }
        return "in " + left.workingDays() + (left.workingDays() == 1 ? " working day" : " working days");
    }

    public String getDay() {
        return day;
    }

    public void setDay(String day) {
        this.day = day;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public String getYear() {
        return year;
    }

    public void setYear(String year) {
        this.year = year;
    }
}
