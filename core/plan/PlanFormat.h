#pragma once

#include <QString>

namespace sonde {

// How plan numbers read in Sonde's views, findings and CLI output (same everywhere).
namespace PlanFormat {

// 1000000 → "1 000 000" (thin groups, no locale surprises in copied text).
QString count(double value);
// Milliseconds: "0.042 ms", "12.3 ms", "4.21 s", "3 min 12 s".
QString duration(double ms);
// Kilobytes as EXPLAIN reports sort/hash memory: "512 kB", "40 MB", "1.2 GB".
QString kilobytes(double kb);
// 8 kB blocks: "1 234 blocks (9.6 MB)".
QString blocks(qint64 blocks);
// A cost: "1 234.56" below 10 000, "18 334" above.
QString cost(double cost);
// 0.42 → "42 %" (one decimal below 10 %).
QString percent(double share);
// A misestimate factor: "12×", "1 200×".
QString factor(double factor);

} // namespace PlanFormat

} // namespace sonde
