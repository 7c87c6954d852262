#pragma once

#include "health/MachineFacts.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace sonde {

// Asks for what the server cannot tell about its machine: RAM, cores, storage. Each
// figure shows where it came from ("given by you", "this machine", "Redis INFO"); "This
// machine" fills them from the computer Sonde runs on, for a server that runs here.
class MachineFactsBar : public QWidget
{
    Q_OBJECT
public:
    explicit MachineFactsBar(QWidget *parent = nullptr);

    void setFacts(const MachineFacts &facts);
    MachineFacts facts() const { return m_facts; }

signals:
    // The user changed a figure.
    void factsEdited(const sonde::MachineFacts &facts);

private:
    void readFields();
    void showSources();

    QLineEdit *m_ram;
    QSpinBox *m_cores;
    QComboBox *m_storage;
    QLabel *m_sources;
    MachineFacts m_facts;
};

} // namespace sonde
