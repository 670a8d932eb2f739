package com.escalationdesk.integration;

import com.escalationdesk.browser.Browser;
import com.escalationdesk.browser.HttpSignIn;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;

/** Another system calling the desk's API over HTTP: as a signed-in session, or with an API token, or as nobody. */
final class Api {

    static final HttpClient HTTP = HttpSignIn.client();

    private final String cookie;
    private final String token;

    private Api(String cookie, String token) {
        this.cookie = cookie;
        this.token = token;
    }

    static Api signedInAs(String login) throws Exception {
        return new Api(HttpSignIn.as(HTTP, login).sessionCookie(), null);
    }

    static Api withToken(String secret) {
        return new Api(null, secret);
    }

    static Api anonymous() {
        return new Api(null, null);
    }

    /** A token issued by adam over the API for the owner, with its calls a minute. */
    static String issueToken(String owner, int perMinute) throws Exception {
        Answer issued = signedInAs("adam").post("api/v1/tokens", "{\"owner\":\"" + owner + "\",\"name\":\"Test "
                + owner + " " + System.nanoTime() + "\",\"days\":1,\"requestsPerMinute\":" + perMinute + "}");
        if (issued.status() != 201) {
            throw new IllegalStateException("No token: " + issued.status() + " " + issued.body());
        }
        return issued.json().getString("secret");
    }

    /** What the server answered. */
    record Answer(int status, String body, HttpHeaders headers) {

        JsonObject json() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }

        JsonArray array() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readArray();
            }
        }

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Browser.BASE_URL + path)).timeout(Duration.ofSeconds(60));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request;
    }

    Answer send(HttpRequest.Builder request) throws Exception {
        var response = HTTP.send(request.build(), BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body(), response.headers());
    }

    Answer get(String path) throws Exception {
        return send(request(path).GET());
    }

    Answer post(String path, String json) throws Exception {
        return send(request(path).header("Content-Type", "application/json").POST(BodyPublishers.ofString(json)));
    }

    Answer post(String path, String json, String ifMatch) throws Exception {
        return send(request(path).header("Content-Type", "application/json").header("If-Match", ifMatch)
                .POST(BodyPublishers.ofString(json)));
    }

    Answer patch(String path, String json, String ifMatch) throws Exception {
        HttpRequest.Builder request = request(path).header("Content-Type", "application/merge-patch+json")
                .method("PATCH", BodyPublishers.ofString(json));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return send(request);
    }

    Answer put(String path, String json) throws Exception {
        return send(request(path).header("Content-Type", "application/json").PUT(BodyPublishers.ofString(json)));
    }

    /** Sends a file's bytes as the body, of the given type. */
    Answer upload(String path, String contentType, byte[] bytes) throws Exception {
        return send(request(path).header("Content-Type", contentType).POST(BodyPublishers.ofByteArray(bytes)));
    }

    /** A download: the status, the bytes and the header fields. */
    record Download(int status, byte[] bytes, HttpHeaders headers) {

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    Download download(String path) throws Exception {
        var response = HTTP.send(request(path).GET().build(), BodyHandlers.ofByteArray());
        return new Download(response.statusCode(), response.body(), response.headers());
    }

    Answer delete(String path) throws Exception {
        return send(request(path).DELETE());
    }

    /** A new ticket for the customer, filed by this caller; its number. */
    String file(String email, String subject, String priority) throws Exception {
        Answer created = post("api/v1/tickets", "{\"customer\":{\"email\":\"" + email + "\",\"name\":\"API Customer\"},\"subject\":\""
                + subject + "\",\"description\":\"Filed through the API.\",\"category\":\"GENERAL\",\"priority\":\"" + priority + "\"}");
        if (created.status() != 201) {
            throw new IllegalStateException("No ticket: " + created);
        }
        return created.json().getString("number");
    }
}
