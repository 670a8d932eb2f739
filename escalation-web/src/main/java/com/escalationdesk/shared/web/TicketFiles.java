package com.escalationdesk.shared.web;

import com.escalationdesk.attachment.NewFile;
import java.util.List;
import org.primefaces.model.file.UploadedFiles;

/** The files a page's upload field sent, as the services take them. */
public final class TicketFiles {

    private TicketFiles() {
    }

    public static List<NewFile> chosen(UploadedFiles uploaded) {
        if (uploaded == null || uploaded.getFiles() == null) {
            return List.of();
        }
        return uploaded.getFiles().stream().filter(f -> f.getFileName() != null && !f.getFileName().isBlank())
                .map(f -> new NewFile(f.getFileName(), f.getContent())).toList();
    }
}
