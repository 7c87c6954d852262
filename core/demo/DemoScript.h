#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace sonde {

// A SQL resource split into labelled steps ("-- @step <label>" lines), with {{name}}
// placeholders replaced by numbers.
struct DemoScriptStep
{
    QString label;
    QString sql;
};

QList<DemoScriptStep> loadDemoScript(const QString &resourcePath,
                                     const QHash<QString, qint64> &values);

} // namespace sonde
