#pragma once

#include <QStringList>

#include <QJsonObject>
#include <QString>

namespace sonde::cli {

// stdout carries results (one JSON object per line with --json); stderr carries progress
// and errors, so scripts can parse stdout.
void printOut(const QString &line);
void printErr(const QString &line);
void printJson(const QJsonObject &object);
// The statements of a script, one per line, each ending with exactly one ";".
QStringList terminated(const QString &script);

} // namespace sonde::cli
