package uk.scrutiny.it.benchmark;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.json.JsonArrayBuilder;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import uk.scrutiny.domain.model.catalogue.DataSourceRepository;
import uk.scrutiny.domain.model.committee.Committee;
import uk.scrutiny.domain.model.committee.CommitteeMember;
import uk.scrutiny.domain.model.committee.CommitteeRepository;
import uk.scrutiny.domain.model.committee.Meeting;
import uk.scrutiny.domain.model.committee.MemberRole;
import uk.scrutiny.domain.model.deepdive.EvidenceKind;
import uk.scrutiny.domain.model.item.Resolution;
import uk.scrutiny.domain.model.item.StandardDataInclusion;
import uk.scrutiny.domain.model.item.TriageDecision;
import uk.scrutiny.domain.model.people.PasswordHashing;
import uk.scrutiny.domain.model.people.Role;
import uk.scrutiny.domain.model.people.User;
import uk.scrutiny.domain.model.people.UserRepository;
import uk.scrutiny.domain.model.programme.MunicipalYear;
import uk.scrutiny.domain.model.recommendation.ExecutiveDecision;
import uk.scrutiny.domain.model.recommendation.RagStatus;
import uk.scrutiny.domain.model.redflag.Severity;
import uk.scrutiny.domain.service.CouncilCalendar;
import uk.scrutiny.workflow.engine.LockContentionRetry;
import uk.scrutiny.workflow.lifecycle.Actor;
import uk.scrutiny.workflow.lifecycle.Commands;
import uk.scrutiny.workflow.lifecycle.ItemLifecycle;
import uk.scrutiny.workflow.recommendations.DeepDiveLifecycle;
import uk.scrutiny.workflow.recommendations.FollowUpCommands;
import uk.scrutiny.workflow.recommendations.RecommendationLifecycle;

/**
 * The benchmark data set, made with the application's own services ({@link ItemLifecycle},
 * {@link RecommendationLifecycle}, {@link DeepDiveLifecycle}, the repositories) so every item has its real history
 * and its live process instances, tasks and timers: committees, five municipal years of meetings each, officers,
 * committee members, and items driven to every stage. Twenty items share one transaction (a commit then costs about
 * 2 % of the time) and several transactions run at once on the container's threads. Timeline times are those of the
 * run; the time spent in each lifecycle action is answered with the data set.
 *
 * <p>Items of meetings already held: mostly closed (noted) through the whole lifecycle, some no further action,
 * monitored or withdrawn, some with a recommendation accepted and monitored (RAG) or awaiting the executive's
 * response. Items of meetings to come: awaiting triage, scoping, request issued (due by the meeting's officer
 * response deadline, so spread over the coming weeks), response review or published, and deep dives awaiting their
 * start or under way. A separate pool of items at response review is kept for the transitions measurement. A
 * test-only servlet in the benchmark's archive.
 */
