import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load side of the crash test: agents take tickets in through the real form, each in its own
 * session, until the server stops answering (it is killed meanwhile) or the time is up. Every
 * ticket whose creation was acknowledged (the redirect to its page) is written to the output file,
 * one number a line. Run with: java CrashLoad.java BASE_URL SECONDS OUTPUT_FILE
 */
public class CrashLoad {

    private static final String[] AGENTS = {"alice", "tom", "lena", "bob", "nina", "erik"};
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");
    private static final Pattern CREATED = Pattern.compile("number=(ESC-\\d+)");

    public static void main(String[] args) throws Exception {
        String base = args[0];
        long until = System.nanoTime() + Duration.ofSeconds(Long.parseLong(args[1])).toNanos();
        Path output = Path.of(args[2]);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();
        ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
        AtomicBoolean down = new AtomicBoolean();
        List<Thread> agents = new ArrayList<>();
        for (String login : AGENTS) {
            Thread t = new Thread(() -> {
                try {
                    String cookie = signIn(client, base, login);
                    for (int i = 0; System.nanoTime() < until && !down.get(); i++) {
                        String number = create(client, base, cookie, login + " crash-test ticket " + i);
                        acknowledged.add(number);
                    }
                } catch (IOException | InterruptedException e) {
                    down.set(true);
                }
            });
            t.start();
            agents.add(t);
        }
        for (Thread t : agents) {
            t.join();
        }
        Files.write(output, acknowledged);
        System.out.println("acknowledged " + acknowledged.size() + (down.get() ? " (until the server went down)" : ""));
    }

    private static String signIn(HttpClient client, String base, String login) throws IOException, InterruptedException {
        HttpResponse<String> form = get(client, base + "/login.xhtml", null);
        String cookie = cookie(form);
        String body = "login=login&login%3AloginName=" + login + "&login%3Apassword=demo&login%3AsignIn="
                + "&jakarta.faces.ViewState=" + enc(match(VIEW_STATE, form.body()));
        HttpResponse<String> signedIn = post(client, base + "/login.xhtml", cookie, body);
        if (signedIn.statusCode() != 302) {
            throw new IllegalStateException("Signing in as " + login + " failed: " + signedIn.statusCode());
        }
        return cookie(signedIn) == null ? cookie : cookie(signedIn);
    }

    private static String create(HttpClient client, String base, String cookie, String subject)
            throws IOException, InterruptedException {
        HttpResponse<String> form = get(client, base + "/ticket/new.xhtml", cookie);
        String page = form.body();
        String body = "newTicket=newTicket"
                + "&newTicket%3Acustomer_input=" + enc(firstOption(page, "customer"))
                + "&newTicket%3AnewCustomerName=&newTicket%3AnewCustomerEmail=&newTicket%3AnewCustomerTimeZone="
                + "&newTicket%3AnewCustomerSegment_input=" + enc(firstOption(page, "newCustomerSegment"))
                + "&newTicket%3Asubject=" + enc(subject)
                + "&newTicket%3Adescription=" + enc("Taken in while the server may be killed.")
                + "&newTicket%3Acategory_input=" + enc(firstOption(page, "category"))
                + "&newTicket%3Apriority_input=" + enc(firstOption(page, "priority"))
                + "&newTicket%3Akeep=true&newTicket%3Acreate="
                + "&jakarta.faces.ViewState=" + enc(match(VIEW_STATE, page));
        HttpResponse<String> created = post(client, base + "/ticket/new.xhtml", cookie, body);
        String location = created.headers().firstValue("Location").orElse("");
        if (created.statusCode() != 302 || !CREATED.matcher(location).find()) {
            throw new IllegalStateException("Creating a ticket was not acknowledged: " + created.statusCode() + " " + location);
        }
        return match(CREATED, location);
    }

    /** The first real option of a PrimeFaces select (its hidden native select). */
    private static String firstOption(String page, String id) {
        int select = page.indexOf("id=\"newTicket:" + id + "_input\"");
        Matcher option = Pattern.compile("<option value=\"([^\"]+)\"").matcher(page);
        if (select < 0 || !option.find(select)) {
            throw new IllegalStateException("No option for " + id);
        }
        return option.group(1);
    }

    private static HttpResponse<String> get(HttpClient client, String url, String cookie) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).GET();
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(HttpClient client, String url, String cookie, String body)
            throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20))
                .header("Cookie", cookie).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String cookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';'))).reduce((a, b) -> b).orElse(null);
    }

    private static String match(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("Expected " + pattern + " in the answer");
        }
        return m.group(1);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
