package dev.jobfit.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How well the recall stage's top resumes for a posting agree with the exact ranking: two running services on
 * the same database, one with the default recall and one that scores every resume
 * ({@code -Djobfit.matching.resume-recall=1000000}, with a heap and facts cache to hold them all), asked for
 * the same postings' top {@code --size}. For each posting it prints the eligibility and score at the top and
 * at the last place of both lists and at how many places they give the same eligibility and score (resume
 * ids may differ between equals). Prints figures; asserts nothing. Both services need the local profile's
 * development tokens.
 *
 * <pre>
 * java -cp ... dev.jobfit.bench.RecallAgreement --recall-port 18090 --exact-port 18091 --postings 10 --size 50
 * </pre>
 */
public final class RecallAgreement {

    private static final ObjectMapper JSON = new ObjectMapper();

    private record Place(String eligibility, int score) {
        @Override
        public String toString() {
            return score + " " + eligibility;
        }
    }

    public static void main(String[] args) throws Exception {
        int recallPort = 18090;
        int exactPort = 18091;
        int postings = 10;
        int size = 50;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--recall-port" -> recallPort = Integer.parseInt(args[i + 1]);
                case "--exact-port" -> exactPort = Integer.parseInt(args[i + 1]);
                case "--postings" -> postings = Integer.parseInt(args[i + 1]);
                case "--size" -> size = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String recallToken = token(http, recallPort);
        String exactToken = token(http, exactPort);
        JsonNode page = get(http, recallPort, recallToken, "/api/v1/postings?size=" + postings);
        int agreeing = 0;
        int compared = 0;
        for (JsonNode posting : page.path("items")) {
            String path = "/api/v1/postings/" + posting.path("id").asText() + "/matches?size=" + size;
            List<Place> recall = places(get(http, recallPort, recallToken, path));
            List<Place> exact = places(get(http, exactPort, exactToken, path));
            int same = 0;
            for (int p = 0; p < Math.min(recall.size(), exact.size()); p++) {
                same += recall.get(p).equals(exact.get(p)) ? 1 : 0;
            }
            agreeing += same;
            compared += exact.size();
            System.out.printf(Locale.ROOT, "%s  exact %s .. %s  recall %s .. %s  same at %d of %d places%n",
                    posting.path("id").asText().substring(0, 8), first(exact), last(exact), first(recall), last(recall),
                    same, exact.size());
        }
        System.out.printf(Locale.ROOT, "same eligibility and score at %d of %d places (%.0f%%)%n", agreeing, compared,
                compared == 0 ? 0.0 : 100.0 * agreeing / compared);
    }

    private static List<Place> places(JsonNode page) {
        List<Place> places = new ArrayList<>();
        for (JsonNode item : page.path("items")) {
            places.add(new Place(item.path("match").path("eligibility").asText(), item.path("match").path("score").asInt()));
        }
        return places;
    }

    private static String first(List<Place> places) {
        return places.isEmpty() ? "-" : places.get(0).toString();
    }

    private static String last(List<Place> places) {
        return places.isEmpty() ? "-" : places.get(places.size() - 1).toString();
    }

    private static String token(HttpClient http, int port) throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/dev/tokens"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"subject\": \"recall-agreement\", \"roles\": [\"admin\"]}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() / 100 != 2) {
            throw new IllegalStateException("no development token on port " + port + ": " + answer.statusCode());
        }
        return JSON.readTree(answer.body()).path("token").asText();
    }

    private static JsonNode get(HttpClient http, int port, String token, String path) throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofMinutes(10)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(path + " on port " + port + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return JSON.readTree(answer.body());
    }
}
