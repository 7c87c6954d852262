#include "OverviewPage.h"

#include "demo/DemoWorkload.h"

#include <QLabel>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sonde {

QString withoutPassword(const QString &uri)
{
    QUrl url(uri);
    if (!url.isValid())
        return uri;
    url.setPassword(QString());
    return url.toString();
}

OverviewPage::OverviewPage(QWidget *parent)
    : QWidget(parent)
    , m_targets(new QLabel(this))
    , m_workload(new QLabel(this))
    , m_timer(new QTimer(this))
{
    m_targets->setTextFormat(Qt::RichText);
    m_targets->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_targets->setWordWrap(true);
    m_workload->setTextFormat(Qt::RichText);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_targets);
    layout->addWidget(m_workload);
    layout->addStretch(1);
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &OverviewPage::refreshWorkload);
}

void OverviewPage::showDemo(const SandboxEndpoints &ep, DemoWorkload *workload)
{
    m_demo = workload;
    const QString row = u"<tr><td><b>%1</b></td><td>%2</td></tr>"_s;
    QString html = u"<h2>"_s + tr("Demo sandbox").toHtmlEscaped() + u"</h2><table>"_s;
    html += row.arg(tr("PostgreSQL").toHtmlEscaped(), withoutPassword(ep.postgres).toHtmlEscaped());
    html += row.arg(tr("PgBouncer").toHtmlEscaped(),
                    withoutPassword(ep.pgbouncerAdmin).toHtmlEscaped());
    html += row.arg(tr("Redis").toHtmlEscaped(), withoutPassword(ep.redis).toHtmlEscaped());
    html += u"</table>"_s;
    m_targets->setText(html);
    refreshWorkload();
    m_timer->start();
}

void OverviewPage::clear()
{
    m_timer->stop();
    m_demo = nullptr;
    m_targets->clear();
    m_workload->clear();
}

void OverviewPage::refreshWorkload()
{
    if (!m_demo)
        return;
    const DemoWorkloadStats s = m_demo->stats();
    const qint64 lookups = s.cacheHits + s.cacheMisses;
    const QString hitRate =
        lookups
            ? QLocale().toString(100.0 * double(s.cacheHits) / double(lookups), 'f', 1) + u" %"_s
            : u"–"_s;
    const QString row = u"<tr><td>%1</td><td align=right>%2</td></tr>"_s;
    QString html = u"<h3>"_s + tr("Demo application").toHtmlEscaped() + u"</h3><table>"_s;
    html += row.arg(tr("Requests").toHtmlEscaped(), QLocale().toString(s.requests));
    html += row.arg(tr("Cache hit rate").toHtmlEscaped(), hitRate);
    html += row.arg(tr("Database queries").toHtmlEscaped(), QLocale().toString(s.queries));
    html += row.arg(tr("Writes").toHtmlEscaped(), QLocale().toString(s.writes));
    html += row.arg(tr("Reports").toHtmlEscaped(), QLocale().toString(s.reports));
    html += row.arg(tr("Errors").toHtmlEscaped(), QLocale().toString(s.errors));
    html += u"</table>"_s;
    if (!s.lastError.isEmpty())
        html += u"<p>"_s + tr("Last error: %1").arg(s.lastError).toHtmlEscaped() + u"</p>"_s;
    m_workload->setText(html);
}

} // namespace sonde
