package uk.scrutiny.it;

import java.io.File;
import java.net.URISyntaxException;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ExplodedImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;

/**
 * Builds the libraries of an in-container test deployment from the test classpath, whether Maven resolved a
 * module to its jar (a full build) or to its classes folder.
 */
public final class ContainerArchives {

    private ContainerArchives() {
    }

    /** The jar or classes folder that holds the given class, as a library. */
    public static JavaArchive libraryOf(Class<?> type) {
        File location = locationOf(type);
        if (location.isDirectory()) {
            return ShrinkWrap.create(ExplodedImporter.class, location.getName() + ".jar")
                    .importDirectory(location).as(JavaArchive.class);
        }
        return ShrinkWrap.createFromZipFile(JavaArchive.class, location);
    }

    private static File locationOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
