package com.escalationdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.escalationdesk.browser.HttpSignIn;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The trail checked by what does not run in the desk: the shipped Python verifier on a real export,
 * and the command-line verifier reading the running server's database in different time zones.
 */
class IndependentVerificationIT {

    private static final Path ROOT = Path.of(System.getProperty("desk.root", "..")).toAbsolutePath().normalize();
    private static final Path HOME = Path.of(System.getProperty("desk.home", "target/it-server")).toAbsolutePath();

    @Test
    void theShippedPythonVerifierChecksARealTicketExportAndItsProofs() throws Exception {
        HttpSignIn adam = HttpSignIn.as(HttpSignIn.client(), "adam");
        HttpResponse<String> made = adam.postJson("api/v1/audit/checkpoints", "{}");
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        HttpResponse<String> export = adam.get("api/v1/audit/tickets/ESC-10001?format=json");
        assertThat(export.statusCode()).isEqualTo(200);
        Path file = Files.createTempFile("audit-ESC-10001", ".json");
        Files.writeString(file, export.body());

        Result verified = run(List.of("python3", ROOT.resolve("tools/verify-audit.py").toString(), file.toString()));

        assertThat(verified.exit()).as(verified.output()).isZero();
        assertThat(verified.output()).contains("signature valid", "verified");
        assertThat(export.body()).contains("\"inclusion\":[{");

        Files.writeString(file, export.body().replaceFirst("\"summary\":\"", "\"summary\":\"Changed: "));
        Result tampered = run(List.of("python3", ROOT.resolve("tools/verify-audit.py").toString(), file.toString()));
        assertThat(tampered.exit()).as(tampered.output()).isEqualTo(1);
        assertThat(tampered.output()).contains("content does not match its hash", "NOT verified");
    }

    @Test
    void theCommandLineVerifierFindsTheTrailIntactInEveryTimeZone() throws Exception {
        for (String zone : List.of("UTC", "Europe/Berlin", "America/Los_Angeles")) {
            Result result = run(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Duser.timezone=" + zone,
                    "-cp", ROOT.resolve("escalation-domain/target/classes") + ":" + HOME.resolve("payara6/h2db/bin/h2.jar"),
                    "com.escalationdesk.audit.AuditVerifierCommand",
                    "jdbc:h2:" + HOME.resolve("payara6/glassfish/domains/escalation-desk/lib/databases/embedded_default")
                            + ";AUTO_SERVER=TRUE"));
            assertThat(result.exit()).as(zone + ": " + result.output()).isZero();
            assertThat(result.output()).contains("The audit trail is intact.");
        }
    }

    private record Result(int exit, String output) {
    }

    private static Result run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), output);
    }
}
