#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <cstdio>

class QFile;

namespace sonde {

// Reads what a user hands Sonde (a saved plan, a script, a SQL file, stdin) up to a cap, so
// /dev/zero or a multi-gigabyte file ends in a clear error naming the cap instead of
// exhausting memory. Files are read in chunks: a device that reports no size (a pipe,
// /dev/zero) is capped like a regular file.
class BoundedRead
{
    Q_DECLARE_TR_FUNCTIONS(BoundedRead)
public:
    // EXPLAIN (FORMAT JSON) output of a very large plan stays well below this.
    static constexpr qint64 PlanCap = 64 * 1024 * 1024;
    // SQL files, benchmark scripts, statements piped on stdin.
    static constexpr qint64 TextCap = 16 * 1024 * 1024;
    // A password or an answer typed on stdin: one line.
    static constexpr qint64 LineCap = 4096;

    // `what` names the input in the error ("the plan file /tmp/p.json").
    static bool readFile(const QString &path, qint64 cap, QByteArray *out, QString *error);
    static bool readFile(QFile &file, qint64 cap, const QString &what, QByteArray *out,
                         QString *error);
    // The whole of stdin, up to `cap`.
    static bool readStdin(qint64 cap, QByteArray *out, QString *error);
    // One line of `stream` without its line end, at most LineCap bytes (a longer line is an
    // error, and nothing more is read). False at the end of input, with *error empty.
    static bool readLine(std::FILE *stream, QByteArray *line, QString *error);

    // "16 MiB"
    static QString capText(qint64 cap);
};

} // namespace sonde
