package com.escalationdesk.integration;

import static org.assertj.core.api.Assertions.assertThat;

import com.escalationdesk.integration.Api.Answer;
import com.escalationdesk.integration.Api.Download;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Files over the API, on the real server: added with their bytes as the body, listed, described and
 * downloaded with the header fields that keep a browser from running them; refused by kind and by
 * size with a problem; closed to another team, as the ticket is.
 */
class AttachmentsApiIT {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1};
    static final byte[] PDF = "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Test
    void aFileIsAddedWithItsBytesAndDownloadedAsAnAttachmentThatABrowserWillNotRun() throws Exception {
        Api alice = Api.withToken(Api.issueToken("alice", 1000));
        String number = alice.file("files@api.example", "Files by API", "NORMAL");

        Answer added = alice.upload("api/v1/tickets/" + number + "/attachments?name=Rechnung%20M%C3%A4rz.pdf", "application/pdf", PDF);
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        JsonObject file = added.json();
        long id = file.getJsonNumber("id").longValue();
        assertThat(added.header("Location")).endsWith("/api/v1/attachments/" + id);
        assertThat(file.getString("fileName")).isEqualTo("Rechnung März.pdf");
        assertThat(file.getString("contentType")).isEqualTo("application/pdf");
        assertThat(file.getJsonNumber("sizeBytes").longValue()).isEqualTo(PDF.length);
        assertThat(file.getString("sha256")).hasSize(64);
        assertThat(file.getBoolean("forCustomer")).isFalse();

        // a name from Content-Disposition, and a body sent as anything: the bytes say it is a PNG
        Answer image = alice.send(alice.request("api/v1/tickets/" + number + "/attachments").header("Content-Type", "text/plain")
                .header("Content-Disposition", "attachment; filename=\"screen.png\"")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(PNG)));
        assertThat(image.status()).as(image.toString()).isEqualTo(201);
        assertThat(image.json().getString("contentType")).isEqualTo("image/png");
        long imageId = image.json().getJsonNumber("id").longValue();

        assertThat(alice.get("api/v1/tickets/" + number + "/attachments").array()).hasSize(2);
        assertThat(alice.get("api/v1/attachments/" + id).json().getString("ticketNumber")).isEqualTo(number);

        Download pdf = alice.download("api/v1/attachments/" + id + "/content");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.bytes()).isEqualTo(PDF);
        assertThat(pdf.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(pdf.header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"Rechnung M_rz.pdf\"; filename*=UTF-8''Rechnung%20M%C3%A4rz.pdf");
        assertThat(pdf.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(pdf.header("Content-Security-Policy")).contains("sandbox");
        assertThat(pdf.header("ETag")).isEqualTo("\"" + file.getString("sha256") + "\"");
        assertThat(alice.download("api/v1/attachments/" + id + "/content?inline=true").header("Content-Disposition"))
                .as("only an image is shown inline").startsWith("attachment;");
        assertThat(alice.download("api/v1/attachments/" + imageId + "/content?inline=true").header("Content-Disposition"))
                .startsWith("inline;");

        Api bob = Api.signedInAs("bob");
        assertThat(bob.get("api/v1/tickets/" + number + "/attachments").status()).as("another team's ticket").isEqualTo(403);
        assertThat(bob.download("api/v1/attachments/" + id + "/content").status()).isEqualTo(403);
        assertThat(Api.anonymous().download("api/v1/attachments/" + id + "/content").status()).isEqualTo(401);
        assertThat(alice.get("api/v1/attachments/999999").status()).isEqualTo(404);
    }

    @Test
    void aFileOfAKindNotTakenTooLargeOrUnnamedIsAProblem() throws Exception {
        Api alice = Api.withToken(Api.issueToken("alice", 1000));
        String number = alice.file("refused@api.example", "Refused files", "NORMAL");
        String path = "api/v1/tickets/" + number + "/attachments";

        Answer program = alice.upload(path + "?name=tool.pdf", "application/pdf", new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0});
        assertThat(program.status()).isEqualTo(415);
        assertThat(program.header("Content-Type")).startsWith("application/problem+json");
        assertThat(program.json().getString("detail")).startsWith("The desk does not take files like tool.pdf");
        Answer empty = alice.upload(path + "?name=empty.txt", "text/plain", new byte[0]);
        assertThat(empty.status()).isEqualTo(409);
        assertThat(empty.json().getString("detail")).isEqualTo("The file empty.txt is empty.");
        Answer unnamed = alice.upload(path, "application/pdf", PDF);
        assertThat(unnamed.status()).isEqualTo(422);
        assertThat(unnamed.body()).contains("\"name\"");

        Api adam = Api.signedInAs("adam");
        assertThat(adam.put("api/v1/attachments/limits", "{\"fileMb\":1,\"ticketMb\":2}").status()).isEqualTo(200);
        try {
            assertThat(alice.put("api/v1/attachments/limits", "{\"fileMb\":5,\"ticketMb\":5}").status()).as("an agent").isEqualTo(403);
            assertThat(alice.get("api/v1/attachments/limits").json().getInt("fileMb")).isEqualTo(1);
            byte[] big = new byte[1536 * 1024];
            Arrays.fill(big, (byte) 'a');
            Answer tooLarge = alice.upload(path + "?name=big.log", "text/plain", big);
            assertThat(tooLarge.status()).isEqualTo(413);
            assertThat(tooLarge.json().getString("detail")).isEqualTo("A file may be at most 1 MB.");
            assertThat(adam.put("api/v1/attachments/limits", "{\"fileMb\":0,\"ticketMb\":2}").status()).isEqualTo(409);
            assertThat(adam.put("api/v1/attachments/limits", "{\"ticketMb\":2}").status()).isEqualTo(422);
        } finally {
            assertThat(adam.put("api/v1/attachments/limits", "{\"fileMb\":10,\"ticketMb\":50}").status()).isEqualTo(200);
        }
        assertThat(alice.get(path).array()).isEmpty();
    }
}
