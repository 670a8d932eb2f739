package com.escalationdesk.browser;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One user's session on the test server over plain HTTP, signed in through the real sign-in form
 * (no browser): for tests that need many sessions at once, or headers a browser will not send.
 */
public final class HttpSignIn {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");

    private final HttpClient client;
    private final String sessionCookie;

    private HttpSignIn(HttpClient client, String sessionCookie) {
        this.client = client;
        this.sessionCookie = sessionCookie;
    }

    public static HttpClient client() {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Signs in with the demo password; fails unless the server answers with a redirect into the desk. */
    public static HttpSignIn as(HttpClient client, String login) throws IOException, InterruptedException {
        HttpResponse<String> form = client.send(HttpRequest.newBuilder(URI.create(Browser.BASE_URL + "login.xhtml")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        String cookie = cookie(form);
        Matcher state = VIEW_STATE.matcher(form.body());
        if (cookie == null || !state.find()) {
            throw new IllegalStateException("The sign-in page gave no session or view state: " + form.statusCode());
        }
        String body = "login=login&login%3AloginName=" + enc(login) + "&login%3Apassword=demo&login%3AsignIn="
                + "&jakarta.faces.ViewState=" + enc(state.group(1));
        HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(URI.create(Browser.BASE_URL + "login.xhtml"))
                .header("Cookie", cookie).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        String renewed = cookie(signedIn);
        if (signedIn.statusCode() != 302 || renewed == null) {
            throw new IllegalStateException("Signing in as " + login + " failed: " + signedIn.statusCode());
        }
        return new HttpSignIn(client, renewed);
    }

    /** The session's cookie, as {@code JSESSIONID=...}. */
    public String sessionCookie() {
        return sessionCookie;
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** POSTs a JSON body to a path of the desk in this session. */
    public HttpResponse<String> postJson(String path, String json) throws IOException, InterruptedException {
        return client.send(request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A request builder for a path of the desk, carrying this session's cookie. */
    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(Browser.BASE_URL + path)).timeout(Duration.ofSeconds(60))
                .header("Cookie", sessionCookie);
    }

    private static String cookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';'))).reduce((a, b) -> b).orElse(null);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
