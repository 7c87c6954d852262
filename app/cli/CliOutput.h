#pragma once

#include <QStringList>

class QCommandLineOption;
class QCommandLineParser;

#include <QJsonObject>
#include <QString>

namespace sonde::cli {

// stdout carries results (one JSON object per line with --json); stderr carries progress
// and errors, so scripts can parse stdout.
void printOut(const QString &line);
void printErr(const QString &line);
void printJson(const QJsonObject &object);
// The number an option holds, at least `minimum`; otherwise says so on stderr and clears *ok.
double optionNumber(const QCommandLineParser &parser, const QCommandLineOption &option,
                    double minimum, bool *ok);
// The statements of a script, one per line, each ending with exactly one ";".
QStringList terminated(const QString &script);

} // namespace sonde::cli
