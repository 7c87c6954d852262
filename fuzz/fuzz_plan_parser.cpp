// libFuzzer target for the plan parser and everything built on it (findings, rendering,
// diff). See scripts/fuzz-plans.
#include "PlanFuzzCheck.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString error = sonde::fuzz::checkPlanInput(input);
    if (!error.isEmpty()) {
        std::fprintf(stderr, "invariant broken: %s\n", error.toUtf8().constData());
        std::abort();
    }
    return 0;
}
