package dev.jobfit.posting.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How the posting's text is written. */
public enum PostingFormat {
    @JsonProperty("text") TEXT,
    @JsonProperty("html") HTML
}
