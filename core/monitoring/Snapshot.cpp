#include "Snapshot.h"

using namespace Qt::StringLiterals;

namespace sonde {

SnapshotDetail::~SnapshotDetail() = default;

QString continuityName(Snapshot::Continuity continuity)
{
    switch (continuity) {
    case Snapshot::Continuity::Continuous:
        return u"continuous"_s;
    case Snapshot::Continuity::First:
        return u"first"_s;
    case Snapshot::Continuity::Reconnected:
        return u"reconnected"_s;
    case Snapshot::Continuity::Resumed:
        return u"resumed"_s;
    case Snapshot::Continuity::Reset:
        return u"reset"_s;
    }
    return {};
}

} // namespace sonde
