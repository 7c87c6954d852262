#include "WelcomePage.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace sonde {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
{
    auto *title = new QLabel(tr("Welcome to Sonde"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.8);
    f.setBold(true);
    title->setFont(f);
    auto *text = new QLabel(
        tr("Watch latency, cache hit rates and pool use live; find slow queries, read their "
           "plans, prove index advice and benchmark the difference."),
        this);
    text->setWordWrap(true);
    auto *demo = new QPushButton(tr("Start the demo"), this);
    demo->setObjectName(QStringLiteral("startDemoButton"));
    demo->setToolTip(tr("Starts private PostgreSQL, PgBouncer and Redis servers with a seeded "
                        "workload on this machine."));
    auto *connectButton = new QPushButton(tr("Connect to a server…"), this);
    connectButton->setObjectName(QStringLiteral("connectButton"));
    connect(demo, &QPushButton::clicked, this, &WelcomePage::startDemoRequested);
    connect(connectButton, &QPushButton::clicked, this, &WelcomePage::connectRequested);

    auto *box = new QVBoxLayout;
    box->addWidget(title);
    box->addWidget(text);
    box->addSpacing(16);
    box->addWidget(demo);
    box->addWidget(connectButton);
    auto *outer = new QVBoxLayout(this);
    outer->addStretch(1);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addLayout(box, 2);
    row->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(2);
}

} // namespace sonde
