package com.griddesk.bench.drill;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * HTTP/1.1 over a plain socket, one connection per request ({@code Connection: close}), so that a request can be
 * sent byte for byte as a hostile client would: invalid UTF-8, any header, any Content-Type. The answer is read
 * while the body is still being written, because a server may answer (and close) before it has read a huge body.
 */
final class RawHttp {

  /** What came back: the status (0 when the connection ended without an answer), headers and a body prefix. */
  record Answer(int status, String headers, String body, long nanos, String failure) {

    String header(String name) {
      for (String line : headers.split("\r\n")) {
        int colon = line.indexOf(':');
        if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
          return line.substring(colon + 1).trim();
        }
      }
      return null;
    }
  }

  private static final int KEPT_BODY = 4096;

  private final String host;
  private final int port;
  private final int timeoutMillis;
  private final ExecutorService readers = Executors.newCachedThreadPool(runnable -> {
    Thread thread = new Thread(runnable, "raw-http-reader");
    thread.setDaemon(true);
    return thread;
  });

  RawHttp(String host, int port, int timeoutMillis) {
    this.host = host;
    this.port = port;
    this.timeoutMillis = timeoutMillis;
  }

  /** @param head the request line and headers, each line ending in CRLF, without the final empty line */
  Answer send(String head, byte[] body) {
    long start = System.nanoTime();
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(host, port), 5000);
      socket.setSoTimeout(timeoutMillis);
      Future<Answer> answer = readers.submit(() -> read(socket.getInputStream(), start));
      String writeFailure = null;
      try {
        OutputStream out = socket.getOutputStream();
        out.write((head + "Host: " + host + ":" + port + "\r\nConnection: close\r\n\r\n")
            .getBytes(StandardCharsets.ISO_8859_1));
        for (int offset = 0; offset < body.length; offset += 64 * 1024) {
          out.write(body, offset, Math.min(64 * 1024, body.length - offset));
        }
        out.flush();
        socket.shutdownOutput();
      } catch (IOException e) {
        // The server answered (and closed) before it read the whole body; its answer is read below.
        writeFailure = "write: " + e.getMessage();
      }
      try {
        Answer read = answer.get(timeoutMillis + 1000L, TimeUnit.MILLISECONDS);
        return read.status() == 0 && writeFailure != null
            ? new Answer(0, "", "", read.nanos(), writeFailure + "; " + read.failure()) : read;
      } catch (TimeoutException e) {
        answer.cancel(true);
        return new Answer(0, "", "", System.nanoTime() - start, "timeout after " + timeoutMillis + " ms");
      }
    } catch (IOException e) {
      return new Answer(0, "", "", System.nanoTime() - start, "connect: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Answer(0, "", "", System.nanoTime() - start, "interrupted");
    } catch (ExecutionException e) {
      return new Answer(0, "", "", System.nanoTime() - start, "read: " + e.getCause());
    }
  }

  private static Answer read(InputStream in, long start) {
    ByteArrayOutputStream kept = new ByteArrayOutputStream();
    byte[] buffer = new byte[16 * 1024];
    long total = 0;
    String failure = null;
    try {
      for (int n; (n = in.read(buffer)) > 0; ) {
        if (kept.size() < KEPT_BODY + 16 * 1024) {
          kept.write(buffer, 0, n);
        }
        total += n;
      }
    } catch (SocketTimeoutException e) {
      failure = "timeout";
    } catch (IOException e) {
      failure = "read: " + e.getMessage();
    }
    long nanos = System.nanoTime() - start;
    String text = kept.toString(StandardCharsets.UTF_8);
    int end = text.indexOf("\r\n\r\n");
    if (!text.startsWith("HTTP/") || end < 0) {
      return new Answer(0, "", "", nanos, failure == null ? "no answer (" + total + " bytes)" : failure);
    }
    String statusLine = text.substring(0, text.indexOf("\r\n"));
    int status;
    try {
      status = Integer.parseInt(statusLine.split(" ")[1]);
    } catch (RuntimeException e) {
      return new Answer(0, "", "", nanos, "bad status line: " + statusLine);
    }
    String body = text.substring(end + 4);
    return new Answer(status, text.substring(statusLine.length() + 2, end),
        body.length() > KEPT_BODY ? body.substring(0, KEPT_BODY) : body, nanos, null);
  }

  void close() {
    readers.shutdownNow();
  }
}
