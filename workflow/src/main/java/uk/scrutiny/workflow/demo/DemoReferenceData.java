package uk.scrutiny.workflow.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.scrutiny.domain.model.catalogue.Accessibility;
import uk.scrutiny.domain.model.catalogue.Application;
import uk.scrutiny.domain.model.catalogue.DataSource;
import uk.scrutiny.domain.model.catalogue.DataSourceRepository;
import uk.scrutiny.domain.model.catalogue.Scope;
import uk.scrutiny.domain.model.committee.Committee;
import uk.scrutiny.domain.model.committee.CommitteeMember;
import uk.scrutiny.domain.model.committee.CommitteeRepository;
import uk.scrutiny.domain.model.committee.Meeting;
import uk.scrutiny.domain.model.committee.MemberRole;
import uk.scrutiny.domain.model.item.ItemType;
import uk.scrutiny.domain.model.people.PasswordHashing;
import uk.scrutiny.domain.model.people.Role;
import uk.scrutiny.domain.model.people.User;
import uk.scrutiny.domain.model.people.UserRepository;

/**
 * What the demo items stand on: the three real committees and their real meeting dates, the whole data source
 * catalogue of the toolkit, the committees' fictional members and the fictional people to sign in as.
 *
 * <p>Every part is keyed on a natural key (user name, committee name, committee and date, source name) and added
 * only when missing, so a restart never duplicates anything and a half-loaded database is completed.
 */
@ApplicationScoped
public class DemoReferenceData {

    static final String CHILDRENS = "Children's Services Overview and Scrutiny Committee";

    record DemoUser(String username, String displayName, Set<Role> roles) {
    }

    static final List<DemoUser> USERS = List.of(
            new DemoUser("democratic", "Dana Example (Democratic Services)", EnumSet.of(Role.DEMOCRATIC_SERVICES)),
            new DemoUser("officer", "Olu Example (Lead Officer)", EnumSet.of(Role.OFFICER)),
            new DemoUser("officer2", "Oona Example (Report Author)", EnumSet.of(Role.OFFICER)),
            new DemoUser("member", "Cllr Mo Example", EnumSet.of(Role.MEMBER)),
            new DemoUser("chair", "Cllr Chris Example", EnumSet.of(Role.MEMBER, Role.CHAIR)),
            new DemoUser("admin", "Ada Example (Administrator)", EnumSet.of(Role.ADMIN)));

    private static final Map<String, String> REMITS = Map.of(
            CHILDRENS, "Children's social care, education, SEND and services for young people.",
            "Overview and Scrutiny Board", "Corporate performance, budget and policy, and the overall scrutiny work"
                    + " programme.",
            "Health and Adult Social Care Overview and Scrutiny Committee", "Health services, public health and adult"
                    + " social care.");

    @Inject
    UserRepository users;

    @Inject
    CommitteeRepository committees;

    @Inject
    DataSourceRepository dataSources;

    @Inject
    Pbkdf2PasswordHash passwordHash;

    Clock clock = Clock.systemDefaultZone();

    /** Adds whatever is missing, in one transaction: all of it or none. Answers how many records it added. */
    @Transactional
    public int load() {
        passwordHash.initialize(PasswordHashing.parameters());
        return loadUsers() + loadCommitteesAndMeetings() + loadMembers() + loadDataSources();
    }

    private int loadUsers() {
        int added = 0;
        for (DemoUser demo : USERS) {
            if (users.findByUsername(demo.username()).isEmpty()) {
                users.store(new User(demo.username(), demo.displayName(), demo.username() + "@example.org",
                        passwordHash.generate(DemoData.DEMO_PASSWORD.toCharArray()), demo.roles()));
                added++;
            }
        }
        return added;
    }

    private int loadCommitteesAndMeetings() {
        int added = 0;
        for (Map<String, String> row : Csv.read("demo/meetings.csv")) {
            String name = row.get("committee");
            Committee committee = committees.findByName(name).orElse(null);
            if (committee == null) {
                committee = new Committee(name, REMITS.get(name));
                committees.store(committee);
                added++;
            }
            LocalDate date = LocalDate.parse(row.get("date"));
            long committeeId = committee.id();
            if (committees.findMeetings(committeeId, date, date).isEmpty()) {
                LocalTime time = row.get("time") == null ? null : LocalTime.parse(row.get("time"));
                addMeeting(committee, date, time, row.get("venue"));
                added++;
            }
        }
        return added;
    }

