#pragma once

#include "bench/BenchmarkConfig.h"
#include "bench/PgScript.h"
#include "connection/Target.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QLabel;
class QTimer;

namespace sonde {

// The benchmark's settings as a DBA fills them in: where (a target, direct or through
// PgBouncer), what (workload and its knobs), how hard (clients, threads, rate) and how long
// (duration or transaction count, warm-up). Only the fields of the chosen workload show.
class BenchmarkConfigForm : public QWidget
{
    Q_OBJECT
public:
    explicit BenchmarkConfigForm(QWidget *parent = nullptr);

    void setTargets(const QList<Target> &targets);
    // The configuration with the chosen target's URIs (kept in memory only).
    BenchmarkConfig config() const;
    void setConfig(const BenchmarkConfig &config);
    // The PostgreSQL target the workload runs on (for initialising pgbench's tables and
    // applying DDL); invalid for pure Redis workloads.
    Target postgresTarget() const;
    Target currentTarget() const;
    bool currentTargetThroughPooler() const;

    void selectWorkload(WorkloadKind kind);
    void selectTarget(const QString &targetId, bool throughPooler);
    // A pgbench script from a file, read up to BoundedRead::TextCap; false and *error when
    // it cannot be read (the script shown is kept).
    bool loadScriptFile(const QString &path, QString *error);

    // Reads the script as pgbench would (and, for the built-in workloads, the -D
    // variables): empty when it can run, else where and why not — the line is marked in
    // the editor and the reason shown under it.
    ScriptError checkScript();

signals:
    void changed();

private:
    struct Entry
    {
        Target target;
        bool throughPooler = false;
    };
    void updateVisibility();
    void loadScript();
    void showScriptError(const ScriptError &error);
    void setRowVisible(QWidget *field, bool visible);

    QList<Entry> m_entries;
    QFormLayout *m_form;
    QComboBox *m_target;
    QComboBox *m_database;
    QComboBox *m_workload;
    QLineEdit *m_name;
    QSpinBox *m_clients;
    QSpinBox *m_threads;
    QComboBox *m_lengthKind;
    QDoubleSpinBox *m_duration;
    QSpinBox *m_transactions;
    QDoubleSpinBox *m_warmup;
    QDoubleSpinBox *m_rate;
    QComboBox *m_protocol;
    QSpinBox *m_pipeline;
    QSpinBox *m_keySpace;
    QSpinBox *m_valueSize;
    QDoubleSpinBox *m_setShare;
    QSpinBox *m_replayTop;
    QDoubleSpinBox *m_replayWindow;
    QCheckBox *m_replayWrites;
    QWidget *m_scriptBox;
    QPlainTextEdit *m_script;
    QString m_scriptName;
    QLabel *m_scriptError;
    QTimer *m_scriptCheck;
    QLineEdit *m_defines;
    QSpinBox *m_maxTries;
    QDoubleSpinBox *m_latencyLimit;
};

} // namespace sonde
