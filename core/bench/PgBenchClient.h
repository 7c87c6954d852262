#pragma once

#include "PgBenchWorker.h"

#include <libpq-fe.h>

#include <string>
#include <vector>

namespace sonde {

// One connection of a PgBenchWorker and where its script stands (internal to the worker).
struct PgBenchWorker::Client
{
    enum class State
    {
        Connect,  // waiting to (re)connect
        Idle,     // ready to run its script on
        Throttle, // waiting for its --rate slot
        Sleeping, // in a \sleep
        Busy,     // a command (or a pipeline's sync) in flight
        Rollback, // rolling back after an error
        Done,
    };

    Client(const PgWorkload &workload, int clientId, const ScriptInterpreter::Seeds &seeds,
           ScriptOutput *output)
        : id(clientId)
        , interp(workload, clientId, seeds, output)
    {}
    ~Client() { close(); }
    Client(const Client &) = delete;
    Client &operator=(const Client &) = delete;

    bool running() const { return interp.script() >= 0; }
    void endScript()
    {
        interp.startScript(-1);
        pipeline = false;
        if (held) {
            PQclear(held);
            held = nullptr;
        }
    }
    // The client has run its last transaction. Its connection closes now, as pgbench closes
    // a finished client's: the session locks it holds are released for the clients still
    // running.
    void finish()
    {
        close();
        state = State::Done;
    }
    void close()
    {
        if (held) {
            PQclear(held);
            held = nullptr;
        }
        if (conn)
            PQfinish(conn);
        conn = nullptr;
        pipeline = false;
    }

    int id = 0;
    PGconn *conn = nullptr;
    State state = State::Connect;
    ScriptInterpreter interp;
    int chosen = -1;       // script picked for the next transaction
    bool measured = false; // counted in the result (after the warm-up)
    int64_t scheduled = 0; // when the transaction was due (its latency counts from there)
    int64_t txStart = 0;
    int64_t commandStart = 0;
    int64_t wakeAt = 0;
    int tries = 1;
    bool sentSql = false;
    bool pipeline = false;
    int backoffMs = 100;

    // The first error of the command (or pipeline) being read.
    Failure failure = Failure::None;
    QString failureKind;
    QString failureMessage;
    size_t failedCommand = 0;
    PGresult *held = nullptr; // \gset: the latest result, stored once it proves the last

    std::vector<const char *> values;
    std::string text;
};

} // namespace sonde
