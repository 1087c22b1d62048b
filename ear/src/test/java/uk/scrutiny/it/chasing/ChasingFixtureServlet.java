package uk.scrutiny.it.chasing;

import jakarta.annotation.Resource;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import javax.sql.DataSource;

/**
 * What the API cannot do for the chasing tests, straight on the database: a test-only servlet in the tests' own
 * archive.
 * <ul>
 *   <li>{@code GET ?item=}: when each chasing timer of the item's process fires next ({@code firstReminder},
 *   {@code secondReminder}, {@code escalation}), as instants;</li>
 *   <li>{@code POST ?item=&request=&due=&issuedAt=}: the request issued earlier and due on a day now past, as if it
 *   had been issued days ago (the API issues a request at the earliest due today), and its escalation timer due
 *   now, as it would be once the clock reached the escalation's day. What fires is the application's real timer
 *   and its real rules, on the backdated request.</li>
 * </ul>
 */
@WebServlet("/chasing-fixture")
public class ChasingFixtureServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final String INSTANCE_OF_ITEM = "SELECT PROC_INST_ID_ FROM ACT_RU_EXECUTION WHERE BUSINESS_KEY_ = ?"
            + " AND PARENT_ID_ IS NULL";

    @Resource(lookup = "jdbc/scrutiny")
    transient DataSource database;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        JsonObjectBuilder timers = Json.createObjectBuilder();
        try (Connection connection = database.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT ELEMENT_ID_, DUEDATE_ FROM"
                        + " ACT_RU_TIMER_JOB WHERE PROCESS_INSTANCE_ID_ IN (" + INSTANCE_OF_ITEM + ")")) {
            select.setString(1, request.getParameter("item"));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    timers.add(rows.getString(1), rows.getTimestamp(2).toInstant().toString());
                }
            }
        } catch (SQLException e) {
            throw new IOException(e);
        }
        response.setContentType("application/json");
        response.getWriter().write(timers.build().toString());
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        LocalDate due = LocalDate.parse(request.getParameter("due"));
        LocalDateTime issuedAt = LocalDateTime.parse(request.getParameter("issuedAt"));
        try (Connection connection = database.getConnection()) {
            try (PreparedStatement backdate = connection.prepareStatement("UPDATE information_request"
                    + " SET due_date = ?, original_due_date = ?, issued_at = ? WHERE id = ? AND item_id = ?")) {
                backdate.setDate(1, java.sql.Date.valueOf(due));
                backdate.setDate(2, java.sql.Date.valueOf(due));
                backdate.setTimestamp(3, Timestamp.valueOf(issuedAt));
                backdate.setLong(4, Long.parseLong(request.getParameter("request")));
                backdate.setLong(5, Long.parseLong(request.getParameter("item")));
                require(backdate.executeUpdate(), "request");
            }
            try (PreparedStatement now = connection.prepareStatement("UPDATE ACT_RU_TIMER_JOB SET DUEDATE_ = ?"
                    + " WHERE ELEMENT_ID_ = 'escalation' AND PROCESS_INSTANCE_ID_ IN (" + INSTANCE_OF_ITEM + ")")) {
                now.setTimestamp(1, Timestamp.from(Instant.now().minusSeconds(60)));
                now.setString(2, request.getParameter("item"));
                require(now.executeUpdate(), "escalation timer");
            }
        } catch (SQLException e) {
            throw new IOException(e);
        }
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }

    private static void require(int rows, String what) throws IOException {
        if (rows != 1) {
            throw new IOException("Expected to change one " + what + ", changed " + rows);
        }
    }
}
