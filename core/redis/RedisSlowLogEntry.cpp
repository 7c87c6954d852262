#include "RedisSlowLogEntry.h"

#include "plan/PlanFormat.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

QString printable(const QByteArray &arg)
{
    QString out;
    const QString text = QString::fromUtf8(arg);
    // Valid UTF-8 without control characters reads as it is; anything else is escaped.
    const bool clean = text.toUtf8() == arg &&
                       std::none_of(text.cbegin(), text.cend(),
                                    [](QChar c) { return c.category() == QChar::Other_Control; });
    if (clean)
        return text;
    for (const char c : arg) {
        const auto u = static_cast<unsigned char>(c);
        if (u >= 0x20 && u < 0x7f)
            out += QLatin1Char(c);
        else
            out += u"\\x"_s + QString::number(u, 16).rightJustified(2, u'0');
    }
    return out;
}

QString quoted(const QString &s)
{
    if (!s.isEmpty() && !s.contains(u' ') && !s.contains(u'"'))
        return s;
    QString escaped = s;
    escaped.replace(u"\""_s, u"\\\""_s);
    return u'"' + escaped + u'"';
}

} // namespace

QString RedisSlowLogEntry::commandText(int maxArgumentLength) const
{
    QStringList parts;
    for (const QByteArray &arg : arguments) {
        QString s = printable(arg);
        if (s.size() > maxArgumentLength) {
            s = s.left(std::max(1, maxArgumentLength - 1)) + u'…';
            parts << quoted(s) + QCoreApplication::translate("RedisSlowLogEntry", " (%1 bytes)")
                                     .arg(PlanFormat::count(double(arg.size())));
        } else {
            parts << quoted(s);
        }
    }
    return parts.join(u' ');
}

QString RedisSlowLogEntry::commandName() const
{
    return arguments.isEmpty() ? QString() : QString::fromUtf8(arguments.first()).toUpper();
}

QString RedisSlowLogEntry::summary() const
{
    QString line = QCoreApplication::translate("RedisSlowLogEntry", "%1 took %2")
                       .arg(commandText(32), PlanFormat::duration(double(durationUs) / 1000.0));
    if (!client.isEmpty())
        line += u" ("_s + client + u')';
    return line;
}

QList<RedisSlowLogEntry> RedisSlowLogEntry::fromReply(const RedisReply &reply)
{
    QList<RedisSlowLogEntry> out;
    if (reply.type != RedisReply::Type::Array)
        return out;
    for (const RedisReply &e : reply.elements) {
        if (e.type != RedisReply::Type::Array || e.elements.size() < 4)
            continue;
        const QList<RedisReply> &f = e.elements;
        if (f.at(0).type != RedisReply::Type::Integer ||
            f.at(1).type != RedisReply::Type::Integer ||
            f.at(2).type != RedisReply::Type::Integer || f.at(3).type != RedisReply::Type::Array)
            continue;
        RedisSlowLogEntry entry;
        entry.id = f.at(0).integer;
        entry.at = QDateTime::fromSecsSinceEpoch(f.at(1).integer, Qt::UTC);
        entry.durationUs = f.at(2).integer;
        for (const RedisReply &a : f.at(3).elements)
            entry.arguments << a.text;
        if (f.size() > 4)
            entry.client = f.at(4).toString();
        if (f.size() > 5)
            entry.clientName = f.at(5).toString();
        out << entry;
    }
    return out;
}

} // namespace sonde
