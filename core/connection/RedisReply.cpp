#include "RedisReply.h"

namespace sonde {

QHash<QString, QString> parseRedisInfo(const QByteArray &info)
{
    QHash<QString, QString> out;
    for (const QByteArray &rawLine : info.split('\n')) {
        const QByteArray line = rawLine.trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const int colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        out.insert(QString::fromUtf8(line.left(colon)), QString::fromUtf8(line.mid(colon + 1)));
    }
    return out;
}

QHash<QString, QString> parseRedisInfoFields(const QString &value)
{
    QHash<QString, QString> out;
    for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const int eq = part.indexOf(QLatin1Char('='));
        if (eq > 0)
            out.insert(part.left(eq), part.mid(eq + 1));
    }
    return out;
}

} // namespace sonde
