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
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Signed-in agents driving the desk over HTTP through its real pages, for the benchmarks and the
 * crash test. Two uses:
 *
 * <pre>
 *   java DeskLoad.java pages BASE_URL queue|ticket|create SESSIONS SECONDS
 *   java DeskLoad.java intake BASE_URL SECONDS OUTPUT_FILE
 * </pre>
 *
 * {@code pages}: N sessions (alice, tom and lena in turn) load one kind of page as fast as the server
 * answers; it prints pages per second, p50 and p99 and the count of answers that were not what a
 * signed-in agent should get. {@code intake}: six agents take tickets in until the server stops
 * answering (the crash test kills it) or the time is up; every ticket whose creation was
 * acknowledged (the redirect to its page) is written to the file, one number a line.
 */
public class DeskLoad {

    private static final String[] AGENTS = {"alice", "tom", "lena"};
    private static final String[] INTAKE_AGENTS = {"alice", "tom", "lena", "bob", "nina", "erik"};
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");
    private static final Pattern TICKET = Pattern.compile("view\\.xhtml\\?number=(ESC-\\d+)");
    private static final Pattern CREATED = Pattern.compile("number=(ESC-\\d+)");
    private static final Pattern OFFERED = Pattern.compile("data-item-value=\"(\\d+)\"");
    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

