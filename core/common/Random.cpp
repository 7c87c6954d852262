#include "Random.h"

#include <QRandomGenerator>

namespace sonde {

QString randomToken(int length)
{
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    constexpr int alphabetSize = sizeof(alphabet) - 1;
    QString out;
    out.reserve(length);
    auto *gen = QRandomGenerator::system();
    for (int i = 0; i < length; ++i)
        out.append(QLatin1Char(alphabet[gen->bounded(alphabetSize)]));
    return out;
}

} // namespace sonde
