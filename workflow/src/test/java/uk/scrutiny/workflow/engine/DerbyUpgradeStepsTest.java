package uk.scrutiny.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.flowable.common.engine.impl.FlowableVersion;
import org.flowable.common.engine.impl.FlowableVersions;
import org.junit.jupiter.api.Test;

/**
 * Fails when Flowable ships a schema upgrade step for H2 that has no Derby counterpart.
 *
 * <p>Flowable treats database-specific upgrade steps as optional: a missing
 * {@code flowable.derby.upgradestep.X.to.Y.component.sql} is silently skipped, the schema version
 * is bumped anyway and an existing Derby database ends up without the new columns. Regenerated
 * create scripts only help new databases. So every H2 step that leads past the version our first
 * Derby databases were created with needs a hand-translated Derby step (FLOWABLE-DERBY.md).
 */
class DerbyUpgradeStepsTest {

    /** The Flowable version of the first Derby scripts: no Derby database predates it. */
    static final String DERBY_BASELINE = "8.0.0.0";

    private static final List<String> UPGRADE_DIRECTORIES = List.of("org/flowable/common/db/upgrade/", "org/flowable/db/upgrade/");
    private static final Pattern H2_STEP = Pattern.compile(
            "flowable\\.h2\\.upgradestep\\.(\\w+)\\.to\\.(\\w+)\\.(common|engine|history)\\.sql");

    @Test
    void everyH2UpgradeStepPastTheBaselineHasADerbyTwin() throws Exception {
        int baseline = FlowableVersions.findMatchingVersionIndex(DERBY_BASELINE);
        assertThat(baseline).as("baseline %s is a known Flowable version", DERBY_BASELINE).isNotNegative();

        List<String> h2Steps = new ArrayList<>();
        for (String directory : UPGRADE_DIRECTORIES) {
            h2Steps.addAll(listResources(directory));
        }
        // The scan must see Flowable's steps, or the check below proves nothing.
        assertThat(h2Steps).contains("org/flowable/db/upgrade/flowable.h2.upgradestep.7202.to.8000.engine.sql");

        List<String> missing = new ArrayList<>();
        for (String h2Step : h2Steps) {
            Matcher matcher = H2_STEP.matcher(h2Step.substring(h2Step.lastIndexOf('/') + 1));
            if (matcher.matches() && versionIndex(matcher.group(2)) > baseline) {
                String derbyStep = h2Step.replace("flowable.h2.", "flowable.derby.");
                if (getClass().getClassLoader().getResource(derbyStep) == null) {
                    missing.add(derbyStep);
                }
            }
        }

        assertThat(missing).as("Derby upgrade steps to translate from their H2 twins (see FLOWABLE-DERBY.md)").isEmpty();
    }

    /** Index in Flowable's release sequence of a version as written in step names ("8000"); -1 if unknown. */
    private static int versionIndex(String compact) {
        for (int i = 0; i < FlowableVersions.FLOWABLE_VERSIONS.size(); i++) {
            FlowableVersion version = FlowableVersions.FLOWABLE_VERSIONS.get(i);
            if (version.getMainVersion().replace(".", "").equals(compact)) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> listResources(String directory) throws IOException, URISyntaxException {
        List<String> names = new ArrayList<>();
        for (URL url : Collections.list(DerbyUpgradeStepsTest.class.getClassLoader().getResources(directory))) {
            if ("jar".equals(url.getProtocol())) {
                JarURLConnection connection = (JarURLConnection) url.openConnection();
                connection.setUseCaches(false);
                try (JarFile jar = connection.getJarFile()) {
                    jar.stream().map(entry -> entry.getName())
                            .filter(name -> name.startsWith(directory) && !name.endsWith("/"))
                            .forEach(names::add);
                }
            } else if ("file".equals(url.getProtocol())) {
                try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
                    files.forEach(file -> names.add(directory + file.getFileName()));
                }
            }
        }
        return names;
    }
}
