package cn.zgc.residence.eligibility.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * Group commit of concurrent writes: requests that arrive while a transaction is committing are written together in
 * the next one, so that they share one transaction, one commit (one WAL flush) and one wake of the outbox relay
 * instead of paying each for their own. Nobody waits for a timer: a lone request is written at once, alone; a batch
 * forms only from requests that queued behind a commit in progress. Each caller returns only after the transaction
 * holding its write committed, so what it answers is as durable as before. When a batch fails (one of its writes
 * breaks a constraint, say), each of its writes is tried again in a transaction of its own, so that only the writes
 * that fail by themselves fail, with their own exception.
 *
 * <p>No thread of its own: the caller that takes the lock writes the queued requests, its own among them; the others
 * find theirs done when they get the lock.
 *
 * @param <W> what one request writes
 */
final class GroupCommit<W> {

    private final Consumer<List<W>> write;
    private final int maxBatch;
    private final ConcurrentLinkedQueue<Pending<W>> queue = new ConcurrentLinkedQueue<>();
    private final ReentrantLock lock = new ReentrantLock();

    /**
     * @param write writes the requests in the current transaction and sends them to the database (flush), so that a
     *     broken constraint is thrown as the write's own exception rather than at the commit
     * @param maxBatch the most requests one transaction writes; 1 gives each request its own transaction
     */
    GroupCommit(Consumer<List<W>> write, int maxBatch) {
        this.write = write;
        this.maxBatch = Math.max(1, maxBatch);
    }

    /** Writes the request and returns once the transaction that holds it committed; rethrows what its write threw. */
    void write(W request) {
        Pending<W> pending = new Pending<>(request);
        queue.add(pending);
        lock.lock();
        try {
            while (!pending.done) {
                writeBatch(drain());
            }
        } finally {
            lock.unlock();
        }
        if (pending.failure != null) {
            throw pending.failure;
        }
    }

    private List<Pending<W>> drain() {
        List<Pending<W>> batch = new ArrayList<>();
        Pending<W> next;
        while (batch.size() < maxBatch && (next = queue.poll()) != null) {
            batch.add(next);
        }
        return batch;
    }

    private void writeBatch(List<Pending<W>> batch) {
        if (batch.size() > 1) {
            try {
                QuarkusTransaction.requiringNew().run(() -> write.accept(batch.stream().map(p -> p.request).toList()));
                batch.forEach(p -> p.done = true);
                return;
            } catch (RuntimeException e) {
                // one write may have failed the whole batch: try each alone
            }
        }
        for (Pending<W> p : batch) {
            try {
                QuarkusTransaction.requiringNew().run(() -> write.accept(List.of(p.request)));
            } catch (RuntimeException e) {
                p.failure = e;
            }
            p.done = true;
        }
    }

    /** A queued request; written and read under the lock only. */
    private static final class Pending<W> {
        final W request;
        boolean done;
        RuntimeException failure;

        Pending(W request) {
            this.request = request;
        }
    }
}
