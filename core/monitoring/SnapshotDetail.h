#pragma once

#include <QJsonObject>
#include <QString>

namespace sonde {

struct Snapshot;

// What a source adds to a snapshot besides its metric values (the statements of the
// interval, the pools, the Redis commands…). Each source defines its own detail; the
// pipeline carries it shared and never modified, and asks it only for what every snapshot
// offers: a one-line summary and a short JSON form. Views that know a kind of source read
// its detail with Snapshot::detailAs<T>().
class SnapshotDetail
{
public:
    virtual ~SnapshotDetail();

    // One line of what the snapshot says beyond the charts, in the DBA's words.
    virtual QString summary(const Snapshot &snapshot) const = 0;
    // The short "detail" object of `sonde-cli sample --json`.
    virtual QJsonObject toJson() const = 0;
};

} // namespace sonde
