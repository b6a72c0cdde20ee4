package dev.jobfit.resume;

import static dev.jobfit.security.TestTokens.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jobfit.security.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

/**
 * A resume's content and contact details never reach the log, even with debug logging on for jobfit and the
 * libraries that read documents; uploads do not outlive their request.
 */
@QuarkusTest
class PersonalDataTest {

    /** Invented, and distinctive enough that no log line has them by chance. */
    static final List<String> PERSONAL = List.of("Ximena", "Quarrington", "ximena.quarrington@example.net",
            "555-0147", "5550147", "Larkspur", "frostwillow");

    static final List<String> RESUME = List.of(
            "XIMENA QUARRINGTON-LUX",
            "ximena.quarrington@example.net | +1 555-0147 | 88 Larkspur Crescent, Northbridge",
            "",
            "EDUCATION",
            "Ph.D. in Computer Science, Northbridge University          Sep 2023 - Present",
            "",
            "EXPERIENCE",
            "Research Assistant | Vision Lab                            Jan 2024 - Present",
            "- Designed frostwillow telemetry pipelines in PyTorch and SQL.",
            "",
            "AVAILABILITY",
            "Available for internship: May - August 2027");

    /** Loggers turned to DEBUG for the test: jobfit's, and those of the code that handles uploads and documents. */
    static final List<String> DEBUG_LOGGERS = List.of("dev.jobfit", "org.apache.pdfbox", "org.apache.fontbox",
            "org.apache.poi", "org.jboss.resteasy.reactive", "io.quarkus.rest", "io.quarkus.resteasy.reactive",
            "io.quarkus.vertx.http", "io.vertx.ext.web");

    @Inject
    UploadsDirectory uploads;

    @Test
    void resumeContentAndContactDetailsNeverReachTheLog() throws Exception {
        String text = String.join("\n", RESUME);
        byte[] pdf = TestDocuments.pdf(RESUME);
        byte[] docx = TestDocuments.docx(RESUME);
        String candidate = TestTokens.newCandidate();
        Capture capture = Capture.start();
        try {
            org.jboss.logging.Logger.getLogger("dev.jobfit.capture-check").debug("capture check");

            given().multiPart("file", "cv.pdf", pdf, "application/pdf").post("/api/v1/resumes/parse")
                    .then().statusCode(200);
            given().multiPart("file", "cv.docx", docx, "application/octet-stream").post("/api/v1/resumes/parse")
                    .then().statusCode(200);
            given().contentType(ContentType.JSON).body(Map.of("text", text)).post("/api/v1/resumes/parse")
                    .then().statusCode(200);
            given().multiPart("file", "cv.pdf", pdf, "application/pdf").post("/api/v1/matches").then().statusCode(200);
            given().contentType(ContentType.JSON).body(Map.of("resumeText", text)).post("/api/v1/matches")
                    .then().statusCode(200);
            as(candidate).multiPart("file", "cv.docx", docx, "application/octet-stream").post("/api/v1/resumes")
                    .then().statusCode(201);
            String stored = as(candidate).contentType(ContentType.JSON).body(Map.of("text", text))
                    .post("/api/v1/resumes").then().statusCode(201).extract().path("id");
            as(candidate).get("/api/v1/resumes/" + stored).then().statusCode(200);
            as(candidate).contentType(ContentType.JSON).body(Map.of("resumeId", stored)).post("/api/v1/matches")
                    .then().statusCode(200);
            as(TestTokens.admin()).queryParam("size", 100).get("/api/v1/postings/" + anyPosting() + "/matches")
                    .then().statusCode(200);
            // failures with the personal data in the request
            given().multiPart("file", "cv.pdf", garbageAround(RESUME.get(1)), "application/pdf")
                    .post("/api/v1/resumes/parse").then().statusCode(415);
            given().multiPart("file", "cv.pdf", Arrays.copyOf(pdf, pdf.length / 2), "application/pdf")
                    .post("/api/v1/resumes/parse").then().statusCode(422);
            given().contentType(ContentType.JSON).body("{\"text\": \"" + RESUME.get(1) + "\", \"text\": [")
                    .post("/api/v1/resumes/parse").then().statusCode(400);
            given().contentType(ContentType.JSON).body(Map.of("text", text.repeat(2_000)))
                    .post("/api/v1/resumes/parse").then().statusCode(400);
            as(candidate).delete("/api/v1/candidates/me").then().statusCode(204);
        } finally {
            capture.stop();
        }

        assertThat(capture.lines()).as("the capture works: it saw the check line")
                .anyMatch(line -> line.contains("capture check"));
        List<String> leaks = capture.lines().stream()
                .filter(line -> PERSONAL.stream().anyMatch(p -> line.toLowerCase().contains(p.toLowerCase())))
                .toList();
        assertThat(leaks).as("log lines with the resume's personal data").isEmpty();
    }

