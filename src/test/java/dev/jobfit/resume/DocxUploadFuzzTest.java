package dev.jobfit.resume;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.jobfit.fuzz.FuzzSettings;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes DOCX uploads: mutations of a small valid DOCX (seed in
 * {@code src/test/resources/dev/jobfit/resume/DocxUploadFuzzTestInputs}, written by {@link FuzzSeeds}) go
 * through content sniffing, the zip-bomb check, Apache POI and resume parsing. See {@link ResumeFuzzing}
 * for what counts as a finding.
 */
class DocxUploadFuzzTest {

    @BeforeAll
    static void load() {
        ResumeFuzzing.service();
    }

    @FuzzTest(maxDuration = FuzzSettings.MAX_DURATION, maxExecutions = FuzzSettings.MAX_EXECUTIONS)
    @DictionaryEntries({"PK\u0003\u0004", "PK\u0001\u0002", "PK\u0005\u0006", "word/document.xml",
        "[Content_Types].xml", "_rels/.rels", "<w:p>", "<w:r>", "<w:t>", "<w:tbl>", "</w:t>"})
    @Timeout(value = FuzzSettings.INPUT_TIMEOUT_SECONDS, unit = TimeUnit.SECONDS)
    void docxUpload(byte[] content) {
        ResumeFuzzing.uploadIsReadOrRefused(content, false);
    }
}
