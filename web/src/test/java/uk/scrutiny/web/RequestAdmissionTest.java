package uk.scrutiny.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RequestAdmissionTest {

    @Test
    void noMoreThanTheTurnsAreWorkedOnAtOnceAndTheOthersWaitTheirTurn() throws Exception {
        RequestAdmission.Turns turns = new RequestAdmission.Turns(3, Duration.ofSeconds(30));
        AtomicInteger working = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService requests = Executors.newFixedThreadPool(12);
        try {
            List<Future<Boolean>> done = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                done.add(requests.submit(() -> {
                    go.await();
                    if (!turns.take()) {
                        return false;
                    }
                    try {
                        most.accumulateAndGet(working.incrementAndGet(), Math::max);
                        Thread.sleep(20);
                        working.decrementAndGet();
                        return true;
                    } finally {
                        turns.giveBack();
                    }
                }));
            }
            go.countDown();
            for (Future<Boolean> request : done) {
                assertThat(request.get(30, TimeUnit.SECONDS)).as("every request had its turn").isTrue();
            }
            assertThat(most.get()).as("turns in use at once").isLessThanOrEqualTo(3).isGreaterThanOrEqualTo(2);
        } finally {
            requests.shutdownNow();
        }
    }

    @Test
    void aRequestThatWaitsLongerThanTheLongestWaitIsTurnedAway() {
        RequestAdmission.Turns turns = new RequestAdmission.Turns(1, Duration.ofMillis(50));
        assertThat(turns.take()).isTrue();
        long started = System.nanoTime();
        assertThat(turns.take()).as("the only turn is taken").isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(50));
        turns.giveBack();
        assertThat(turns.take()).as("given back, it is free again").isTrue();
    }

    @Test
    void atLeastOneTurn() {
        assertThatThrownBy(() -> new RequestAdmission.Turns(0, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1");
    }
}
