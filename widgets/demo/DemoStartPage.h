#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace sonde {

// Shows the demo sandbox starting (steps, progress, cancel) or why it failed (retry).
class DemoStartPage : public QWidget
{
    Q_OBJECT
public:
    explicit DemoStartPage(QWidget *parent = nullptr);

    void reset();
    void setProgress(const QString &step, int percent);
    void setFailed(const QString &message);

signals:
    void cancelRequested();
    void retryRequested();

private:
    QLabel *m_title = nullptr;
    QLabel *m_step = nullptr;
    QProgressBar *m_bar = nullptr;
    QPlainTextEdit *m_log = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_retry = nullptr;
};

} // namespace sonde
