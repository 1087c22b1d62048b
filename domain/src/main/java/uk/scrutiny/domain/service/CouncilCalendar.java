package uk.scrutiny.domain.service;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import uk.scrutiny.domain.model.DomainRuleViolation;
import uk.scrutiny.domain.model.calendar.BankHolidayFeed;
import uk.scrutiny.domain.model.calendar.CalendarRepository;
import uk.scrutiny.domain.model.calendar.CalendarRepository.BankHolidayLoad;
import uk.scrutiny.domain.model.calendar.CalendarRepository.Closure;
import uk.scrutiny.domain.model.calendar.ClosurePeriod;
import uk.scrutiny.domain.model.calendar.WorkingDayCalendar;
import uk.scrutiny.domain.model.council.Council;
import uk.scrutiny.domain.model.council.CouncilRepository;
import uk.scrutiny.domain.model.deadline.DeadlineCalculator;
import uk.scrutiny.domain.model.deadline.DeadlineRules;

/**
 * The council's working-day calendar and deadline rules as they stand now, for everything that computes a
 * deadline. Every page and list computes deadlines, so the calculator is kept in memory and rebuilt only after a
 * change to the calendar or the rules has committed.
 *
 * <p>Until an administrator loads a bank holiday file, the GOV.UK file bundled with the application applies.
 */
@ApplicationScoped
public class CouncilCalendar {

    /** Where the bank holidays in force came from. */
    public record BankHolidaySource(String description, Optional<BankHolidayLoad> load) {
    }

    @Inject
    CalendarRepository calendars;

    @Inject
    CouncilRepository councils;

    @Resource
    TransactionSynchronizationRegistry transactions;

    private volatile DeadlineCalculator current;

    /** The calculator for the council's rules on its calendar. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public DeadlineCalculator deadlines() {
        DeadlineCalculator calculator = current;
        if (calculator == null) {
            calculator = new DeadlineCalculator(buildCalendar(), councils.theCouncil().deadlineRules());
            current = calculator;
        }
        return calculator;
    }

    public WorkingDayCalendar calendar() {
        return deadlines().calendar();
    }

    public DeadlineRules rules() {
        return deadlines().rules();
    }

    /**
     * Replaces the bank holidays with those of a GOV.UK {@code bank-holidays.json}. A malformed file is refused with
     * a message saying what is wrong and where, and the calendar stays as it was.
     */
    @Transactional
    public BankHolidayFeed loadBankHolidays(String json, String loadedBy) {
        if (json == null || json.isBlank()) {
            throw new DomainRuleViolation("bankHolidayFile", "The bank holiday file is empty.");
        }
        BankHolidayFeed feed = BankHolidayFeed.parse(json);
        calendars.replaceBankHolidays(feed, loadedBy);
        forgetAfterCommit();
        return feed;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public BankHolidaySource bankHolidaySource() {
        Optional<BankHolidayLoad> load = calendars.lastLoad();
        return new BankHolidaySource(load.isPresent() ? "Loaded by an administrator"
                : "Bundled with the application (GOV.UK, England and Wales)", load);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Closure> closures() {
        return calendars.closures();
    }

    @Transactional
    public Closure addClosure(ClosurePeriod period) {
        Closure closure = calendars.addClosure(period);
        forgetAfterCommit();
        return closure;
    }

    @Transactional
    public boolean removeClosure(long id) {
        boolean removed = calendars.removeClosure(id);
        forgetAfterCommit();
        return removed;
    }

    @Transactional
    public DeadlineRules changeRules(DeadlineRules rules) {
        Council council = councils.theCouncil();
        council.changeDeadlineRules(rules);
        councils.store(council);
        forgetAfterCommit();
        return council.deadlineRules();
    }

    private WorkingDayCalendar buildCalendar() {
        List<ClosurePeriod> closures = calendars.closures().stream().map(Closure::period).toList();
        return calendars.loadedBankHolidays()
                .map(stored -> WorkingDayCalendar.of(stored.holidays(), stored.yearsCovered(), closures))
                .orElseGet(() -> WorkingDayCalendar.of(BankHolidayFeed.bundled(), closures));
    }

    /**
     * Forgets the calculator now and again once the transaction ends: a reader between the two might have cached
     * the state from before the change.
     */
    private void forgetAfterCommit() {
        current = null;
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                current = null;
            }
        });
    }
}
