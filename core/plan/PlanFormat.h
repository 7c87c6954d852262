#pragma once

#include <QString>

namespace sonde {

// How plan numbers read in Sonde's views, findings and CLI output (same everywhere).
namespace PlanFormat {

// 1000000 → "1,000,000" / "1 000 000": DisplayFormat, in the UI language's locale.
QString count(double value);
// Milliseconds: "0.0421 ms", "12.3 ms", "4.21 s", "3 min 12 s" (DisplayFormat::duration).
QString duration(double ms);
// Kilobytes as EXPLAIN reports sort/hash memory: "512 kB", "40 MB", "1.2 GB".
QString kilobytes(double kb);
// 8 kB blocks: "1 234 blocks (9.6 MB)".
QString blocks(qint64 blocks);
// A cost: "77.4", "1,235", "18,334" (DisplayFormat::cost).
QString cost(double cost);
// 0.42 → "42 %" (one decimal below 10 %).
QString percent(double share);
// A misestimate factor: "12×", "1 200×".
QString factor(double factor);

} // namespace PlanFormat

} // namespace sonde
