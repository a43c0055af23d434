package cn.zgc.residence.gateway.edge;

import cn.zgc.residence.gateway.config.GatewayConfig;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The access log: one line per request on standard output, for example
 * {@code 2026-11-27T12:01:14.123+08:00 ACCESS method=GET path=/api/v1/halls status=200 durationMs=0.842 partner=p1
 * requestId=... traceId=...}, or in the cluster, where the logs are JSON ({@code quarkus.log.console.json.enabled}), one
 * JSON object per line with the same fields and {@code "type":"access"}. The trace id is there while tracing is on.
 * Lines are collected per event-loop thread and handed in blocks to one writer thread, at the latest
 * after {@code gateway.access-log.flush-interval}: one record per request through the logging system costs a
 * formatter run, a handler lock shared by all event loops and a write to standard output on the event loop, which
 * halved the gateway's throughput. When the writer falls behind, lines are dropped and counted, never waited for.
 */
@ApplicationScoped
public class AccessLog {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss").withZone(ZONE);
    private static final DateTimeFormatter OFFSET = DateTimeFormatter.ofPattern("xxx").withZone(ZONE);
    private static final int BLOCK_CHARS = 16 * 1024;

    private final boolean enabled;
    private final boolean json;
    private final long flushMillis;
    private final Vertx vertx;
    private final PrintStream out;
    private final BlockingQueue<String> blocks = new ArrayBlockingQueue<>(1024);
    private final List<Block> all = new CopyOnWriteArrayList<>();
    private final ThreadLocal<Block> perThread = ThreadLocal.withInitial(this::newBlock);
    private final AtomicLong dropped = new AtomicLong();
    private final Thread writer;
    private volatile boolean closed;

    @Inject
    public AccessLog(GatewayConfig config, Vertx vertx,
            @ConfigProperty(name = "quarkus.log.console.json.enabled", defaultValue = "false") boolean json) {
        this(config.accessLog().enabled(), json, config.accessLog().flushInterval().toMillis(), vertx, System.out);
    }

    AccessLog(boolean enabled, long flushMillis, Vertx vertx, PrintStream out) {
        this(enabled, false, flushMillis, vertx, out);
    }

    AccessLog(boolean enabled, boolean json, long flushMillis, Vertx vertx, PrintStream out) {
        this.enabled = enabled;
        this.json = json;
        this.flushMillis = Math.max(1, flushMillis);
        this.vertx = vertx;
        this.out = out;
        this.writer = new Thread(this::writeBlocks, "gateway-access-log");
        this.writer.setDaemon(true);
        if (enabled) {
            writer.start();
        }
    }

    public boolean enabled() {
        return enabled;
    }

    public void log(String method, String path, int status, long micros, String partner, String requestId) {
        log(method, path, status, micros, partner, requestId, null);
    }

    /**
     * Records one request (traceId null when tracing is off). Never blocks; called on the event loop when the
     * response has ended.
     */
    public void log(String method, String path, int status, long micros, String partner, String requestId,
            String traceId) {
        if (!enabled || closed) {
            return;
        }
        Block block = perThread.get();
        boolean first;
        synchronized (block) {
            StringBuilder line = block.text;
            first = line.length() == 0;
            if (json) {
                line.append("{\"timestamp\":\"");
                block.timestamp(System.currentTimeMillis());
                line.append("\",\"type\":\"access\",\"method\":\"").append(method).append("\",\"path\":\"");
                escape(line, path);
                line.append("\",\"status\":").append(status).append(",\"durationMs\":");
                duration(line, micros);
                line.append(",\"partner\":\"");
                escape(line, partner);
                line.append("\",\"requestId\":\"").append(requestId).append('"');
                if (traceId != null) {
                    line.append(",\"traceId\":\"").append(traceId).append('"');
                }
                line.append("}\n");
            } else {
                block.timestamp(System.currentTimeMillis());
                line.append(" ACCESS method=").append(method)
                        .append(" path=").append(path)
                        .append(" status=").append(status)
                        .append(" durationMs=");
                duration(line, micros);
                line.append(" partner=").append(partner).append(" requestId=").append(requestId);
                if (traceId != null) {
                    line.append(" traceId=").append(traceId);
                }
                line.append('\n');
            }
            if (line.length() >= BLOCK_CHARS) {
                handOver(block);
                return;
            }
        }
        if (first) {
            // the first line of a block: make sure it is written even if no more requests come
            if (Context.isOnEventLoopThread()) {
                vertx.setTimer(flushMillis, id -> flush(block));
            } else {
                flush(block); // worker threads (rare: /q endpoints) hand their line over at once
            }
        }
    }

    private static void duration(StringBuilder line, long micros) {
        line.append(micros / 1000).append('.');
        long fraction = micros % 1000;
        if (fraction < 100) {
            line.append(fraction < 10 ? "00" : "0");
        }
        line.append(fraction);
    }

    /** A JSON string's content: quotes, backslashes and control characters escaped. */
    private static void escape(StringBuilder line, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                line.append('\\').append(c);
            } else if (c < 0x20) {
                line.append(String.format("\\u%04x", (int) c));
            } else {
                line.append(c);
            }
        }
    }

    private Block newBlock() {
        Block block = new Block();
        all.add(block);
        return block;
    }

    private void flush(Block block) {
        synchronized (block) {
            handOver(block);
        }
    }

    /** Called holding the block's lock. */
    private void handOver(Block block) {
        if (block.text.length() == 0) {
            return;
        }
        if (!blocks.offer(block.text.toString())) {
            dropped.addAndGet(block.lines());
        }
        block.text.setLength(0);
    }

    private void writeBlocks() {
        while (true) {
            try {
                String text = blocks.poll(100, TimeUnit.MILLISECONDS);
                if (text == null) {
                    if (closed) {
                        return;
                    }
                    continue;
                }
                long lost = dropped.getAndSet(0);
                if (lost > 0) {
                    write("# access log: " + lost + " lines dropped (writer behind)\n");
                }
                write(text);
                out.flush();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // standard output failing must not stop the gateway; the lines are lost
                dropped.incrementAndGet();
            }
        }
    }

    private void write(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.write(bytes, 0, bytes.length);
    }

    @PreDestroy
    void close() {
        if (!enabled || closed) {
            return;
        }
        all.forEach(this::flush);
        closed = true;
        try {
            writer.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One thread's pending lines, and its cached timestamp text for the current second. */
    private static final class Block {
        final StringBuilder text = new StringBuilder(BLOCK_CHARS + 512);
        private long second = Long.MIN_VALUE;
        private String secondText;
        private String offsetText;

        void timestamp(long millis) {
            long current = Math.floorDiv(millis, 1000);
            if (current != second) {
                Instant instant = Instant.ofEpochSecond(current);
                secondText = SECOND.format(instant);
                offsetText = OFFSET.format(instant);
                second = current;
            }
            int fraction = (int) Math.floorMod(millis, 1000);
            text.append(secondText).append('.');
            if (fraction < 100) {
                text.append(fraction < 10 ? "00" : "0");
            }
            text.append(fraction).append(offsetText);
        }

        int lines() {
            int count = 0;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    count++;
                }
            }
            return count;
        }
    }
}
