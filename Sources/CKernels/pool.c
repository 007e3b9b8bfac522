#include "CKernels.h"
#include <pthread.h>
#include <sched.h>
#include <stdatomic.h>
#include <time.h>

/* The worker threads of the parallel loops. A decode step makes a few hundred parallel calls of
   well under a millisecond each; a worker woken from sleep for each would join too late and leave
   the caller to run every chunk alone. So a worker spins on the job counter after each job, then
   (past YIELD_NS) yields between checks, so that OpenBLAS's threads in a sgemm between two parallel
   loops keep the cores, and past SPIN_NS sleeps on a condition variable.

   The caller and the workers claim chunks one at a time, so a thread slowed by the rest of the
   machine takes fewer. A job is published as one word, generation << 16 | chunks, and a claim is a
   compare-and-swap on generation << 16 | next chunk: a worker that wakes after its job is over
   fails to claim and never touches the job's function or context, which the caller keeps valid
   until every claimed chunk has finished. */

#define MAX_WORKERS 255
#define YIELD_NS 5000
#define SPIN_NS 100000

static struct {
    int workers;
    long generation; /* the caller's, under busy */
    tina_chunk_fn fn;
    void *ctx;
    _Atomic long job;
    _Atomic long next;
    _Atomic long finished;
    _Atomic int busy;
    _Atomic int sleepers;
    pthread_mutex_t lock;
    pthread_cond_t wake;
} pool = {.lock = PTHREAD_MUTEX_INITIALIZER, .wake = PTHREAD_COND_INITIALIZER};

static inline void relax(void) {
#if defined(__x86_64__)
    __builtin_ia32_pause();
#endif
}

static long now_ns(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1000000000L + t.tv_nsec;
}

/* Runs chunks of the job of this generation until none is left to claim. */
static void run_claims(long generation, long chunks) {
    long claim = atomic_load(&pool.next);
    while (claim >> 16 == generation && (claim & 0xFFFF) < chunks) {
        if (!atomic_compare_exchange_weak(&pool.next, &claim, claim + 1)) continue;
        pool.fn(pool.ctx, claim & 0xFFFF);
        atomic_fetch_add_explicit(&pool.finished, 1, memory_order_release);
        claim = atomic_load(&pool.next);
    }
}

static void *worker(void *arg) {
    (void)arg;
    long seen = 0;
    for (;;) {
        long job = atomic_load_explicit(&pool.job, memory_order_acquire);
        if (job >> 16 == seen) {
            long start = now_ns();
            for (int spins = 1; job >> 16 == seen; spins++) {
                relax();
                if (spins % 64 != 0) continue;
                long waited = now_ns() - start;
                if (waited > YIELD_NS && waited <= SPIN_NS) sched_yield(); /* OpenBLAS's threads may need the core */
                if (waited > SPIN_NS) {
                    pthread_mutex_lock(&pool.lock);
                    atomic_fetch_add(&pool.sleepers, 1);
                    while (atomic_load(&pool.job) >> 16 == seen) pthread_cond_wait(&pool.wake, &pool.lock);
                    atomic_fetch_sub(&pool.sleepers, 1);
                    pthread_mutex_unlock(&pool.lock);
                }
                job = atomic_load_explicit(&pool.job, memory_order_acquire);
            }
        }
        seen = job >> 16;
        run_claims(seen, job & 0xFFFF);
    }
    return NULL;
}

void tina_pool_start(int threads) {
    int workers = threads - 1 > MAX_WORKERS ? MAX_WORKERS : threads - 1;
    for (int k = 1; k <= workers; k++) {
        pthread_t t;
        pthread_attr_t attr;
        pthread_attr_init(&attr);
        pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
        if (pthread_create(&t, &attr, worker, NULL) == 0) pool.workers = k;
        pthread_attr_destroy(&attr);
        if (pool.workers != k) break;
    }
}

void tina_pool_run(long chunks, tina_chunk_fn fn, void *ctx) {
    /* One chunk, no workers, or the pool already in use (a nested call from inside a chunk, or
       another thread's job): run here, in order. */
    if (chunks <= 1 || pool.workers == 0 || chunks > 0xFFFF || atomic_exchange(&pool.busy, 1)) {
        for (long c = 0; c < chunks; c++) fn(ctx, c);
        return;
    }
    pool.fn = fn;
    pool.ctx = ctx;
    long generation = ++pool.generation;
    atomic_store(&pool.finished, 0);
    atomic_store(&pool.next, generation << 16);
    atomic_store(&pool.job, generation << 16 | chunks); /* sequentially consistent with sleepers */
    if (atomic_load(&pool.sleepers) > 0) {
        pthread_mutex_lock(&pool.lock);
        pthread_cond_broadcast(&pool.wake);
        pthread_mutex_unlock(&pool.lock);
    }
    run_claims(generation, chunks);
    for (long spins = 1; atomic_load_explicit(&pool.finished, memory_order_acquire) != chunks; spins++) {
        relax();
        if (spins % 4096 == 0) sched_yield(); /* a worker may be waiting for this core */
    }
    atomic_store(&pool.busy, 0);
}
