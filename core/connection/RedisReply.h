#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace sonde {

// A Redis reply as a value (RESP2: status, error, integer, bulk string, array, nil).
struct RedisReply
{
    enum class Type
    {
        Nil,
        Status,
        Error,
        Integer,
        String,
        Array
    };

    Type type = Type::Nil;
    QByteArray text;
    qint64 integer = 0;
    QList<RedisReply> elements;

    bool isNil() const { return type == Type::Nil; }
    bool isError() const { return type == Type::Error; }
    QString toString() const { return QString::fromUtf8(text); }
};

// Parses the text of INFO into field → value (section headers and blanks skipped).
QHash<QString, QString> parseRedisInfo(const QByteArray &info);

// Parses a compound INFO value such as "keys=12,expires=3,avg_ttl=0" into its parts.
QHash<QString, QString> parseRedisInfoFields(const QString &value);

} // namespace sonde
