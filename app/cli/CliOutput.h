#pragma once

#include <QJsonObject>
#include <QString>

namespace sonde::cli {

// stdout carries results (one JSON object per line with --json); stderr carries progress
// and errors, so scripts can parse stdout.
void printOut(const QString &line);
void printErr(const QString &line);
void printJson(const QJsonObject &object);

} // namespace sonde::cli
