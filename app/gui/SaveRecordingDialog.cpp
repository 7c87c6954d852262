#include "SaveRecordingDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

QString clock(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(u"HH:mm:ss"_s);
}

} // namespace

SaveRecordingDialog::SaveRecordingDialog(qint64 shownFromMs, qint64 shownToMs, qint64 keptFromMs,
                                         QWidget *parent)
    : QDialog(parent)
    , m_range(new QComboBox(this))
    , m_noTexts(new QCheckBox(tr("Leave statement texts out (to share outside the team)"), this))
{
    setWindowTitle(tr("Save a recording"));
    setObjectName(u"saveRecordingDialog"_s);
    m_range->setObjectName(u"saveRecordingRange"_s);
    m_noTexts->setObjectName(u"saveRecordingNoTexts"_s);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // Each choice holds its range: [from, to] in ms.
    const auto add = [this](const QString &text, qint64 from, qint64 to) {
        m_range->addItem(text, QVariantList{from, to});
    };
    if (shownToMs > shownFromMs) {
        add(tr("What the dashboard shows (%1 to %2)").arg(clock(shownFromMs), clock(shownToMs)),
            shownFromMs, shownToMs);
    }
    for (int minutes : {15, 30, 60, 360})
        add(tr("The last %n minute(s)", nullptr, minutes), now - minutes * 60'000LL, now);
    if (keptFromMs > 0)
        add(tr("Everything kept (since %1)").arg(clock(keptFromMs)), keptFromMs, now);

    auto *form = new QFormLayout;
    form->addRow(tr("&Range:"), m_range);
    auto *about = new QLabel(tr("The recording holds the servers' charts, statements, sessions "
                                "and locks, Redis slow log, events and notes of that range, as "
                                "Sonde's history kept them. Never a password."),
                             this);
    about->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(about);
    layout->addLayout(form);
    layout->addWidget(m_noTexts);
    layout->addWidget(buttons);
}

qint64 SaveRecordingDialog::fromMs() const
{
    return m_range->currentData().toList().value(0).toLongLong();
}

qint64 SaveRecordingDialog::toMs() const
{
    return m_range->currentData().toList().value(1).toLongLong();
}

bool SaveRecordingDialog::statementTexts() const
{
    return !m_noTexts->isChecked();
}

} // namespace sonde
