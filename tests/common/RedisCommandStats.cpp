#include "RedisCommandStats.h"

namespace sonde::test {

QMap<QString, qint64> redisCommandCalls(RedisClient &client)
{
    RedisReply reply;
    QMap<QString, qint64> out;
    if (client.command({"INFO", "commandstats"}, &reply))
        return out;
    const QHash<QString, QString> info = parseRedisInfo(reply.text);
    for (auto it = info.begin(); it != info.end(); ++it) {
        if (it.key().startsWith(QLatin1String("cmdstat_")))
            out.insert(
                it.key().mid(8),
                parseRedisInfoFields(it.value()).value(QStringLiteral("calls")).toLongLong());
    }
    return out;
}

} // namespace sonde::test