    public static void main(String[] args) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();
        if (args[0].equals("intake")) {
            intake(client, args[1], Long.parseLong(args[2]), Path.of(args[3]));
        } else {
            pages(client, args[1], args[2], Integer.parseInt(args[3]), Long.parseLong(args[4]));
        }
    }

    private static void intake(HttpClient client, String base, long seconds, Path output) throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
        AtomicBoolean down = new AtomicBoolean();
        List<Thread> agents = new ArrayList<>();
        for (String login : INTAKE_AGENTS) {
            Thread t = new Thread(() -> {
                try {
                    String cookie = signIn(client, base, login);
                    for (int i = 0; System.nanoTime() < until && !down.get(); i++) {
                        String number = create(client, base, cookie, login + " crash-test ticket " + i);
                        if (number == null) {
                            throw new IllegalStateException("A ticket was refused while the server was up");
                        }
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

    private static void pages(HttpClient client, String base, String page, int sessions, long seconds) throws Exception {
        List<String> cookies = new ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            cookies.add(signIn(client, base, AGENTS[i % AGENTS.length]));
        }
        String ticket = firstTicket(client, base, cookies.get(0));
        ConcurrentLinkedQueue<Long> times = new ConcurrentLinkedQueue<>();
        AtomicInteger wrong = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        long warmUp = Duration.ofSeconds(3).toNanos();
        List<Thread> threads = new ArrayList<>();
        for (String cookie : cookies) {
            Thread t = new Thread(() -> {
                try {
                    start.await();
                    long begin = System.nanoTime();
                    long end = begin + warmUp + Duration.ofSeconds(seconds).toNanos();
                    int i = 0;
                    while (System.nanoTime() < end) {
                        long t0 = System.nanoTime();
                        boolean ok = switch (page) {
                            case "queue" -> get(client, base + "/ticket/queue.xhtml", cookie).contains("ticket-link");
                            case "ticket" -> get(client, base + "/ticket/view.xhtml?number=" + ticket, cookie)
                                    .contains("id=\"ticketNumber\"");
                            case "create" -> create(client, base, cookie, "Benchmark ticket " + i++) != null;
                            default -> throw new IllegalArgumentException(page);
                        };
                        long t1 = System.nanoTime();
                        if (t0 - begin >= warmUp) {
                            times.add(t1 - t0);
                            if (!ok) {
                                wrong.incrementAndGet();
                            }
                        }
                    }
                } catch (Exception e) {
                    wrong.incrementAndGet();
                    System.err.println(e);
                }
            });
            t.start();
            threads.add(t);
        }
        start.countDown();
        for (Thread t : threads) {
            t.join();
        }
        List<Long> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        double perSecond = sorted.size() / (double) seconds;
        System.out.printf("  %-7s %2d sessions: %7.1f pages/s   p50 %6.1f ms   p99 %7.1f ms   (%d pages, %d wrong)%n",
                page, sessions, perSecond, ms(sorted, 0.50), ms(sorted, 0.99), sorted.size(), wrong.get());
    }

    private static double ms(List<Long> sorted, double q) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1)) / 1e6;
    }

    private static String signIn(HttpClient client, String base, String login) throws IOException, InterruptedException {
        HttpResponse<String> form = send(client, HttpRequest.newBuilder(URI.create(base + "/login.xhtml")).GET());
        String cookie = cookie(form);
        String body = "login=login&login%3AloginName=" + login + "&login%3Apassword=demo&login%3AsignIn="
                + "&jakarta.faces.ViewState=" + enc(match(VIEW_STATE, form.body()));
        HttpResponse<String> signedIn = send(client, HttpRequest.newBuilder(URI.create(base + "/login.xhtml"))
                .header("Cookie", cookie).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        if (signedIn.statusCode() != 302) {
            throw new IllegalStateException("Signing in as " + login + " failed: " + signedIn.statusCode());
        }
        return cookie(signedIn) == null ? cookie : cookie(signedIn);
    }

    private static String firstTicket(HttpClient client, String base, String cookie) throws IOException, InterruptedException {
        return match(TICKET, get(client, base + "/ticket/queue.xhtml", cookie));
    }

    /** Takes a ticket in through the form; its number once the server acknowledged it, else null. */
    private static String create(HttpClient client, String base, String cookie, String subject)
            throws IOException, InterruptedException {
        String page = get(client, base + "/ticket/new.xhtml", cookie);
        String viewState = match(VIEW_STATE, page);
        // the page's script nonce, which PrimeFaces' scripts send with each request of the page
        String nonce = "&primefaces.nonce=" + enc(match(NONCE, page));
        String customer = pickCustomer(client, base, cookie, viewState + nonce);
        String body = "newTicket=newTicket&newTicket%3Acustomer_input=" + enc(customer)
                + "&newTicket%3Acustomer_hinput=" + enc(customer)
                + "&newTicket%3AnewCustomerName=&newTicket%3AnewCustomerEmail=&newTicket%3AnewCustomerTimeZone="
                + "&newTicket%3AnewCustomerSegment_input=" + enc(option(page, "newCustomerSegment"))
                + "&newTicket%3Asubject=" + enc(subject) + "&newTicket%3Adescription=" + enc("Benchmark.")
                + "&newTicket%3Acategory_input=" + enc(option(page, "category"))
                + "&newTicket%3Apriority_input=" + enc(option(page, "priority"))
                + "&newTicket%3Akeep=true&newTicket%3Acreate=&jakarta.faces.ViewState=" + enc(viewState) + nonce;
        HttpResponse<String> created = send(client, HttpRequest.newBuilder(URI.create(base + "/ticket/new.xhtml"))
                .header("Cookie", cookie).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        Matcher number = CREATED.matcher(created.headers().firstValue("Location").orElse(""));
        return created.statusCode() == 302 && number.find() ? number.group(1) : null;
    }

    /** As a browser does: types a letter into the customer picker and takes the first customer it offers. */
    private static String pickCustomer(HttpClient client, String base, String cookie, String viewStateAndNonce)
            throws IOException, InterruptedException {
        String query = "jakarta.faces.partial.ajax=true&jakarta.faces.source=newTicket%3Acustomer"
                + "&jakarta.faces.partial.execute=newTicket%3Acustomer&jakarta.faces.partial.render=newTicket%3Acustomer"
                + "&newTicket%3Acustomer_query=a&newTicket=newTicket&jakarta.faces.ViewState="
                + enc(viewStateAndNonce.substring(0, viewStateAndNonce.indexOf('&')))
                + viewStateAndNonce.substring(viewStateAndNonce.indexOf('&'));
        HttpResponse<String> offered = send(client, HttpRequest.newBuilder(URI.create(base + "/ticket/new.xhtml"))
                .header("Cookie", cookie).header("Faces-Request", "partial/ajax")
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(query)));
        return match(OFFERED, offered.body());
    }

    private static String option(String page, String id) {
        int select = page.indexOf("id=\"newTicket:" + id + "_input\"");
        Matcher option = Pattern.compile("<option value=\"([^\"]+)\"").matcher(page);
        if (select < 0 || !option.find(select)) {
            throw new IllegalStateException("No option for " + id);
        }
        return option.group(1);
    }

    private static String get(HttpClient client, String url, String cookie) throws IOException, InterruptedException {
        HttpResponse<String> answer = send(client, HttpRequest.newBuilder(URI.create(url)).header("Cookie", cookie).GET());
        return answer.statusCode() == 200 ? answer.body() : "";
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) throws IOException, InterruptedException {
        return client.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
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
