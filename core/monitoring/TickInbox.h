#pragma once

#include "Snapshot.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace sonde {

class Sampler;

// Where the samplers' snapshots of one tick meet before they reach the GUI thread: one
// delivery for all of them, instead of a queued call per target. The samplers tick on the
// same interval boundary (Sampler), so their readings end within milliseconds of each
// other; the inbox hands the batch over as soon as every target that is sampling has put
// its snapshot, or graceMs after the first one when a target is late (a slow server, an
// error instead of a snapshot) — then the late one comes in a delivery of its own.
//
// Samplers put from their own threads (attach() connects them directly); the delivery runs
// on the receiver's thread. Everything else: the receiver's thread.
class TickInbox
{
public:
    using Deliver = std::function<void(const QList<Snapshot> &)>;
    // `receiver` (on its thread) gets the batches through `deliver` while it lives.
    TickInbox(QObject *receiver, Deliver deliver);
    ~TickInbox();
    TickInbox(const TickInbox &) = delete;
    TickInbox &operator=(const TickInbox &) = delete;

    // Before the sampler starts: its snapshots and states go through the inbox.
    void attach(Sampler *sampler);
    // The target is no longer sampled: a batch that waits for it goes now.
    void detach(const QString &targetId);
    // How long a batch waits for a late target (default 250 ms).
    void setGraceMs(int ms);

    struct State; // shared with the samplers' threads

private:
    std::shared_ptr<State> m_state;
};

} // namespace sonde