@WebServlet("/benchmark-data")
public class BenchmarkDataServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final ZoneId COUNCIL_ZONE = ZoneId.of("Europe/London");
    private static final int ITEMS_PER_TRANSACTION = 20;
    private static final int MEETINGS_PER_YEAR = 7;
    /** Month and day of each meeting of a municipal year (from May), moved to a weekday per committee. */
    private static final int[][] MEETING_DAYS = {{6, 10}, {7, 15}, {9, 16}, {10, 21}, {12, 2}, {2, 10}, {3, 17}};

    static final Actor DEMOCRATIC = new Actor("democratic", Set.of(Role.DEMOCRATIC_SERVICES));
    static final Actor CHAIR = new Actor("chair", Set.of(Role.MEMBER, Role.CHAIR));

    @Inject
    transient CouncilCalendar calendar;

    @Inject
    transient ItemLifecycle lifecycle;

    @Inject
    transient RecommendationLifecycle recommendations;

    @Inject
    transient DeepDiveLifecycle deepDives;

    @Inject
    transient UserRepository users;

    @Inject
    transient CommitteeRepository committees;

    @Inject
    transient DataSourceRepository dataSources;

    @Inject
    transient Pbkdf2PasswordHash passwordHash;

    @Resource
    transient UserTransaction transaction;

    /** The lifecycle services' persistence context (the transaction's), emptied between items of a batch. */
    @PersistenceContext(unitName = "scrutiny")
    transient EntityManager entityManager;

    /** Generator threads of the container's, so that transactions and CDI work on them as on a request's thread. */
    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    transient ManagedThreadFactory threadFactory;

    @Resource(lookup = "jdbc/scrutinyMigrations")
    transient javax.sql.DataSource nonTransactionalDataSource;

    /**
     * {@code ?raw=N&warmUp=W&threads=T&step=ONE_TASK|REVIEW}: raw Flowable task completions per second on the same
     * database, of the one-task process or of the review step ({@link RawFlowable.Step}), after W untimed ones.
     */
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            String step = request.getParameter("step");
            double rate = RawFlowable.completionsPerSecond(nonTransactionalDataSource,
                    step == null ? RawFlowable.Step.ONE_TASK : RawFlowable.Step.valueOf(step),
                    parameter(request, "raw", 1000), parameter(request, "warmUp", 0),
                    parameter(request, "threads", 16));
            response.setContentType("text/plain");
            response.getWriter().write(String.valueOf(rate));
        } catch (Exception e) {
            throw new IOException(e);
        }
    }

    /** What one generation made, for the load driver. */
    private record Made(List<Long> committees, List<String> officers, List<Long> items, List<Long> transitions,
            List<Long> meetings) {
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int items = parameter(request, "items", 20_000);
        int committeeCount = parameter(request, "committees", 50);
        int years = parameter(request, "years", 5);
        int officerCount = parameter(request, "officers", 100);
        int transitions = parameter(request, "transitions", 1_000);
        int threads = parameter(request, "threads", 1);
        long started = System.nanoTime();
        steps.clear();
        retries.set(0);
        try {
            Made made = "true".equals(request.getParameter("reuse"))
                    ? earlier(items, officerCount, transitions).orElse(null) : null;
            boolean reused = made != null;
            if (!reused) {
                made = generate(items, committeeCount, years, officerCount, transitions, threads);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            JsonArrayBuilder committeeIds = Json.createArrayBuilder();
            made.committees().forEach(committeeIds::add);
            JsonArrayBuilder officers = Json.createArrayBuilder();
            made.officers().forEach(officers::add);
            JsonArrayBuilder itemIds = Json.createArrayBuilder();
            made.items().forEach(itemIds::add);
            JsonArrayBuilder transitionIds = Json.createArrayBuilder();
            made.transitions().forEach(transitionIds::add);
            JsonArrayBuilder meetingIds = Json.createArrayBuilder();
            made.meetings().forEach(meetingIds::add);
            var stepTimes = Json.createObjectBuilder();
            steps.forEach((name, sums) -> stepTimes.add(name, Json.createObjectBuilder()
                    .add("count", sums[0].sum()).add("ms", sums[1].sum() / 1_000_000)));
            response.setContentType("application/json");
            response.getWriter().write(Json.createObjectBuilder().add("seconds", seconds)
                    .add("committees", committeeIds).add("officers", officers).add("items", itemIds)
                    .add("transitionItems", transitionIds).add("meetings", meetingIds).add("steps", stepTimes)
                    .add("retries", retries.get()).add("threads", threads).add("reused", reused).build().toString());
        } catch (Exception e) {
            throw new IOException(e);
        }
    }

    private Made generate(int itemCount, int committeeCount, int years, int officerCount, int transitionCount,
            int threads) throws Exception {
        LocalDate today = LocalDate.now(COUNCIL_ZONE);
        // The current municipal year (from May) is the fourth of five: three behind, one ahead.
        int currentYear = today.getMonthValue() >= 5 ? today.getYear() : today.getYear() - 1;
        int firstYear = currentYear - Math.min(3, years - 1);
        List<String> officers = new ArrayList<>();
        List<Long> committeeIds = new ArrayList<>();
        List<List<Meeting>> meetingsByCommittee = new ArrayList<>();
        List<List<Long>> workingGroups = new ArrayList<>();
        long dataSourceId;
        transaction.begin();
        try {
            dataSourceId = dataSources.findAll().get(0).id();
            passwordHash.initialize(PasswordHashing.parameters());
            String hash = passwordHash.generate("scrutiny-demo".toCharArray()); // one PBKDF2 for all of them
            for (int i = 1; i <= officerCount; i++) {
                String username = officer(i);
                if (users.findByUsername(username).isEmpty()) {
                    users.store(new User(username, "Benchmark Officer " + i, username + "@example.org", hash,
                            Set.of(Role.OFFICER)));
                }
                officers.add(username);
            }
            for (int c = 0; c < committeeCount; c++) {
                Committee committee = new Committee(String.format(Locale.ROOT, "Benchmark committee %02d %d", c + 1,
                        System.nanoTime() % 100_000), "Benchmark data set");
                committees.store(committee);
                committeeIds.add(committee.id());
                List<Meeting> meetings = new ArrayList<>();
                for (int y = firstYear; y < firstYear + years; y++) {
                    for (int[] monthDay : MEETING_DAYS) {
                        int year = monthDay[0] >= 5 ? y : y + 1;
                        LocalDate date = weekday(LocalDate.of(year, monthDay[0], monthDay[1]).plusDays(c % 10));
                        Meeting meeting = new Meeting(committee, date, LocalTime.of(18, 0), "Committee Room " + (c % 4 + 1));
                        committees.store(meeting);
                        meetings.add(meeting);
                    }
                }
                meetingsByCommittee.add(meetings);
                // Two members this municipal year, the working group of the committee's deep dives.
                List<Long> members = new ArrayList<>();
                for (String name : List.of("Councillor A. Bench", "Councillor B. Bench")) {
                    CommitteeMember member = new CommitteeMember(committee, currentYear, name, MemberRole.MEMBER, null);
                    committees.store(member);
                    members.add(member.id());
                }
                workingGroups.add(members);
                // The demo chair chairs every benchmark committee: its red flags and late reports are theirs, so
                // the chair's "my tasks" reads as many tasks as before chairs kept to their own committees.
                committees.store(new CommitteeMember(committee, currentYear, "Councillor C. Bench", MemberRole.CHAIR,
                        users.findByUsername(CHAIR.username()).orElseThrow()));
            }
            transaction.commit();
        } finally {
            rollbackIfActive();
        }

        // Every meeting of a committee in turn gets an item, then the next committee's, round again until the
        // count is reached: each meeting has about the same number of items, the stages follow the meetings'
        // dates, and a small run still has items at every stage.
        int slotsPerCommittee = years * MEETINGS_PER_YEAR;
        List<long[]> plan = new ArrayList<>(itemCount);
        for (int i = 0; i < itemCount; i++) {
            int meetingIndex = i % slotsPerCommittee;
            int committeeIndex = (i / slotsPerCommittee) % committeeCount;
            plan.add(new long[] {committeeIndex, meetingIndex, i});
        }
        List<Long> made = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicInteger next = new AtomicInteger();
        // The first round of a committee's meetings (every stage) is made by one thread before the others start:
        // each table's first identity value after a start takes a block in Derby's catalog, and several
        // transactions doing that at once lose their locks (see BENCHMARK.md, session 5).
        int warmUp = Math.min(plan.size(),
                (slotsPerCommittee + ITEMS_PER_TRANSACTION - 1) / ITEMS_PER_TRANSACTION * ITEMS_PER_TRANSACTION);
        ExecutorService pool = Executors.newFixedThreadPool(threads, threadFactory);
        try {
            for (int round = 0; round < 2; round++) {
                int limit = round == 0 ? warmUp : plan.size();
                List<Future<?>> work = new ArrayList<>();
                for (int t = 0; t < (round == 0 ? 1 : threads); t++) {
                    work.add(pool.submit(() -> {
                        int from;
                        while ((from = next.getAndAdd(ITEMS_PER_TRANSACTION)) < limit) {
                            List<long[]> batch = plan.subList(from, Math.min(limit, from + ITEMS_PER_TRANSACTION));
                            made.addAll(inTransaction(() -> {
                                List<Long> ids = new ArrayList<>();
                                for (long[] slot : batch) {
                                    Meeting meeting = meetingsByCommittee.get((int) slot[0]).get((int) slot[1]);
                                    String officer = officers.get((int) (slot[2] % officers.size()));
                                    ids.add(item(committeeIds.get((int) slot[0]), dataSourceId, meeting,
                                            workingGroups.get((int) slot[0]), officer, (int) slot[2], today));
                                    // Every query flushes, and a flush compares each entity the context holds: without
                                    // this, an item's actions would cost more the later it comes in its batch. Each
                                    // action reads the item afresh by id, so nothing is lost.
                                    entityManager.flush();
                                    entityManager.clear();
                                }
                                return ids;
                            }));
                        }
                        return null;
                    }));
                }
                for (Future<?> f : work) {
                    f.get();
                }
                next.set(limit);
            }
        } finally {
            pool.shutdown();
        }

        List<Long> transitions = transitionPool(committeeIds.get(committeeCount - 1),
                meetingsByCommittee.get(committeeCount - 1), dataSourceId, officers, transitionCount, today);
        // Meetings to come within the next three months, for the agenda page.
        List<Long> comingMeetings = meetingsByCommittee.stream().flatMap(List::stream)
                .filter(m -> !m.date().isBefore(today) && m.date().isBefore(today.plusMonths(3))).map(Meeting::id)
                .toList();
        return new Made(committeeIds, officers, new ArrayList<>(made), transitions, comingMeetings);
    }

    /**
     * The data set an earlier run left in this database ({@code reuse=true}, with the test database kept, see
     * BENCHMARK.md), when it has at least the items asked for; only a new transitions pool is made, since the
     * earlier run accepted its pool's responses. Generating 20 000 items takes most of an hour; measuring a change
     * should not.
     */
    private Optional<Made> earlier(int itemCount, int officerCount, int transitionCount) throws Exception {
        LocalDate today = LocalDate.now(COUNCIL_ZONE);
        List<Long> committeeIds;
        List<Long> itemIds;
        List<Long> comingMeetings;
        List<Meeting> lastCommitteesMeetings;
        long dataSourceId;
        transaction.begin();
        try {
            committeeIds = entityManager.createQuery("select c.id from Committee c where c.name like "
                    + "'Benchmark committee %' order by c.id", Long.class).getResultList();
            if (committeeIds.isEmpty()) {
                return Optional.empty();
            }
            itemIds = entityManager.createQuery("select i.id from ScrutinyItem i where i.committee.id in :committees"
                    + " and i.title like 'Benchmark item %' order by i.id", Long.class)
                    .setParameter("committees", committeeIds).getResultList();
            comingMeetings = entityManager.createQuery("select m.id from Meeting m where m.committee.id in "
                    + ":committees and m.date >= :today and m.date < :limit order by m.id", Long.class)
                    .setParameter("committees", committeeIds).setParameter("today", today)
                    .setParameter("limit", today.plusMonths(3)).getResultList();
            lastCommitteesMeetings = entityManager.createQuery("select m from Meeting m where m.committee.id = "
                    + ":committee order by m.date", Meeting.class)
                    .setParameter("committee", committeeIds.get(committeeIds.size() - 1)).getResultList();
            dataSourceId = dataSources.findAll().get(0).id();
            // A data set made before chairs kept to their own committees has no seat for the demo chair, who
            // triages the transitions pool's red flags: seated as the generator now seats them.
            var chaired = committees.findCommitteesChaired(CHAIR.username(), today);
            User chair = users.findByUsername(CHAIR.username()).orElseThrow();
            for (Long committeeId : committeeIds) {
                if (!chaired.chairs(committeeId)) {
                    committees.store(new CommitteeMember(committees.find(committeeId).orElseThrow(),
                            MunicipalYear.of(today).startYear(), "Councillor C. Bench", MemberRole.CHAIR, chair));
                }
            }
            transaction.commit();
        } finally {
            rollbackIfActive();
        }
        if (itemIds.size() < itemCount) {
            return Optional.empty();
        }
        List<String> officers = new ArrayList<>();
        for (int i = 1; i <= officerCount; i++) {
            officers.add(officer(i));
        }
        List<Long> transitions = transitionPool(committeeIds.get(committeeIds.size() - 1), lastCommitteesMeetings,
                dataSourceId, officers, transitionCount, today);
        return Optional.of(new Made(committeeIds, officers, itemIds, transitions, comingMeetings));
    }

    /**
     * The transitions pool: items at response review on the committee's next meeting, each with one officer, for
     * democratic services to accept during the measurement.
     */
    private List<Long> transitionPool(long committeeId, List<Meeting> meetings, long dataSourceId,
            List<String> officers, int transitionCount, LocalDate today) throws Exception {
        Meeting nextMeeting = meetings.stream().filter(m -> m.date().isAfter(today.plusDays(14))).findFirst()
                .orElseThrow();
        List<Long> transitions = new ArrayList<>();
        for (int from = 0; from < transitionCount; from += ITEMS_PER_TRANSACTION) {
            int size = Math.min(ITEMS_PER_TRANSACTION, transitionCount - from);
            int offset = from;
            transitions.addAll(inTransaction(() -> {
                List<Long> ids = new ArrayList<>();
                for (int i = 0; i < size; i++) {
                    String officer = officers.get((offset + i) % officers.size());
                    long id = raise(committeeId, dataSourceId, "Transition " + (offset + i));
                    toResponseReview(id, nextMeeting, officer);
                    ids.add(id);
                }
                return ids;
            }));
        }
        return transitions;
    }

    /** One item for the slot, driven to a stage that fits the meeting's date; answers its id. */
    private long item(long committeeId, long dataSourceId, Meeting meeting, List<Long> workingGroup, String officer,
            int n, LocalDate today) {
        long id = raise(committeeId, dataSourceId, "Benchmark item " + n);
        if (meeting.date().isBefore(today.minusDays(7))) {
            switch (n % 20) {
                case 0, 1 -> step("triage", () -> lifecycle.triage(id, new Commands.Triage(
                        TriageDecision.NO_FURTHER_ACTION, "Already covered by the annual report.", null, null), CHAIR));
                case 2 -> step("withdraw", () -> lifecycle.withdraw(id, "The service was restructured.", DEMOCRATIC));
                case 3 -> step("triage", () -> lifecycle.triage(id, new Commands.Triage(TriageDecision.MONITOR,
                        "Watch the next quarter's figures.", today.plusMonths(3), null), CHAIR));
                case 4, 5, 6 -> {
                    toMeeting(id, meeting, officer);
                    long recommendation = recommend(id, meeting);
                    // The executive has two months from the meeting: older recommendations have their response and
                    // are monitored (RAG), so no escalation timer of the data set is already due when it is made.
                    if (n % 20 != 4 || meeting.date().isBefore(today.minusMonths(2))) {
                        step("recordExecutiveResponse", () -> recommendations.recordExecutiveResponse(id,
                                recommendation, new FollowUpCommands.ExecutiveResponse(ExecutiveDecision.ACCEPTED,
                                        "Agreed with the service's action plan.", null), DEMOCRATIC));
                        RagStatus rag = RAG[(n / 20) % RAG.length];
                        step("recordProgress", () -> recommendations.recordProgress(id, recommendation,
                                new FollowUpCommands.Progress(rag, "Quarterly update from the service.", null),
                                DEMOCRATIC));
                    }
                }
                default -> {
                    toMeeting(id, meeting, officer);
                    step("recordOutcome", () -> lifecycle.recordOutcome(id, new Commands.RecordOutcome(
                            Resolution.NOTED, "The committee noted the report.", null), DEMOCRATIC));
                }
            }
        } else {
            switch (n % 14) {
                case 0, 7 -> {
                    // awaiting triage
                }
                case 1, 8 -> triage(id, meeting);
                case 2, 3, 9, 10 -> {
                    triage(id, meeting);
                    agree(id);
                    step("issueRequest", () -> lifecycle.issueRequest(id, officer, DEMOCRATIC));
                }
                case 4, 11 -> toResponseReview(id, meeting, officer);
                case 5, 12 -> {
                    toResponseReview(id, meeting, officer);
                    step("acceptResponse", () -> lifecycle.acceptResponse(id, DEMOCRATIC));
                    if (meeting.date().isAfter(today)) {
                        step("publish", () -> lifecycle.publish(id, publicationDate(meeting), DEMOCRATIC));
                    }
                }
                case 6 -> step("triage", () -> lifecycle.triage(id, new Commands.Triage(TriageDecision.DEEP_DIVE,
                        "Needs evidence from schools and families.", null, null), CHAIR)); // awaiting its start
                default -> {
                    step("triage", () -> lifecycle.triage(id, new Commands.Triage(TriageDecision.DEEP_DIVE,
                            "Needs evidence from schools and families.", null, null), CHAIR));
                    step("startDeepDive", () -> deepDives.start(id, new FollowUpCommands.StartDeepDive(
                            "Re-referrals to children's social care", null, workingGroup,
                            List.of("Why have re-referrals risen?")), DEMOCRATIC));
                    step("addEvidenceSession", () -> deepDives.addEvidenceSession(id,
                            new FollowUpCommands.EvidenceSession(EvidenceKind.EVIDENCE_SESSION,
                                    "Head of early help", today, "Thresholds and caseloads.",
                                    List.of(new FollowUpCommands.Witness("A. Witness", "Head of early help"))),
                            DEMOCRATIC));
                }
            }
        }
        return id;
    }

    private static final RagStatus[] RAG = {RagStatus.AMBER, RagStatus.AMBER, RagStatus.RED, RagStatus.GREEN};

    /** Through the meeting: report accepted and published on time. */
    private void toMeeting(long id, Meeting meeting, String officer) {
        toResponseReview(id, meeting, officer);
        step("acceptResponse", () -> lifecycle.acceptResponse(id, DEMOCRATIC));
        step("publish", () -> lifecycle.publish(id, publicationDate(meeting), DEMOCRATIC));
    }

    /** The committee made one recommendation at the meeting: it awaits the executive's response. */
    private long recommend(long id, Meeting meeting) {
        step("recordOutcome", () -> lifecycle.recordOutcome(id, new Commands.RecordOutcome(
                Resolution.RECOMMENDATIONS_MADE, "The committee made a recommendation.", null), DEMOCRATIC));
        return step("recordRecommendations", () -> recommendations.recordRecommendations(id, List.of(
                new FollowUpCommands.NewRecommendation("Publish re-referral rates by locality every quarter.",
                        "Cabinet Member for Children", meeting.date().plusMonths(9))), DEMOCRATIC)).get(0);
    }

    /** On time: a later date needs the chair's agreement to take the item as urgent. */
    private LocalDate publicationDate(Meeting meeting) {
        return calendar.deadlines().publicationDate(meeting.date()).date();
    }

    private long raise(long committeeId, long dataSourceId, String title) {
        return step("raiseRedFlag", () -> lifecycle.raiseRedFlag(new Commands.RaiseRedFlag(committeeId, dataSourceId,
                title, "Re-referrals within 12 months", null, Severity.HIGH,
                "Re-referrals rose for the third year running."), DEMOCRATIC));
    }

    private void triage(long id, Meeting meeting) {
        step("triage", () -> lifecycle.triage(id, new Commands.Triage(TriageDecision.REPORT, "Needs a report", null,
                meeting.id()), CHAIR));
    }

    private void agree(long id) {
        step("agreeKeyLinesOfEnquiry", () -> lifecycle.agreeKeyLinesOfEnquiry(id, new Commands.AgreeKeyLinesOfEnquiry(
                List.of("Why have re-referrals risen?"), List.of("Re-referrals by locality, 2021-2025"),
                EnumSet.of(StandardDataInclusion.HISTORICAL_TRENDS)), DEMOCRATIC));
    }

    private void toResponseReview(long id, Meeting meeting, String officer) {
        triage(id, meeting);
        agree(id);
        step("issueRequest", () -> lifecycle.issueRequest(id, officer, DEMOCRATIC));
        step("submitResponse", () -> lifecycle.submitResponse(id, new Commands.SubmitResponse(
                Map.of(1, "Threshold changes in 2023.", 2, "Attached as a table."), Map.of()),
                new Actor(officer, Set.of(Role.OFFICER))));
    }

    /** Time spent per lifecycle action and in commits, summed over the generator's threads. */
    private final transient Map<String, LongAdder[]> steps = new ConcurrentHashMap<>();

    private void step(String name, Runnable action) {
        step(name, () -> {
            action.run();
            return null;
        });
    }

    private <T> T step(String name, java.util.function.Supplier<T> action) {
        long began = System.nanoTime();
        T result = action.get();
        LongAdder[] sums = steps.computeIfAbsent(name, k -> new LongAdder[] {new LongAdder(), new LongAdder()});
        sums[0].increment();
        sums[1].add(System.nanoTime() - began);
        return result;
    }

    @FunctionalInterface
    private interface Work<T> {
        T run() throws Exception;
    }

    /** Batches the generator ran again because Derby gave up on a lock (see LockContentionRetry). */
    private final transient AtomicInteger retries = new AtomicInteger();

    /**
     * One transaction; run again (up to three times) when it lost a lock to another generator thread, as
     * {@link LockContentionRetry} does once for the application's calls (it does not apply here: the transaction
     * is ours, and a batch of 20 items holds its locks longer than one call does).
     */
    private <T> T inTransaction(Work<T> work) throws Exception {
        for (int attempt = 1;; attempt++) {
            try {
                return once(work);
            } catch (Exception e) {
                if (!LockContentionRetry.lostALock(e) || attempt == 4) {
                    throw e;
                }
                retries.incrementAndGet();
                java.util.logging.Logger.getLogger(BenchmarkDataServlet.class.getName()).info(
                        "A generator batch lost a lock (attempt " + attempt + "); trying again: " + e);
                // Apart, so that the batches that met do not meet again at once.
                Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextLong(50, 500));
            }
        }
    }

    private <T> T once(Work<T> work) throws Exception {
        transaction.begin();
        try {
            T result = work.run();
            long began = System.nanoTime();
            transaction.commit();
            LongAdder[] sums = steps.computeIfAbsent("commit", k -> new LongAdder[] {new LongAdder(), new LongAdder()});
            sums[0].increment();
            sums[1].add(System.nanoTime() - began);
            return result;
        } finally {
            rollbackIfActive();
        }
    }

    private void rollbackIfActive() {
        try {
            int status = transaction.getStatus();
            if (status == jakarta.transaction.Status.STATUS_ACTIVE
                    || status == jakarta.transaction.Status.STATUS_MARKED_ROLLBACK) {
                transaction.rollback();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The user name of the benchmark's i-th officer (from 1). */
    private static String officer(int i) {
        return String.format(Locale.ROOT, "bench-officer-%03d", i);
    }

    private static LocalDate weekday(LocalDate date) {
        LocalDate day = date;
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        return day;
    }

    private static int parameter(HttpServletRequest request, String name, int defaultValue) {
        String value = request.getParameter(name);
        return value == null || value.isBlank() ? defaultValue : Integer.parseInt(value);
    }
}
