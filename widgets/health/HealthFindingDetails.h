#pragma once

#include "health/HealthFinding.h"

#include <QTextBrowser>

namespace sonde {

// One finding in full: what is wrong, why it matters, the evidence (the server's numbers,
// sizes shown as sizes), and the fix (the advice, the exact statements, whether a reload or
// a restart is needed, the caution).
class HealthFindingDetails : public QTextBrowser
{
    Q_OBJECT
public:
    explicit HealthFindingDetails(QWidget *parent = nullptr);

    void setFinding(const HealthFinding &finding);
    void showText(const QString &text);

    static QString html(const HealthFinding &finding);
};

} // namespace sonde
