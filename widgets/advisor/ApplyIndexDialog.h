#pragma once

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QPlainTextEdit;
class QSpinBox;

namespace sonde {

// Shows exactly what Sonde will run on which server and asks for an explicit confirmation
// (a check box) before any index is built or dropped. Opened with open(): the page acts on
// accepted().
class ApplyIndexDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode
    {
        Build,
        Revert
    };

    ApplyIndexDialog(Mode mode, const QString &target, const QString &statements,
                     QWidget *parent = nullptr);

    int lockTimeoutMs() const;
    void setLockTimeoutMs(int ms);
    QString statements() const;

private:
    QPlainTextEdit *m_sql = nullptr;
    QCheckBox *m_confirm = nullptr;
    QSpinBox *m_lockTimeout = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace sonde