    private Meeting addMeeting(Committee committee, LocalDate date, LocalTime time, String venue) {
        return addMeeting(committees, committee, date, time, venue, LocalDate.now(clock));
    }

    /** A meeting of the demo data; one already past is recorded as held, as the real ones were. */
    static Meeting addMeeting(CommitteeRepository committees, Committee committee, LocalDate date, LocalTime time,
            String venue, LocalDate today) {
        Meeting meeting = new Meeting(committee, date, time, venue);
        if (date.isBefore(today)) {
            meeting.recordHeld();
        }
        committees.store(meeting);
        return meeting;
    }

    /** Fictional councillors: the toolkit's committee is given the demo chair and member users. */
    private int loadMembers() {
        int added = 0;
        String[][] seats = {
                {"Cllr Chris Example", "CHAIR", "chair"},
                {"Cllr Val Example", "VICE_CHAIR", null},
                {"Cllr Mo Example", "MEMBER", "member"},
                {"Cllr Pat Sample", "MEMBER", null},
                {"Cllr Lee Sample", "MEMBER", null},
                {"Terry Placeholder (co-opted, diocesan representative)", "CO_OPTED_MEMBER", null},
                {"Cllr Sam Sample", "SUBSTITUTE", null}};
        int municipalYear = municipalYear(LocalDate.now(clock));
        // Only the demo committees: committees someone has added since are theirs to staff.
        for (String committeeName : REMITS.keySet()) {
            Committee committee = committees.findByName(committeeName).orElse(null);
            if (committee == null) {
                continue;
            }
            for (int year = municipalYear - 1; year <= municipalYear; year++) {
                if (!committees.findMembers(committee.id(), year).isEmpty()) {
                    continue;
                }
                boolean toolkitCommittee = committee.name().equals(CHILDRENS);
                for (String[] seat : seats) {
                    User user = toolkitCommittee && seat[2] != null
                            ? users.findByUsername(seat[2]).orElse(null) : null;
                    String name = toolkitCommittee ? seat[0] : seat[0].replace("Example", "Specimen");
                    committees.store(new CommitteeMember(committee, year, name, MemberRole.valueOf(seat[1]), user));
                    added++;
                }
            }
        }
        return added;
    }

    /** The municipal year runs from the annual meeting in May; it is named by the year it starts. */
    static int municipalYear(LocalDate date) {
        return date.getMonthValue() >= 5 ? date.getYear() : date.getYear() - 1;
    }

    private int loadDataSources() {
        int added = 0;
        for (JsonValue value : readJsonArray("demo/data-sources.json")) {
            JsonObject row = value.asJsonObject();
            String name = row.getString("name");
            if (dataSources.findByName(name).isPresent()) {
                continue;
            }
            DataSource source = new DataSource(name, text(row, "description"),
                    Accessibility.valueOf(row.getString("accessibility")), Scope.valueOf(row.getString("scope")),
                    Application.valueOf(row.getString("application")), row.getBoolean("primarySource"))
                    .placeInCatalogue(row.isNull("number") ? null : row.getInt("number"), text(row, "section"))
                    .describeUse(text(row, "remit"), text(row, "accessibilityNote"), text(row, "applicationNote"),
                            text(row, "notes"), text(row, "updateFrequency"), text(row, "link"));
            dataSources.store(source);
            added++;
        }
        return added;
    }

    static ItemType itemType(String kind) {
        return switch (kind == null ? "" : kind) {
            case "report" -> ItemType.REPORT;
            case "working group" -> ItemType.WORKING_GROUP;
            case "verbal update" -> ItemType.VERBAL_UPDATE;
            case "standing item" -> ItemType.STANDING_ITEM;
            case "briefing" -> ItemType.BRIEFING;
            case "deep dive" -> ItemType.DEEP_DIVE;
            default -> throw new IllegalStateException("Unknown kind of agenda item in the demo data: " + kind);
        };
    }

    private static String text(JsonObject row, String key) {
        return row.containsKey(key) && !row.isNull(key) ? row.getString(key) : null;
    }

    private static JsonArray readJsonArray(String resource) {
        InputStream in = DemoReferenceData.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Demo data file missing from the application: " + resource);
        }
        try (JsonReader reader = Json.createReader(in)) {
            return reader.readArray();
        }
    }
}
