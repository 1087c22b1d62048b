package uk.scrutiny.it.queries;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import uk.scrutiny.domain.model.calendar.WorkingDayCalendar;
import uk.scrutiny.domain.model.committee.Committee;
import uk.scrutiny.domain.model.committee.CommitteeRepository;
import uk.scrutiny.domain.model.committee.Meeting;
import uk.scrutiny.domain.model.item.ItemType;
import uk.scrutiny.domain.model.item.Origin;
import uk.scrutiny.domain.model.item.ScrutinyItem;
import uk.scrutiny.domain.model.item.ScrutinyItemRepository;
import uk.scrutiny.domain.model.item.Stage;
import uk.scrutiny.domain.model.people.User;
import uk.scrutiny.domain.model.people.UserRepository;

/**
 * Builds (POST) and removes (DELETE {@code ?committee=id}) a committee of its own with five items whose dates the
 * queries tests know, answering with their ids. Through the domain model, because the API cannot make a request
 * that is already overdue: it is due at the earliest on the day it is issued. A test-only servlet in the tests'
 * own archive.
 *
 * <p>The items, times relative to now (UTC) and due dates relative to the council's today:
 * <pre>
 * alpha   request_issued   lead officer, request to officer  issued -30d, due -10d (overdue)  past meeting
 * bravo   request_issued   lead officer2, request to officer2 issued now-1h, due +3 working days  future meeting
 * charlie request_issued   lead officer, request to officer  issued -2d, due +28d            future meeting
 * delta   triage           no request                        last change -10d                no meeting
 * echo    withdrawn        request to officer withdrawn      last change -3d, due -5d         past meeting
 * </pre>
 * Created in that order, 5 days apart from -40d; so newest first is echo, delta, charlie, bravo, alpha, and by last
 * update bravo, charlie, echo, delta, alpha.
 */
@WebServlet("/query-fixture")
public class QueryFixtureServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final ZoneId COUNCIL_ZONE = ZoneId.of("Europe/London");

    @Inject
    transient UserRepository users;

    @Inject
    transient CommitteeRepository committees;

    @Inject
    transient ScrutinyItemRepository items;

    @Resource
    transient UserTransaction transaction;

    @Resource(lookup = "jdbc/scrutiny")
    transient DataSource database;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            transaction.begin();
            JsonObjectBuilder ids = build();
            transaction.commit();
            response.setContentType("application/json");
            response.getWriter().write(ids.build().toString());
        } catch (Exception e) {
            throw new IOException(e);
        }
    }

    @Override
    protected void doDelete(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long committee = Long.parseLong(request.getParameter("committee"));
        try (Connection connection = database.getConnection()) {
            for (String delete : DELETE_BY_COMMITTEE) {
                try (PreparedStatement statement = connection.prepareStatement(delete)) {
                    statement.setLong(1, committee);
                    statement.executeUpdate();
                }
            }
        } catch (Exception e) {
            throw new IOException(e);
        }
        response.setStatus(204);
    }

    private JsonObjectBuilder build() {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        LocalDate today = LocalDate.now(COUNCIL_ZONE);
        WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();
        User democratic = users.findByUsername("democratic").orElseThrow();
        User officer = users.findByUsername("officer").orElseThrow();
        User officer2 = users.findByUsername("officer2").orElseThrow();

        String key = UUID.randomUUID().toString().substring(0, 8);
        Committee committee = new Committee("Query test committee " + key, null);
        committees.store(committee);
        Meeting past = new Meeting(committee, today.minusDays(20), LocalTime.of(18, 0), "Committee Room 1");
        committees.store(past);
        Meeting future = new Meeting(committee, today.plusDays(60), LocalTime.of(18, 0), "Committee Room 1");
        committees.store(future);

        LocalDate bravoDue = today;
        for (int i = 0; i < 3; i++) {
            bravoDue = calendar.nextWorkingDay(bravoDue);
        }
        ScrutinyItem alpha = requested("Alpha " + key, committee, past, officer, now.minusDays(40),
                now.minusDays(30), today.minusDays(10), democratic);
        ScrutinyItem bravo = requested("Bravo " + key, committee, future, officer2, now.minusDays(35),
                now.minusHours(1), bravoDue, democratic);
        ScrutinyItem charlie = requested("Charlie " + key, committee, future, officer, now.minusDays(30),
                now.minusDays(2), today.plusDays(28), democratic);
        ScrutinyItem delta = item("Delta " + key, committee, now.minusDays(25), democratic);
        delta.moveTo(Stage.TRIAGE, null, democratic, now.minusDays(10));
        items.store(delta);
        ScrutinyItem echo = requested("Echo " + key, committee, past, officer, now.minusDays(20), now.minusDays(9),
                today.minusDays(5), democratic);
        echo.withdraw("No longer needed", democratic, now.minusDays(3));
        items.store(echo);

        return Json.createObjectBuilder().add("committee", committee.id()).add("pastMeeting", past.id())
                .add("futureMeeting", future.id()).add("alpha", alpha.id()).add("bravo", bravo.id())
                .add("charlie", charlie.id()).add("delta", delta.id()).add("echo", echo.id())
                .add("bravoDue", bravoDue.toString()).add("key", key);
    }

    private ScrutinyItem item(String title, Committee committee, LocalDateTime created, User by) {
        ScrutinyItem item = new ScrutinyItem(committee, title, null, ItemType.REPORT,
                Origin.workProgramme("Queries test"), by, created);
        items.store(item);
        return item;
    }

    /** An item with its KLOE agreed and a request issued, at request_issued. */
    private ScrutinyItem requested(String title, Committee committee, Meeting meeting, User officer,
            LocalDateTime created, LocalDateTime issued, LocalDate due, User by) {
        ScrutinyItem item = item(title, committee, created, by);
        item.scheduleFor(meeting, by, created.plusMinutes(1));
        item.addKeyQuestion("What has changed?", by, created.plusMinutes(2));
        item.agreeKeyLinesOfEnquiry(created.toLocalDate(), by, created.plusMinutes(3));
        item.assignLeadOfficer(officer, by, issued.minusMinutes(1));
        item.issueRequest(officer, due, by, issued);
        item.moveTo(Stage.REQUEST_ISSUED, null, by, issued);
        items.store(item);
        return item;
    }

    private static final String ITEMS = "SELECT id FROM scrutiny_item WHERE committee_id = ?";
    private static final String REQUESTS = "SELECT id FROM information_request WHERE item_id IN (" + ITEMS + ")";
    private static final String KLOE = "SELECT id FROM key_lines_of_enquiry WHERE item_id IN (" + ITEMS + ")";

    /** Each takes the committee's id as its only parameter; children before parents. */
    private static final List<String> DELETE_BY_COMMITTEE = List.of(
            "DELETE FROM extension_request WHERE request_id IN (" + REQUESTS + ")",
            "DELETE FROM request_hand_over WHERE request_id IN (" + REQUESTS + ")",
            "DELETE FROM information_request WHERE item_id IN (" + ITEMS + ")",
            "DELETE FROM line_of_enquiry WHERE kloe_id IN (" + KLOE + ")",
            "DELETE FROM kloe_standard_inclusion WHERE kloe_id IN (" + KLOE + ")",
            "DELETE FROM key_lines_of_enquiry WHERE item_id IN (" + ITEMS + ")",
            "DELETE FROM item_timeline_entry WHERE item_id IN (" + ITEMS + ")",
            "DELETE FROM scrutiny_item WHERE committee_id = ?",
            "DELETE FROM meeting WHERE committee_id = ?",
            "DELETE FROM committee WHERE id = ?");
}
