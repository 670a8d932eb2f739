package com.escalationdesk.attachment;

import java.io.Serializable;

/** A file as it was sent: the name it came with and its bytes. */
public record NewFile(String name, byte[] bytes) implements Serializable {

    public NewFile {
        bytes = bytes == null ? new byte[0] : bytes;
    }
}
