package cn.zgc.residence.documents.files;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zgc.residence.testsupport.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Ten 10 MB PDFs uploaded at once stay out of the heap: the heap's live size (measured after a collection, every
 * 100 ms while the uploads run) grows by far less than one file. Prints the figures for the README.
 */
@QuarkusTest
class UploadMemoryTest {

    private static final int FILES = 10;
    private static final int SIZE = 10 * 1024 * 1024;
    private static final long MB = 1024 * 1024;

    @Inject
    FileFixtures fixtures;

    @TestHTTPResource("/")
    URI base;

    @Test
    void tenFilesOfTenMegabytesAtOnceKeepTheHeapSmall() throws Exception {
        Path pdf = HostileFilesTest.tempPdf(SIZE);
        List<UUID> dossiers = new ArrayList<>();
        for (int i = 0; i < FILES; i++) {
            dossiers.add(fixtures.dossier("P-FILES-MEMORY"));
        }
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        // a warm-up upload, so that classes and caches are not counted
        send(client, dossiers.get(0), pdf);

        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        System.gc();
        long baseline = used(heap);
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        AtomicLong liveMax = new AtomicLong(baseline);
        AtomicBoolean running = new AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (running.get()) {
                System.gc();
                liveMax.accumulateAndGet(used(heap), Math::max);
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        ExecutorService pool = Executors.newFixedThreadPool(FILES);
        long started = System.nanoTime();
        sampler.start();
        List<Future<Integer>> uploads = new ArrayList<>();
        for (UUID dossier : dossiers) {
            uploads.add(pool.submit(() -> send(client, dossier, pdf)));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> upload : uploads) {
            statuses.add(upload.get(120, TimeUnit.SECONDS));
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        running.set(false);
        sampler.join();
        pool.shutdown();
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf("ten 10 MB uploads at once in %.1f s: live heap before %d MB, at most %d MB during"
                + " (+%d MB); peak heap used including garbage not yet collected %d MB%n", seconds, baseline / MB,
                liveMax.get() / MB, (liveMax.get() - baseline) / MB, peak / MB);
        assertThat(statuses).containsOnly(201);
        assertThat(liveMax.get() - baseline).isLessThan(40 * MB);
    }

    private int send(HttpClient client, UUID dossier, Path pdf) throws Exception {
        return client.send(HttpRequest.newBuilder(base.resolve(DossierFilesTest.path(dossier, "RESUME")))
                .header("Authorization", "Bearer " + Tokens.partner("P-FILES-MEMORY"))
                .header("Content-Type", "application/pdf")
                .POST(HttpRequest.BodyPublishers.ofFile(pdf)).build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private static long used(List<MemoryPoolMXBean> heap) {
        return heap.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
    }
}
