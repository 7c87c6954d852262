#pragma once

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QPlainTextEdit;
class QSpinBox;

namespace sonde {

// Shows exactly what Sonde will run on which server and asks for an explicit confirmation
// (a check box) before anything changes there: index builds and drops, setting changes,
// health fixes. Opened with open(): the page acts on accepted().
class ConfirmChangeDialog : public QDialog
{
    Q_OBJECT
public:
    struct Texts
    {
        QString title;
        QString intro;           // rich text: what will happen and how it is undone
        QString confirm;         // the check box ("I want to … on <server>")
        QString ok;              // the button that runs it
        bool lockTimeout = true; // statements that take table locks
    };

    ConfirmChangeDialog(const Texts &texts, const QString &statements, QWidget *parent = nullptr);

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
