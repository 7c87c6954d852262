#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QVector>

namespace sonde {

struct PromSeries;

// Reads the "result" of a successful query_range answer (a matrix) straight from the bytes:
// a day of fifty instances is tens of megabytes of [time, "value"] pairs, which a general
// JSON document would hold as millions of objects first. Returns false (and reads nothing)
// on anything it does not expect; the caller then reads the answer as a JSON document.
bool parsePromMatrix(const QByteArray &body, QList<PromSeries> *out);

} // namespace sonde
