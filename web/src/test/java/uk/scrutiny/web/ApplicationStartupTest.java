package uk.scrutiny.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.scrutiny.domain.infrastructure.persistence.SchemaMigrations;
import uk.scrutiny.workflow.demo.DemoData;

/** The demo switch and the production flag: a production server never gets users with a published password. */
class ApplicationStartupTest {

    private final CountingMigrations migrations = new CountingMigrations();
    private final CountingDemoData demoData = new CountingDemoData();

    @Test
    void demoDataIsLoadedAfterTheMigrationsWhenSwitchedOn() {
        start(true, false);

        assertThat(migrations.runs).isEqualTo(1);
        assertThat(demoData.loads).isEqualTo(1);
        assertThat(demoData.migrationsRunBeforeLoad).isTrue();
    }

    @Test
    void demoDataIsNotLoadedWhenSwitchedOff() {
        start(false, false);

        assertThat(migrations.runs).isEqualTo(1);
        assertThat(demoData.loads).isZero();
    }

    @Test
    void aProductionServerNeverLoadsDemoDataWhateverTheSwitchSays() {
        start(true, true);

        assertThat(migrations.runs).isEqualTo(1);
        assertThat(demoData.loads).isZero();
    }

    @Test
    void failedMigrationsStopTheDemoDataAndDoNotStopTheServer() {
        migrations.fail = true;

        start(true, false);

        assertThat(demoData.loads).isZero();
    }

    private void start(boolean demo, boolean production) {
        ApplicationStartup startup = new ApplicationStartup();
        startup.migrations = migrations;
        startup.demoData = demoData;
        startup.demoDataWanted = demo;
        startup.production = production;
        startup.onStart(null);
    }

    private static final class CountingMigrations extends SchemaMigrations {
        int runs;
        boolean fail;

        @Override
        public synchronized void ensureMigrated() {
            runs++;
            if (fail) {
                throw new IllegalStateException("database unreachable");
            }
        }
    }

    private final class CountingDemoData extends DemoData {
        int loads;
        boolean migrationsRunBeforeLoad;

        @Override
        public void load() {
            loads++;
            migrationsRunBeforeLoad = migrations.runs > 0;
        }
    }
}
