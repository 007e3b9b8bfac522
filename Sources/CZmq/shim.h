#ifndef TINA_CZMQ_SHIM_H
#define TINA_CZMQ_SHIM_H
#include <zmq.h>
#include <stdlib.h>
#include <string.h>

/* Typed entry points for the Jupyter kernel: sockets, whole-frame send and receive, and a poll
   for input on a few sockets. Sockets stay opaque pointers on the Swift side. */

enum { TINA_ZMQ_ROUTER = ZMQ_ROUTER, TINA_ZMQ_PUB = ZMQ_PUB, TINA_ZMQ_REP = ZMQ_REP };

static inline void *tina_zmq_context(void) { return zmq_ctx_new(); }
static inline void *tina_zmq_socket(void *context, int type) { return zmq_socket(context, type); }
static inline int tina_zmq_close(void *socket) { return zmq_close(socket); }
static inline int tina_zmq_bind(void *socket, const char *endpoint) { return zmq_bind(socket, endpoint); }
static inline int tina_zmq_errno(void) { return zmq_errno(); }
static inline const char *tina_zmq_strerror(int code) { return zmq_strerror(code); }

/* Pending messages are dropped at close instead of blocking the exit. */
static inline int tina_zmq_set_linger(void *socket, int milliseconds) {
    return zmq_setsockopt(socket, ZMQ_LINGER, &milliseconds, sizeof milliseconds);
}

/* Sends one frame; more != 0 when further frames of the same message follow. */
static inline int tina_zmq_send_frame(void *socket, const void *data, size_t size, int more) {
    return zmq_send(socket, data, size, more ? ZMQ_SNDMORE : 0);
}

/* Receives one frame into a malloc'ed buffer the caller frees; *more tells whether the message
   has further frames. Returns the frame's size, or -1 (see tina_zmq_errno). */
static inline long tina_zmq_receive_frame(void *socket, void **data, int *more) {
    zmq_msg_t message;
    zmq_msg_init(&message);
    int size = zmq_msg_recv(&message, socket, 0);
    if (size < 0) { zmq_msg_close(&message); return -1; }
    *data = malloc(size > 0 ? (size_t)size : 1);
    if (*data == NULL) { zmq_msg_close(&message); return -1; }
    memcpy(*data, zmq_msg_data(&message), (size_t)size);
    *more = zmq_msg_more(&message);
    zmq_msg_close(&message);
    return size;
}

/* Waits up to timeout_ms (-1: forever) for input on count sockets; ready[i] is set to 1 for each
   socket with a message waiting. Returns the number ready, 0 on timeout, -1 on error. */
static inline int tina_zmq_poll_input(void **sockets, int *ready, int count, long timeout_ms) {
    zmq_pollitem_t items[8];
    if (count > 8) count = 8;
    for (int i = 0; i < count; i++) {
        items[i].socket = sockets[i];
        items[i].fd = 0;
        items[i].events = ZMQ_POLLIN;
        items[i].revents = 0;
    }
    int n = zmq_poll(items, count, timeout_ms);
    for (int i = 0; i < count; i++) ready[i] = (items[i].revents & ZMQ_POLLIN) ? 1 : 0;
    return n;
}
#endif
