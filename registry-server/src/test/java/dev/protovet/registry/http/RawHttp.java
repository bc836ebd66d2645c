package dev.protovet.registry.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 written by hand over a socket, so a test can send what no HTTP client library would: bad request lines,
 * raw bytes in paths, lying Content-Lengths, broken chunks. One request per connection.
 */
final class RawHttp {
    private RawHttp() {
    }

    /** What came back: status (0 when the server closed without answering), headers (lower-case names), body. */
    record Reply(int status, Map<String, String> headers, String body) {
        String contentType() {
            return headers.getOrDefault("content-type", "");
        }
    }

    static Reply send(int port, byte[] request) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request);
            out.flush();
            socket.shutdownOutput();
            return read(socket.getInputStream());
        } catch (SocketTimeoutException e) {
            throw new AssertionError("no answer within 10 s to " + preview(request));
        } catch (IOException e) {
            // a reset after the server answered and closed is fine only if it answered; here it did not
            return new Reply(0, Map.of(), "");
        }
    }

    /** A request with {@code Connection: close} and, for a body, its Content-Length. */
    static byte[] request(String method, String target, String contentType, byte[] body) {
        StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n")
                .append("Host: 127.0.0.1\r\nConnection: close\r\n");
        if (contentType != null) {
            head.append("Content-Type: ").append(contentType).append("\r\n");
        }
        if (body != null) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("\r\n");
        return concat(head.toString().getBytes(StandardCharsets.ISO_8859_1), body == null ? new byte[0] : body);
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    static String preview(byte[] request) {
        String text = new String(request, StandardCharsets.ISO_8859_1).replace("\r", "\\r").replace("\n", "\\n");
        return text.length() <= 160 ? text : text.substring(0, 160) + "...";
    }

    private static Reply read(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                all.write(buffer, 0, n);
            }
        } catch (IOException e) {
            // a reset once the answer is in is how some servers close; keep what arrived
        }
        byte[] bytes = all.toByteArray();
        int end = indexOf(bytes, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), 0);
        String head = new String(bytes, 0, end < 0 ? bytes.length : end, StandardCharsets.ISO_8859_1);
        if (!head.startsWith("HTTP/1.1 ") || end < 0) {
            return new Reply(0, Map.of(), new String(bytes, StandardCharsets.UTF_8));
        }
        String[] lines = head.split("\r\n");
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
            }
        }
        byte[] body = java.util.Arrays.copyOfRange(bytes, end + 4, bytes.length);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = dechunk(body);
        }
        return new Reply(Integer.parseInt(lines[0].substring(9, 12)), headers, new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] dechunk(byte[] chunked) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] crlf = "\r\n".getBytes(StandardCharsets.ISO_8859_1);
        int i = 0;
        while (i < chunked.length) {
            int lineEnd = indexOf(chunked, crlf, i);
            if (lineEnd < 0) {
                break;
            }
            String sizeLine = new String(chunked, i, lineEnd - i, StandardCharsets.ISO_8859_1);
            int size = Integer.parseInt(sizeLine.split(";")[0].trim(), 16);
            if (size == 0) {
                break;
            }
            out.write(chunked, lineEnd + 2, Math.min(size, chunked.length - lineEnd - 2));
            i = lineEnd + 2 + size + 2;
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = from; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
