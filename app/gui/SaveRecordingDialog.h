#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;

namespace sonde {

// File → Save recording…: which part of the local history to write into a .sonde file —
// what the dashboard shows, the last 15 min … 6 h, or everything kept — and whether to
// leave statement texts out.
class SaveRecordingDialog : public QDialog
{
    Q_OBJECT
public:
    // `shownFromMs`..`shownToMs`: the dashboard's window; `keptFromMs`: the oldest reading
    // the history holds (0: unknown).
    SaveRecordingDialog(qint64 shownFromMs, qint64 shownToMs, qint64 keptFromMs,
                        QWidget *parent = nullptr);

    qint64 fromMs() const;
    qint64 toMs() const;
    bool statementTexts() const;
    QComboBox *rangeChoice() const { return m_range; }

private:
    QComboBox *m_range;
    QCheckBox *m_noTexts;
};

} // namespace sonde
