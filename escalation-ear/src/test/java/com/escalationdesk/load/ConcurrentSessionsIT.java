package com.escalationdesk.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.escalationdesk.browser.HttpSignIn;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Many signed-in users at once: 32 sessions of five agents and three managers load their pages and the
 * API together, and not one request of a properly signed-in user may be refused or fail. (With
 * Payara's form mechanism and @AutoApplySession, about 1–2% were answered 403: payara/Payara#6145.)
 */
class ConcurrentSessionsIT {

    private static final int SESSIONS = 32;
    private static final int ROUNDS = 25;
    private static final Pattern TICKET = Pattern.compile("view\\.xhtml\\?number=(ESC-\\d+)");

    /** Per user: the pages they load each round, the first {ticket} replaced by a ticket of theirs. */
    private static final Map<String, List<String>> PAGES = Map.of(
            "agent", List.of("ticket/queue.xhtml", "ticket/view.xhtml?number={ticket}", "ticket/new.xhtml",
                    "api/v1/audit/tickets/{ticket}?format=json"),
            "manager", List.of("manager/escalations.xhtml", "ticket/view.xhtml?number={ticket}", "manager/approvals.xhtml",
                    "api/v1/audit/tickets/{ticket}?format=json"));

    private static final List<String> USERS = List.of("alice", "tom", "lena", "bob", "nina", "maria", "omar", "david");

    @Test
    void thirtyTwoSessionsAtOnceAreNeverWronglyRefused() throws Exception {
        HttpClient client = HttpSignIn.client();
        // With a checkpoint every ticket's audit export carries inclusion proofs, the expensive path.
        HttpResponse<String> checkpoint = HttpSignIn.as(client, "adam").postJson("api/v1/audit/checkpoints", "{}");
        assertThat(checkpoint.statusCode()).as(checkpoint.body()).isIn(200, 201);
        List<Session> sessions = new ArrayList<>();
        for (int i = 0; i < SESSIONS; i++) {
            String login = USERS.get(i % USERS.size());
            sessions.add(new Session(login, HttpSignIn.as(client, login)));
        }
        String seen = null;
        for (Session s : sessions) {
            s.ticket = ticketOf(s);
            seen = s.ticket == null ? seen : s.ticket;
        }
        for (Session s : sessions) {
            // managers may see every ticket; one whose own lists are empty reads one an agent saw
            s.ticket = s.ticket == null && s.manager() ? seen : s.ticket;
            assertThat(s.ticket).as("a ticket for %s", s.login).isNotNull();
        }

        AtomicInteger requests = new AtomicInteger();
        Map<String, Integer> wrong = new ConcurrentHashMap<>();
        Map<String, String> firstAnswer = new ConcurrentHashMap<>();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(SESSIONS);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (Session s : sessions) {
                running.add(pool.submit(() -> {
                    start.await();
                    for (int round = 0; round < ROUNDS; round++) {
                        for (String page : s.pages()) {
                            HttpResponse<String> answer = s.http.get(page);
                            requests.incrementAndGet();
                            if (answer.statusCode() != 200 || answer.body().contains("id=\"login:loginName\"")) {
                                String what = s.login + " " + page.replaceAll("ESC-\\d+", "…") + " → " + answer.statusCode();
                                wrong.merge(what, 1, Integer::sum);
                                firstAnswer.putIfAbsent(what, abbreviate(answer.body()));
                            }
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : running) {
                f.get(10, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(requests.get()).isGreaterThanOrEqualTo(3_000);
        assertThat(wrong).as("wrong refusals or errors out of %d requests; the first answer of each: %s",
                requests.get(), firstAnswer).isEmpty();
    }

    private static String abbreviate(String body) {
        return body.length() <= 600 ? body : body.substring(0, 600) + "…";
    }

    /** A ticket the user works or may see, read from their own queue or list; null when it shows none. */
    private static String ticketOf(Session s) throws Exception {
        String page = s.manager() ? "manager/escalations.xhtml" : "ticket/queue.xhtml";
        HttpResponse<String> list = s.http.get(page);
        if (list.statusCode() != 200) {
            throw new IllegalStateException(s.login + " could not open " + page + ": " + list.statusCode());
        }
        Matcher m = TICKET.matcher(list.body());
        return m.find() ? m.group(1) : null;
    }

    private static final class Session {
        final String login;
        final HttpSignIn http;
        String ticket;

        Session(String login, HttpSignIn http) {
            this.login = login;
            this.http = http;
        }

        boolean manager() {
            return login.equals("maria") || login.equals("omar") || login.equals("david");
        }

        List<String> pages() {
            return PAGES.get(manager() ? "manager" : "agent").stream().map(p -> p.replace("{ticket}", ticket)).toList();
        }
    }
}
