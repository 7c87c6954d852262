#include "DemoScript.h"

#include <QFile>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace sonde {

QList<DemoScriptStep> loadDemoScript(const QString &resourcePath,
                                     const QHash<QString, qint64> &values)
{
    QFile f(resourcePath);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QString text = QString::fromUtf8(f.readAll());
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        text.replace(u"{{"_s + it.key() + u"}}"_s, QString::number(it.value()));

    QList<DemoScriptStep> steps;
    static const QRegularExpression marker(u"^-- @step (.*)$"_s,
                                           QRegularExpression::MultilineOption);
    auto it = marker.globalMatch(text);
    qsizetype lastEnd = -1;
    QString lastLabel;
    while (it.hasNext()) {
        const auto m = it.next();
        if (lastEnd >= 0)
            steps.append({lastLabel, text.mid(lastEnd, m.capturedStart() - lastEnd).trimmed()});
        lastLabel = m.captured(1).trimmed();
        lastEnd = m.capturedEnd();
    }
    if (lastEnd >= 0)
        steps.append({lastLabel, text.mid(lastEnd).trimmed()});
    return steps;
}

} // namespace sonde
