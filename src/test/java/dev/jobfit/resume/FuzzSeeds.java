package dev.jobfit.resume;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the binary seed inputs of {@link PdfUploadFuzzTest} and {@link DocxUploadFuzzTest}: small, valid
 * documents from which the fuzzer starts mutating. The files are committed; to change them, run
 * {@code ./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test.classpath} and then
 * {@code java -cp target/test-classes:target/classes:$(cat target/test.classpath) dev.jobfit.resume.FuzzSeeds}.
 */
public final class FuzzSeeds {

    static final Path RESOURCES = Path.of("src/test/resources/dev/jobfit/resume");

    static final List<String> RESUME = List.of("Alex Example", "alex@example.com | +1 555-0100", "EDUCATION",
            "PhD in Computer Science, Example University, 2023 - present", "Expected graduation: June 2027",
            "EXPERIENCE", "Research Assistant, Vision Lab, Jan 2024 - Present", "Trained video models in PyTorch",
            "SKILLS", "Python, PyTorch, SQL", "AVAILABILITY", "Available May - August 2026");

    private FuzzSeeds() {
    }

    public static void main(String[] args) throws IOException {
        write("PdfUploadFuzzTestInputs/one-column.pdf", TestDocuments.pdf(RESUME));
        write("PdfUploadFuzzTestInputs/two-column.pdf", TestDocuments.twoColumnPdf("Sam Sample",
                List.of("EXPERIENCE", "Data Engineer, Example Co", "2022 - 2024", "Built pipelines in Spark",
                        "Wrote SQL reports", "Ran Airflow jobs"),
                List.of("SKILLS", "Python", "SQL", "EDUCATION", "MSc Data Science", "Example University")));
        write("DocxUploadFuzzTestInputs/resume.docx", TestDocuments.docx(RESUME));
    }

    private static void write(String name, byte[] content) throws IOException {
        Path file = RESOURCES.resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, content);
        System.out.println(file + ": " + content.length + " bytes");
    }
}
