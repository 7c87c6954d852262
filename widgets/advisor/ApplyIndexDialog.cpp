#include "ApplyIndexDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sonde {

ApplyIndexDialog::ApplyIndexDialog(Mode mode, const QString &target, const QString &statements,
                                   QWidget *parent)
    : QDialog(parent)
    , m_sql(new QPlainTextEdit(this))
    , m_confirm(new QCheckBox(this))
    , m_lockTimeout(new QSpinBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"applyIndexDialog"_s);
    const bool build = mode == Mode::Build;
    setWindowTitle(build ? tr("Build indexes") : tr("Revert an index"));
    auto *intro = new QLabel(
        build ? tr("Sonde will run these statements on <b>%1</b>. Each index is built with "
                   "CREATE INDEX CONCURRENTLY: writers are not blocked, the build can be "
                   "canceled on the server, and an index a failed or canceled build leaves "
                   "INVALID is dropped again. Every change is recorded in the change log with "
                   "its revert statement.")
                    .arg(target.toHtmlEscaped())
              : tr("Sonde will run this statement on <b>%1</b> and record it in the change log. "
                   "DROP INDEX CONCURRENTLY waits for running transactions but blocks no one.")
                    .arg(target.toHtmlEscaped()),
        this);
    intro->setWordWrap(true);
    m_sql->setObjectName(u"statements"_s);
    m_sql->setReadOnly(true);
    m_sql->setPlainText(statements);
    m_sql->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_sql->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_lockTimeout->setObjectName(u"lockTimeout"_s);
    m_lockTimeout->setRange(100, 600000);
    m_lockTimeout->setSingleStep(1000);
    m_lockTimeout->setSuffix(tr(" ms"));
    m_lockTimeout->setValue(5000);
    m_lockTimeout->setToolTip(tr("How long a statement may wait for a lock before it gives up "
                                 "(lock_timeout): a build must not queue behind a long "
                                 "transaction and make writers queue behind it."));
    m_confirm->setObjectName(u"confirm"_s);
    m_confirm->setText(build ? tr("I want to build these indexes on %1").arg(target)
                             : tr("I want to drop this index on %1").arg(target));
    m_buttons->button(QDialogButtonBox::Ok)->setText(build ? tr("Build") : tr("Drop"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_confirm, &QCheckBox::toggled, m_buttons->button(QDialogButtonBox::Ok),
            &QWidget::setEnabled);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("Lock timeout:"), m_lockTimeout);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_sql, 1);
    layout->addLayout(form);
    layout->addWidget(m_confirm);
    layout->addWidget(m_buttons);
    resize(820, 420);
}

int ApplyIndexDialog::lockTimeoutMs() const
{
    return m_lockTimeout->value();
}

void ApplyIndexDialog::setLockTimeoutMs(int ms)
{
    m_lockTimeout->setValue(ms);
}

QString ApplyIndexDialog::statements() const
{
    return m_sql->toPlainText();
}

} // namespace sonde
