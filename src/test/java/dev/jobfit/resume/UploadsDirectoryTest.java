package dev.jobfit.resume;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Uploaded files are streamed to a directory only the service's user can read, and deleted after use. */
@QuarkusTest
class UploadsDirectoryTest {

    @ConfigProperty(name = "quarkus.http.body.uploads-directory")
    String directory;

    @Test
    void uploadsGoToAnOwnerOnlyDirectoryAndAreDeletedWhenTheRequestEnds() throws Exception {
        given().multiPart("file", "resume.pdf", TestDocuments.pdf(List.of("Sam Example", "SKILLS", "Python")), "application/pdf")
                .when().post("/api/v1/resumes/parse")
                .then().statusCode(200);

        Path uploads = Path.of(directory);
        assertThat(uploads).isDirectory();
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(uploads))).isEqualTo("rwx------");
        }
        assertThat(SpoolDirectory.filesLeft(uploads)).isEmpty();
    }
}
