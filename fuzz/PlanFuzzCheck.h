#pragma once

#include <QByteArray>
#include <QString>

namespace sonde::fuzz {

// Runs one input through everything that reads plans — PlanParser, Plan::analyze, the
// findings, the text and JSON renderings, PlanDiff — and checks what must always hold. An
// input with a line "---" is read as two plans and compared. Returns an empty string, or
// what went wrong. Used by the libFuzzer target and by tst_fuzz_regressions, which replays
// the inputs the fuzzer found (fuzz/regressions/).
QString checkPlanInput(const QByteArray &input);

} // namespace sonde::fuzz
