package dev.protovet.registry.http;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own errors (a request line it cannot parse, a bad %-encoding or UTF-8 in the path, a URI or headers too
 * long, an unsupported HTTP version) answered as Confluent's JSON error body instead of Jetty's HTML page, so every
 * client gets {@code {"error_code": ..., "message": ...}} whatever layer refused its request. A request Jetty cannot
 * make sense of is the client's fault: what Jetty would call 505 (HTTP/0.9, an unknown version) is answered 400. An
 * error no route handled (the server's own) is a JSON 500 with Confluent's 50001.
 */
final class JsonErrors extends ErrorHandler {

    /** Jetty writes error bodies for GET, POST and HEAD only; a refused PUT or DELETE needs one just as much. */
    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) throws IOException {
        int status = clientStatus(code);
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, Json.MEDIA_TYPE);
        response.write(true, ByteBuffer.wrap(body(status, message)), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, Json.MEDIA_TYPE);
        return ByteBuffer.wrap(body(clientStatus(status), reason));
    }

    /** A request in an HTTP version Jetty does not speak (0.9, 9.9) is a malformed request: 400, not 505. */
    private static int clientStatus(int code) {
        return code == HttpStatus.HTTP_VERSION_NOT_SUPPORTED_505 ? HttpStatus.BAD_REQUEST_400 : code;
    }

    private static byte[] body(int status, String reason) {
        String name = HttpStatus.getMessage(status);
        boolean generic = reason == null || reason.isBlank() || reason.equals(name) || reason.endsWith(": " + name);
        String why = !generic ? reason : status == HttpStatus.BAD_REQUEST_400 ? "the request line, path or headers "
                + "cannot be read (a bad %-encoding, a NUL or other control character, or a '..' segment in the path)"
                : null;
        String message = why == null ? "HTTP " + status + " " + name : "HTTP " + status + " " + name + ": " + why;
        // Confluent's code for an error of the server itself
        int errorCode = status >= 500 ? 50001 : status;
        return Json.GSON.toJson(Responses.error(errorCode, message)).getBytes(StandardCharsets.UTF_8);
    }
}
