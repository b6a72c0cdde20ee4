package dev.jobfit.resume;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.jobfit.fuzz.FuzzSettings;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes PDF uploads: mutations of small valid PDFs (seeds in
 * {@code src/test/resources/dev/jobfit/resume/PdfUploadFuzzTestInputs}, written by {@link FuzzSeeds}) go
 * through the whole upload path, content sniffing, PDFBox extraction within its limits and resume parsing.
 * See {@link ResumeFuzzing} for what counts as a finding. A finding is saved under
 * {@code PdfUploadFuzzTestInputs/pdfUpload/} and replayed by every later build.
 */
class PdfUploadFuzzTest {

    @BeforeAll
    static void load() {
        ResumeFuzzing.service();
    }

    @FuzzTest(maxDuration = FuzzSettings.MAX_DURATION, maxExecutions = FuzzSettings.MAX_EXECUTIONS)
    @DictionaryEntries({"obj", "endobj", "stream", "endstream", "xref", "trailer", "startxref", "/Type", "/Page",
        "/Pages", "/Kids", "/Count", "/Contents", "/Font", "/MediaBox", "/CropBox", "/Rotate", "/Length", "/Filter",
        "/FlateDecode", "BT", "ET", "Tf", "Td", "TJ", "Tj", "Tm", "cm", "q", "Q", "/Encrypt", "/Root", "/Resources",
        "%%EOF"})
    @Timeout(value = FuzzSettings.INPUT_TIMEOUT_SECONDS, unit = TimeUnit.SECONDS)
    void pdfUpload(byte[] content) {
        ResumeFuzzing.uploadIsReadOrRefused(content, true);
    }
}
