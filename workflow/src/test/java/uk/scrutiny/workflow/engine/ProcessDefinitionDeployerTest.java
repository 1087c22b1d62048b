package uk.scrutiny.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The deployment index stays in step with the BPMN files beside it. */
class ProcessDefinitionDeployerTest {

    @Test
    void theApplicationIndexListsExactlyTheBpmnFilesInTheProcessesDirectory() throws IOException {
        assertIndexMatchesDirectory(ProcessDefinitionDeployer.forApplication(), "src/main/resources/processes", "processes/");
    }

    @Test
    void theTestIndexListsExactlyTheTestBpmnFiles() throws IOException {
        assertIndexMatchesDirectory(TestEngines.testProcesses(), "src/test/resources/test-processes", "test-processes/");
    }

    @Test
    void anIndexEntryWithoutAFileIsReportedByName() {
        ProcessDefinitionDeployer broken = new ProcessDefinitionDeployer("broken", "test-processes/deployment.list",
                new ClassLoader(getClass().getClassLoader()) {
                    @Override
                    public java.io.InputStream getResourceAsStream(String name) {
                        return name.endsWith(".bpmn20.xml") ? null : super.getResourceAsStream(name);
                    }
                });

        assertThatThrownBy(() -> broken.deploy(null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("test-processes/review.bpmn20.xml");
    }

    private static void assertIndexMatchesDirectory(ProcessDefinitionDeployer deployer, String directory, String prefix) throws IOException {
        Path dir = Path.of(System.getProperty("basedir", ".")).resolve(directory);
        List<String> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.map(path -> path.getFileName().toString())
                    .filter(name -> name.endsWith(".bpmn20.xml"))
                    .map(name -> prefix + name)
                    .sorted().toList();
        }

        assertThat(deployer.resources()).as("entries of %sdeployment.list vs *.bpmn20.xml files in %s", prefix, directory)
                .containsExactlyInAnyOrderElementsOf(files)
                .doesNotHaveDuplicates();
    }
}
