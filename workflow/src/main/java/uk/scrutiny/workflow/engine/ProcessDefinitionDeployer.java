package uk.scrutiny.workflow.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.flowable.engine.RepositoryService;
import org.flowable.engine.repository.Deployment;
import org.flowable.engine.repository.DeploymentBuilder;

/**
 * Deploys the application's BPMN files as one named Flowable deployment, only when they changed.
 *
 * <p>The files are listed in an index resource ({@code processes/deployment.list} for the
 * application) rather than found by scanning: listing a directory inside a jar inside an EAR is
 * server-specific (Liberty serves {@code wsjar:} URLs), while reading a named resource works
 * everywhere. A unit test keeps the index and the directory in step.
 *
 * <p>Every start deploys with duplicate filtering: Flowable compares the resources with the latest
 * deployment of the same name and creates nothing when all are byte-identical. When any file
 * changed, all of them are deployed again and every process definition in the set gets a new
 * version; running instances stay on the version they started with.
 */
public class ProcessDefinitionDeployer {

    /** The application's deployment: its name in Flowable and its index resource. */
    public static final String APPLICATION_DEPLOYMENT_NAME = "scrutiny-processes";
    public static final String APPLICATION_INDEX = "processes/deployment.list";

    private final String deploymentName;
    private final String indexResource;
    private final ClassLoader classLoader;

    public ProcessDefinitionDeployer(String deploymentName, String indexResource, ClassLoader classLoader) {
        this.deploymentName = Objects.requireNonNull(deploymentName, "deploymentName");
        this.indexResource = Objects.requireNonNull(indexResource, "indexResource");
        this.classLoader = Objects.requireNonNull(classLoader, "classLoader");
    }

    /** The application's processes, read through the class loader that holds this module. */
    public static ProcessDefinitionDeployer forApplication() {
        return new ProcessDefinitionDeployer(APPLICATION_DEPLOYMENT_NAME, APPLICATION_INDEX,
                ProcessDefinitionDeployer.class.getClassLoader());
    }

    /**
     * The classpath resources the index lists, resolved against the index's directory. Blank lines
     * and lines starting with {@code #} are ignored.
     */
    public List<String> resources() {
        String directory = indexResource.contains("/") ? indexResource.substring(0, indexResource.lastIndexOf('/') + 1) : "";
        List<String> resources = new ArrayList<>();
        try (InputStream in = open(indexResource);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String entry = line.trim();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    resources.add(directory + entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read process index " + indexResource, e);
        }
        return resources;
    }

    /**
     * Deploys the listed resources unless the latest deployment of this name already holds the
     * same content. Returns the deployment that is now current, or {@code null} when the index
     * lists nothing.
     */
    public Deployment deploy(RepositoryService repositoryService) {
        List<String> resources = resources();
        if (resources.isEmpty()) {
            return null;
        }
        // Read everything first: a missing file should fail before the engine is involved.
        Map<String, byte[]> contents = new LinkedHashMap<>();
        for (String resource : resources) {
            contents.put(resource, read(resource));
        }
        DeploymentBuilder builder = repositoryService.createDeployment()
                .name(deploymentName)
                .enableDuplicateFiltering();
        contents.forEach(builder::addBytes);
        return builder.deploy();
    }

    private byte[] read(String resource) {
        try (InputStream in = open(resource)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read process resource " + resource, e);
        }
    }

    private InputStream open(String resource) {
        InputStream in = classLoader.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Process resource not found on the classpath: " + resource);
        }
        return in;
    }
}
