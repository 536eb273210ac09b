import { randomUUID } from "node:crypto";
import type http from "node:http";
import type { Duplex } from "node:stream";
import { ErrorCode } from "../errors/error-code.js";
import type { Logger } from "../log.js";

/**
 * Node's HTTP parser refuses some requests before Express sees them (headers or URL over 16 KB, a
 * malformed request line, a request not received within `receiveTimeoutMs`) and answers with an
 * empty body. Answer them in the service's JSON error shape instead, and log one line. Nothing is
 * written once the in-flight response has begun (Node's own rule); the connection is only closed.
 */
export function answerParserErrorsInJson(server: http.Server, logger: Logger, receiveTimeoutMs?: number): void {
  server.on("clientError", (error: NodeJS.ErrnoException, socket: Duplex) => {
    if (error.code === "ECONNRESET" || !socket.writable) return;
    // Node's own rule (socketOnError): no answer once the in-flight response has sent its head.
    if ((socket as Duplex & { _httpMessage?: http.ServerResponse })._httpMessage?.headersSent)
      return void socket.destroy();
    const tooLarge = error.code === "HPE_HEADER_OVERFLOW";
    const tooSlow = error.code === "ERR_HTTP_REQUEST_TIMEOUT";
    const [status, reason] = tooLarge
      ? [431, "Request Header Fields Too Large"]
      : tooSlow
        ? [408, "Request Timeout"]
        : [400, "Bad Request"];
    const message = tooLarge
      ? "The request's URL and headers are over 16 KB. Send a long query with POST instead of GET."
      : tooSlow
        ? `The request's headers and body did not arrive within ${receiveTimeoutMs !== undefined ? `${receiveTimeoutMs / 1000} s` : "the time allowed"} (HTTP_RECEIVE_TIMEOUT_MS). Send the whole request at once.`
        : "The request is not well-formed HTTP.";
    const body = JSON.stringify({ errors: [{ message, extensions: { code: ErrorCode.BAD_USER_INPUT } }] });
    const id = randomUUID();
    logger.info({ reqId: id, status, refused: error.code }, "request");
    socket.end(
      `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
        `X-Request-Id: ${id}\r\nConnection: close\r\n\r\n${body}`,
    );
  });
}
