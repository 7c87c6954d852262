#include "CliOutput.h"

#include "common/Redaction.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>

#include <cstdio>

namespace sonde::cli {

void printOut(const QString &line)
{
    // Results may say "password = …" (a statement, a plan): only the secrets this process
    // knows are masked.
    const QByteArray utf8 = Redaction::maskSecrets(line).toUtf8();
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

void printErr(const QString &line)
{
    // Whatever a message quotes, no password reaches the terminal.
    const QByteArray utf8 = Redaction::maskPasswords(line).toUtf8();
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), stderr);
    std::fputc('\n', stderr);
    std::fflush(stderr);
}

void printJson(const QJsonObject &object)
{
    printOut(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
}

double optionNumber(const QCommandLineParser &parser, const QCommandLineOption &option,
                    double minimum, bool *ok)
{
    bool good = false;
    const double v = parser.value(option).toDouble(&good);
    if (!good || v < minimum) {
        printErr(QCoreApplication::translate("CliOutput", "Invalid value for --%1: %2")
                     .arg(option.names().first(), parser.value(option)));
        *ok = false;
    }
    return v;
}

QStringList terminated(const QString &script)
{
    QStringList lines;
    for (QString line : script.split(u'\n', Qt::SkipEmptyParts)) {
        line = line.trimmed();
        while (line.endsWith(u';'))
            line.chop(1);
        if (!line.isEmpty())
            lines << line + u';';
    }
    return lines;
}

} // namespace sonde::cli
