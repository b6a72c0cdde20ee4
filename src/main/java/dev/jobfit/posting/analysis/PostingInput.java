package dev.jobfit.posting.analysis;

import java.time.LocalDate;

/**
 * A posting to analyse: its text or HTML and what the caller already knows about it.
 *
 * @param content the posting as plain text or HTML
 * @param html whether {@code content} is HTML
 * @param title the job title, if known (otherwise read from the content)
 * @param company the company name, if known
 * @param url where the posting was published, if known
 * @param postedAt when it was published, if known
 */
public record PostingInput(String content, boolean html, String title, String company, String url, LocalDate postedAt) {

    public static PostingInput text(String content) {
        return new PostingInput(content, false, null, null, null, null);
    }

    public static PostingInput html(String content) {
        return new PostingInput(content, true, null, null, null, null);
    }
}
