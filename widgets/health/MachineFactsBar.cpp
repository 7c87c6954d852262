#include "MachineFactsBar.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace sonde {

MachineFactsBar::MachineFactsBar(QWidget *parent)
    : QWidget(parent)
    , m_ram(new QLineEdit(this))
    , m_cores(new QSpinBox(this))
    , m_storage(new QComboBox(this))
    , m_sources(new QLabel(this))
{
    m_ram->setObjectName(u"machineRam"_s);
    m_ram->setPlaceholderText(tr("e.g. 16GB"));
    m_ram->setAccessibleName(tr("RAM of the server's machine"));
    m_ram->setMaximumWidth(110);
    m_cores->setObjectName(u"machineCores"_s);
    m_cores->setRange(0, 1024);
    m_cores->setSpecialValueText(tr("unknown"));
    m_cores->setAccessibleName(tr("CPU cores of the server's machine"));
    m_storage->setObjectName(u"machineStorage"_s);
    m_storage->addItem(tr("unknown"), int(MachineFacts::Storage::Unknown));
    m_storage->addItem(tr("SSD"), int(MachineFacts::Storage::Ssd));
    m_storage->addItem(tr("spinning disks"), int(MachineFacts::Storage::Hdd));
    m_storage->setAccessibleName(tr("Storage of the server's data"));
    m_sources->setObjectName(u"machineSources"_s);
    m_sources->setWordWrap(true);
    auto *local = new QPushButton(tr("This machine"), this);
    local->setObjectName(u"machineLocal"_s);
    local->setToolTip(tr("Use the RAM, cores and disk of the computer Sonde runs on: right "
                         "when the server runs here."));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Server machine — RAM:"), this));
    layout->addWidget(m_ram);
    layout->addWidget(new QLabel(tr("cores:"), this));
    layout->addWidget(m_cores);
    layout->addWidget(new QLabel(tr("storage:"), this));
    layout->addWidget(m_storage);
    layout->addWidget(local);
    layout->addWidget(m_sources, 1);

    connect(m_ram, &QLineEdit::editingFinished, this, &MachineFactsBar::readFields);
    connect(m_cores, &QSpinBox::editingFinished, this, &MachineFactsBar::readFields);
    connect(m_storage, &QComboBox::activated, this, &MachineFactsBar::readFields);
    connect(local, &QPushButton::clicked, this, [this]() {
        setFacts(MachineFacts::localMachine());
        emit factsEdited(m_facts);
    });
    showSources();
}

void MachineFactsBar::setFacts(const MachineFacts &facts)
{
    m_facts = facts;
    m_ram->setText(facts.knowsRam() ? QLocale::c()
                                          .formattedDataSize(facts.ramBytes, 1,
                                                             QLocale::DataSizeTraditionalFormat)
                                          .remove(u' ')
                                    : QString());
    m_cores->setValue(facts.cores);
    m_storage->setCurrentIndex(m_storage->findData(int(facts.storage)));
    showSources();
}

void MachineFactsBar::readFields()
{
    const QString given = tr("given by you");
    const qint64 ram = MachineFacts::parseSize(m_ram->text());
    if (ram != m_facts.ramBytes) {
        m_facts.ramBytes = ram;
        m_facts.ramSource = ram > 0 ? given : QString();
    }
    if (m_cores->value() != m_facts.cores) {
        m_facts.cores = m_cores->value();
        m_facts.coresSource = m_facts.cores > 0 ? given : QString();
    }
    const auto storage = MachineFacts::Storage(m_storage->currentData().toInt());
    if (storage != m_facts.storage) {
        m_facts.storage = storage;
        m_facts.storageSource = storage != MachineFacts::Storage::Unknown ? given : QString();
    }
    showSources();
    emit factsEdited(m_facts);
}

void MachineFactsBar::showSources()
{
    QStringList parts;
    if (m_facts.knowsRam())
        parts << tr("RAM: %1").arg(m_facts.ramSource);
    if (m_facts.knowsCores())
        parts << tr("cores: %1").arg(m_facts.coresSource);
    if (m_facts.storage != MachineFacts::Storage::Unknown)
        parts << tr("storage: %1").arg(m_facts.storageSource);
    m_sources->setText(parts.isEmpty()
                           ? tr("PostgreSQL cannot tell its machine: give RAM and cores to have "
                                "memory and parallelism checked.")
                           : parts.join(u"; "_s));
}

} // namespace sonde
