#include "DemoStartPage.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace sonde {

DemoStartPage::DemoStartPage(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_step(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_log(new QPlainTextEdit(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_retry(new QPushButton(tr("Retry"), this))
{
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    m_title->setFont(f);
    m_step->setWordWrap(true);
    m_step->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_bar->setRange(0, 100);
    m_bar->setAccessibleName(tr("Demo start progress"));
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(200);
    m_log->setAccessibleName(tr("Demo start log"));
    m_cancel->setObjectName(QStringLiteral("cancelDemoButton"));
    m_retry->setObjectName(QStringLiteral("retryDemoButton"));
    connect(m_cancel, &QPushButton::clicked, this, &DemoStartPage::cancelRequested);
    connect(m_retry, &QPushButton::clicked, this, &DemoStartPage::retryRequested);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_retry);
    buttons->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_step);
    layout->addWidget(m_bar);
    layout->addWidget(m_log, 1);
    layout->addLayout(buttons);
    reset();
}

void DemoStartPage::reset()
{
    m_title->setText(tr("Starting the demo sandbox"));
    m_step->setText(tr("Starting private PostgreSQL, PgBouncer and Redis servers…"));
    m_bar->setValue(0);
    m_log->clear();
    m_cancel->setEnabled(true);
    m_cancel->setVisible(true);
    m_retry->setVisible(false);
}

void DemoStartPage::setProgress(const QString &step, int percent)
{
    if (step != m_step->text())
        m_log->appendPlainText(QStringLiteral("%1 %  %2").arg(percent, 3).arg(step));
    m_step->setText(step);
    m_bar->setValue(percent);
}

void DemoStartPage::setFailed(const QString &message)
{
    m_title->setText(tr("The demo could not start"));
    m_step->setText(message);
    m_log->appendPlainText(message);
    m_cancel->setVisible(false);
    m_retry->setVisible(true);
}

} // namespace sonde
