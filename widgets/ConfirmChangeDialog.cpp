#include "ConfirmChangeDialog.h"

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

ConfirmChangeDialog::ConfirmChangeDialog(const Texts &texts, const QString &statements,
                                         QWidget *parent)
    : QDialog(parent)
    , m_sql(new QPlainTextEdit(this))
    , m_confirm(new QCheckBox(texts.confirm, this))
    , m_lockTimeout(new QSpinBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"confirmChangeDialog"_s);
    setWindowTitle(texts.title);
    auto *intro = new QLabel(texts.intro, this);
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
    m_buttons->button(QDialogButtonBox::Ok)->setText(texts.ok);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_confirm, &QCheckBox::toggled, m_buttons->button(QDialogButtonBox::Ok),
            &QWidget::setEnabled);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_sql, 1);
    if (texts.lockTimeout) {
        auto *form = new QFormLayout;
        form->addRow(tr("Lock timeout:"), m_lockTimeout);
        layout->addLayout(form);
    } else {
        m_lockTimeout->hide();
    }
    layout->addWidget(m_confirm);
    layout->addWidget(m_buttons);
    resize(820, 420);
}

int ConfirmChangeDialog::lockTimeoutMs() const
{
    return m_lockTimeout->value();
}

void ConfirmChangeDialog::setLockTimeoutMs(int ms)
{
    m_lockTimeout->setValue(ms);
}

QString ConfirmChangeDialog::statements() const
{
    return m_sql->toPlainText();
}

} // namespace sonde