    @Test
    void uploadsAreReadInMemoryAndTheirSpoolFilesDeletedInAPrivateDirectory() throws Exception {
        given().multiPart("file", "cv.pdf", TestDocuments.pdf(RESUME), "application/pdf").post("/api/v1/resumes/parse")
                .then().statusCode(200);
        as(TestTokens.newCandidate()).multiPart("file", "cv.pdf", TestDocuments.pdf(RESUME), "application/pdf")
                .post("/api/v1/resumes").then().statusCode(201);

        assertThat(uploads.path()).isDirectory();
        assertThat(SpoolDirectory.filesLeft(uploads.path())).as("spooled uploads left after their requests").isEmpty();
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(uploads.path())))
                    .isEqualTo("rwx------");
        }
    }

    /** Binary bytes with the text in the middle: not a document. */
    private static byte[] garbageAround(String text) {
        byte[] middle = text.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[middle.length + 8];
        bytes[0] = 1;
        bytes[1] = 2;
        bytes[2] = (byte) 0xFF;
        System.arraycopy(middle, 0, bytes, 4, middle.length);
        return bytes;
    }

    private static String anyPosting() {
        return as(TestTokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("text", "Vision Intern " + UUID.randomUUID() + "\n\nRequirements\n- PyTorch.\n"))
                .post("/api/v1/postings").then().statusCode(201).extract().path("id");
    }

    /** Every log record (and anything written to standard error) while it runs, with debug logging on. */
    static final class Capture extends Handler {

        private final List<String> lines = new CopyOnWriteArrayList<>();
        private final Map<String, Level> levels = new HashMap<>();
        private final ByteArrayOutputStream err = new ByteArrayOutputStream();
        private PrintStream originalErr;

        static Capture start() {
            Capture capture = new Capture();
            capture.setLevel(Level.ALL);
            for (String name : DEBUG_LOGGERS) {
                Logger logger = Logger.getLogger(name);
                capture.levels.put(name, logger.getLevel());
                logger.setLevel(Level.FINE);
            }
            Logger.getLogger("").addHandler(capture);
            capture.originalErr = System.err;
            System.setErr(new PrintStream(new TeeStream(capture.originalErr, capture.err), true, StandardCharsets.UTF_8));
            return capture;
        }

        void stop() {
            System.setErr(originalErr);
            Logger.getLogger("").removeHandler(this);
            levels.forEach((name, level) -> Logger.getLogger(name).setLevel(level));
        }

        List<String> lines() {
            List<String> all = new ArrayList<>(lines);
            all.addAll(err.toString(StandardCharsets.UTF_8).lines().toList());
            return all;
        }

        @Override
        public void publish(LogRecord record) {
            StringBuilder line = new StringBuilder(record.getLoggerName() + " " + record.getLevel() + " ");
            line.append(record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage());
            if (record.getParameters() != null) {
                for (Object parameter : record.getParameters()) {
                    line.append(" | ").append(parameter);
                }
            }
            if (record instanceof ExtLogRecord ext && ext.getMdcCopy() != null) {
                line.append(" | ").append(ext.getMdcCopy());
            }
            if (record.getThrown() != null) {
                StringWriter trace = new StringWriter();
                record.getThrown().printStackTrace(new PrintWriter(trace));
                line.append('\n').append(trace);
            }
            lines.add(line.toString());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    /** Writes to two streams. */
    static final class TeeStream extends java.io.OutputStream {
        private final java.io.OutputStream first;
        private final java.io.OutputStream second;

        TeeStream(java.io.OutputStream first, java.io.OutputStream second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public void write(int b) throws IOException {
            first.write(b);
            second.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            first.write(b, off, len);
            second.write(b, off, len);
        }
    }
}
