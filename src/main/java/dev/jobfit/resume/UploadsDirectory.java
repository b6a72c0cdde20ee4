package dev.jobfit.resume;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes the directory where the HTTP layer spools multipart uploads ({@code quarkus.http.body.uploads-directory})
 * private to the service's user before the first upload: a resume passes through it for the length of one
 * request (it is read into memory by {@link Uploads} and the file is deleted when the request ends). The
 * service refuses to start when the directory cannot be made private.
 */
@ApplicationScoped
public class UploadsDirectory {

    static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

    private final Path directory;

    UploadsDirectory(@ConfigProperty(name = "quarkus.http.body.uploads-directory") String directory) {
        this.directory = Path.of(directory);
    }

    void onStart(@Observes StartupEvent event) {
        try {
            boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
            if (!Files.isDirectory(directory)) {
                if (posix) {
                    Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
                } else {
                    Files.createDirectories(directory);
                }
            }
            if (posix) {
                Files.setPosixFilePermissions(directory, OWNER_ONLY);
            }
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // resumes must not pass through a directory others can read: refuse to start instead
            throw new IllegalStateException("The uploads directory " + directory.toAbsolutePath() + " cannot be made "
                    + "private to this user; set quarkus.http.body.uploads-directory to a directory it owns", e);
        }
    }

    /** The directory. */
    public Path path() {
        return directory;
    }
}
