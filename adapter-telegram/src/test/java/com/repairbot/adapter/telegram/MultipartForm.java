package com.repairbot.adapter.telegram;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A {@code multipart/form-data} body taken apart, as the fake Bot API needs it for {@code sendDocument}: the plain
 * fields as text, and the one file part whole.
 *
 * @param fields the plain fields, in order
 * @param file   the file part, if there was one
 */
record MultipartForm(Map<String, String> fields, Optional<FilePart> file) {

    /**
     * @param field       the form field that carried it ({@code document})
     * @param fileName    the file name given
     * @param contentType its content type
     * @param bytes       its bytes, exactly as sent
     */
    record FilePart(String field, String fileName, String contentType, byte[] bytes) {
    }

    static MultipartForm parse(byte[] body, String contentType) {
        String boundary = "--" + contentType.replaceFirst(".*boundary=\"?([^\";]+)\"?.*", "$1");
        byte[] delimiter = ("\r\n" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        Map<String, String> fields = new LinkedHashMap<>();
        FilePart file = null;
        int at = indexOf(body, boundary.getBytes(StandardCharsets.ISO_8859_1), 0) + boundary.length();
        // each part: CRLF, headers, a blank line, the content, CRLF + boundary; "--" after the last boundary
        while (at + 2 <= body.length && !(body[at] == '-' && body[at + 1] == '-')) {
            int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), at);
            String headers = new String(body, at, headersEnd - at, StandardCharsets.UTF_8);
            int next = indexOf(body, delimiter, headersEnd + 4);
            byte[] content = Arrays.copyOfRange(body, headersEnd + 4, next);
            String name = headers.replaceFirst("(?s).*?\\bname=\"([^\"]*)\".*", "$1");
            if (headers.contains("filename=")) {
                file = new FilePart(name, headers.replaceFirst("(?s).*filename=\"([^\"]*)\".*", "$1"),
                        headers.replaceFirst("(?s).*Content-Type: ([^\r\n]*).*", "$1"), content);
            } else {
                fields.put(name, new String(content, StandardCharsets.UTF_8));
            }
            at = next + delimiter.length;
        }
        return new MultipartForm(fields, Optional.ofNullable(file));
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        outer:
        for (int i = Math.max(0, from); i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalArgumentException("malformed multipart body");
    }
}
